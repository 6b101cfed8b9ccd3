import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET } from '../support/contact.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { totpCode } from '../support/totp.ts';
import { cookieJar, hiddenValue, linkFrom, staffTool } from './staff-helpers.ts';

// Two-factor sign-in over HTTP against the real server, with codes computed here (RFC 6238): docs/staff.md.

const PASSWORD = 'kettle paperclip moonrise';
type Jar = ReturnType<typeof cookieJar>;

interface Site {
  server: TestServer;
  env: Record<string, string>;
  dir: string;
}

let clients = 0;
function freshAddress(): string {
  clients += 1;
  return `10.88.${clients >> 8}.${clients & 255}`;
}

async function startSite(extra: Record<string, string> = {}): Promise<Site> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-totp-e2e-'));
  const env: Record<string, string> = { DATABASE_URL: `file:${path.join(dir, 'requests.db')}` };
  const server = await startServer({
    DATABASE_URL: env['DATABASE_URL'],
    CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    TRUST_PROXY: '1',
    ...extra,
  });
  env['SITE_URL'] = server.url;
  return { server, env, dir };
}

async function request(
  site: Site,
  jar: Jar,
  pathname: string,
  { form, address }: { form?: Record<string, string>; address: string },
): Promise<{ response: Response; body: string }> {
  const response = await fetch(`${site.server.url}${pathname}`, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      'X-Forwarded-For': address,
      ...(jar.cookies.size > 0 ? { Cookie: jar.header() } : {}),
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site.server.url } : {}),
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  jar.take(response);
  return { response, body: await response.text() };
}

async function staffMember(site: Site, email: string): Promise<void> {
  const added = await staffTool(['add', email], site.env);
  expect(added.code).toBe(0);
  const link = new URL(linkFrom(added.stdout));
  const jar = cookieJar();
  const address = freshAddress();
  const page = await request(site, jar, link.pathname + link.search, { address });
  const set = await request(site, jar, '/staff/set-password/', {
    address,
    form: {
      csrf: hiddenValue(page.body, 'csrf'),
      token: link.searchParams.get('token') ?? '',
      password: PASSWORD,
      confirm: PASSWORD,
    },
  });
  expect(set.response.status).toBe(303);
}

/** Posts email and password; resolves with the jar and where the server sent it. */
async function password(site: Site, email: string, address: string): Promise<{ jar: Jar; location: string }> {
  const jar = cookieJar();
  const page = await request(site, jar, '/staff/sign-in/', { address });
  const result = await request(site, jar, '/staff/sign-in/', {
    address,
    form: { csrf: hiddenValue(page.body, 'csrf'), email, password: PASSWORD },
  });
  expect(result.response.status).toBe(303);
  return { jar, location: result.response.headers.get('location') ?? '' };
}

async function enterCode(site: Site, jar: Jar, code: string, address: string) {
  const page = await request(site, jar, '/staff/sign-in-code/', { address });
  expect(page.response.status).toBe(200);
  return request(site, jar, '/staff/sign-in-code/', {
    address,
    form: { csrf: hiddenValue(page.body, 'csrf'), code },
  });
}

/** Opens the set-up page, confirms with a right code, and resolves with the secret and recovery codes. */
async function setUp(site: Site, jar: Jar, address: string): Promise<{ secret: string; codes: string[] }> {
  const page = await request(site, jar, '/staff/two-factor/', { address });
  expect(page.response.status).toBe(200);
  expect(page.body).toMatch(/<svg role="img" aria-label="QR code[^"]*"/);
  expect(page.body).not.toMatch(/<script[^>]*src="http/);
  const secret = (/id="totp-key"[^>]*>([A-Z2-7 ]+)</.exec(page.body)?.[1] ?? '').replace(/ /g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const csrf = hiddenValue(page.body, 'csrf');
  const wrong = await request(site, jar, '/staff/two-factor/', {
    address,
    form: { csrf, action: 'confirm', code: totpCode(secret, new Date(), 5) },
  });
  expect(wrong.response.status).toBe(400);
  expect(wrong.body).toContain('That code is not right');
  const done = await request(site, jar, '/staff/two-factor/', {
    address,
    form: { csrf, action: 'confirm', code: totpCode(secret, new Date()) },
  });
  expect(done.response.status).toBe(200);
  const codes = done.body.match(/\b[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}\b/g) ?? [];
  expect(new Set(codes).size).toBe(10);
  return { secret, codes: [...new Set(codes)] };
}

async function auditActions(site: Site): Promise<string[]> {
  const result = await staffTool(['audit', '--json'], site.env);
  return (JSON.parse(result.stdout) as { action: string }[]).map((e) => e.action);
}

describe('two-factor sign-in, offered', () => {
  let site: Site;
  let secret = '';
  let codes: string[] = [];
  let lastCode = '';
  const email = 'two.factor@example.com';

  beforeAll(async () => {
    site = await startSite();
    await staffMember(site, email);
  }, 120_000);

  afterAll(async () => {
    await site.server.stop();
    fs.rmSync(site.dir, { recursive: true, force: true });
  });

  it('is set up from the staff pages with a QR code, a key to type, a first code and recovery codes', async () => {
    const address = freshAddress();
    const { jar, location } = await password(site, email, address);
    expect(location).toBe('/staff/');
    const inbox = await request(site, jar, '/staff/', { address });
    expect(inbox.body).toContain('href="/staff/two-factor/"');
    ({ secret, codes } = await setUp(site, jar, address));
    const again = await request(site, jar, '/staff/two-factor/', { address });
    expect(again.body).toContain('You have 10 unused recovery codes');
  });

  it('then asks for a code after the password, and nothing else opens before it', async () => {
    const address = freshAddress();
    const { jar, location } = await password(site, email, address);
    expect(location).toBe('/staff/sign-in-code/');
    const inbox = await request(site, jar, '/staff/', { address });
    expect(inbox.response.status).toBe(303);
    expect(inbox.response.headers.get('location')).toBe('/staff/sign-in-code/');
    const wrong = await enterCode(site, jar, '000000', address);
    expect(wrong.response.status).toBe(403);
    expect(wrong.body).toContain('That code is not right');
    // The set-up took the current step; the next one is within the step either side that is accepted.
    lastCode = totpCode(secret, new Date(), 1);
    const right = await enterCode(site, jar, lastCode, address);
    expect(right.response.status).toBe(303);
    expect(right.response.headers.get('location')).toBe('/staff/');
    expect((await request(site, jar, '/staff/', { address })).response.status).toBe(200);
  });

  it('refuses a code used once already', async () => {
    const address = freshAddress();
    const { jar } = await password(site, email, address);
    const replay = await enterCode(site, jar, lastCode, address);
    expect(replay.response.status).toBe(403);
  });

  it('takes a recovery code once', async () => {
    const first = freshAddress();
    const one = await password(site, email, first);
    const used = await enterCode(site, one.jar, codes[0] ?? '', first);
    expect(used.response.status).toBe(303);
    const second = freshAddress();
    const two = await password(site, email, second);
    expect((await enterCode(site, two.jar, codes[0] ?? '', second)).response.status).toBe(403);
    expect(await auditActions(site)).toEqual(
      expect.arrayContaining(['totp-enabled', 'totp-failed', 'totp-code-asked', 'recovery-code-used']),
    );
  });

  it('counts wrong codes with wrong passwords: the third locks the account', async () => {
    const counted = 'counted@example.com';
    await staffMember(site, counted);
    const first = freshAddress();
    await setUp(site, (await password(site, counted, first)).jar, first);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const address = freshAddress();
      const { jar } = await password(site, counted, address);
      statuses.push((await enterCode(site, jar, '123456', address)).response.status);
    }
    expect(statuses).toEqual([403, 403, 429]);
    const address = freshAddress();
    const jar = cookieJar();
    const page = await request(site, jar, '/staff/sign-in/', { address });
    const locked = await request(site, jar, '/staff/sign-in/', {
      address,
      form: { csrf: hiddenValue(page.body, 'csrf'), email: counted, password: PASSWORD },
    });
    expect(locked.response.status).toBe(429);
  });

  it('is turned off by staff reset', async () => {
    const reset = await staffTool(['reset', email], site.env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('Two-factor sign-in is off');
    expect(await auditActions(site)).toContain('totp-cleared');
    // The password (still good until the new link is used) now signs in without a code.
    expect((await password(site, email, freshAddress())).location).toBe('/staff/');
  });
});

describe('two-factor sign-in, required (STAFF_REQUIRE_TOTP=1)', () => {
  let site: Site;
  const email = 'required@example.com';

  beforeAll(async () => {
    site = await startSite({ STAFF_REQUIRE_TOTP: '1' });
    await staffMember(site, email);
  }, 120_000);

  afterAll(async () => {
    await site.server.stop();
    fs.rmSync(site.dir, { recursive: true, force: true });
  });

  it('sends an account without it to set-up, which is all it reaches until confirmed', async () => {
    const address = freshAddress();
    const { jar, location } = await password(site, email, address);
    expect(location).toBe('/staff/two-factor/');
    for (const page of ['/staff/', '/staff/?tab=spam']) {
      const blocked = await request(site, jar, page, { address });
      expect(blocked.response.status).toBe(303);
      expect(blocked.response.headers.get('location')).toBe('/staff/two-factor/');
    }
    const exported = await request(site, jar, '/staff/export/', {
      address,
      form: { csrf: 'x', tab: 'inbox' },
    });
    expect(exported.response.status).toBe(303);
    const waiting = await request(site, jar, '/staff/two-factor/', { address });
    expect(waiting.body).toContain('Sign out');
    await setUp(site, jar, address);
    expect((await request(site, jar, '/staff/', { address })).response.status).toBe(200);
    expect(await auditActions(site)).toEqual(expect.arrayContaining(['totp-setup-required', 'totp-enabled']));
  });
});
