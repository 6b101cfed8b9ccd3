import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/store/database.ts';
import { TEST_TOKEN_SECRET, validFields } from '../support/contact.ts';
import { wireRequest } from '../support/raw-http.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { cookieJar, hiddenValue, linkFrom, staffTool } from './staff-helpers.ts';

const PASSWORD = 'kettle paperclip moonrise';

let server: TestServer;
let dataDir: string;
let databaseFile: string;
let env: Record<string, string>;
let clients = 0;

type Jar = ReturnType<typeof cookieJar>;

/** A fresh client address (the server trusts one proxy hop), so throttles of one test never touch another. */
function freshAddress(): string {
  clients += 1;
  return `10.77.${clients >> 8}.${clients & 255}`;
}

async function request(
  jar: Jar,
  pathname: string,
  {
    form,
    headers = {},
    address = '10.77.255.1',
  }: { form?: Record<string, string>; headers?: Record<string, string>; address?: string } = {},
): Promise<{ response: Response; body: string }> {
  const response = await fetch(`${server.url}${pathname}`, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      'X-Forwarded-For': address,
      ...(jar.cookies.size > 0 ? { Cookie: jar.header() } : {}),
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url } : {}),
      ...headers,
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  jar.take(response);
  return { response, body: await response.text() };
}

/** Creates an account with the admin tool and sets its password through the link. */
async function staffMember(email: string): Promise<void> {
  const added = await staffTool(['add', email], env);
  expect(added.code).toBe(0);
  const link = new URL(linkFrom(added.stdout));
  const jar = cookieJar();
  const page = await request(jar, link.pathname + link.search);
  expect(page.response.status).toBe(200);
  const set = await request(jar, '/staff/set-password/', {
    form: {
      csrf: hiddenValue(page.body, 'csrf'),
      token: link.searchParams.get('token') ?? '',
      password: PASSWORD,
      confirm: PASSWORD,
    },
  });
  expect(set.response.status).toBe(303);
}

/** Signs in and returns the jar holding the session, plus the inbox's CSRF token. */
async function signIn(email: string, address = freshAddress()): Promise<{ jar: Jar; csrf: string }> {
  const jar = cookieJar();
  const page = await request(jar, '/staff/sign-in/', { address });
  const result = await request(jar, '/staff/sign-in/', {
    address,
    form: { csrf: hiddenValue(page.body, 'csrf'), email, password: PASSWORD },
  });
  expect(result.response.status).toBe(303);
  expect(result.response.headers.get('location')).toBe('/staff/');
  const inbox = await request(jar, '/staff/', { address });
  expect(inbox.response.status).toBe(200);
  return { jar, csrf: hiddenValue(inbox.body, 'csrf') };
}

async function submitRequest(fields: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${server.url}/api/contact`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': freshAddress() },
    body: JSON.stringify(validFields(fields)),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function audit(): Promise<
  { actor: string; action: string; target: string | null; ip: string | null }[]
> {
  const result = await staffTool(['audit', '--json'], env);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    actor: string;
    action: string;
    target: string | null;
    ip: string | null;
  }[];
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-staff-e2e-'));
  databaseFile = path.join(dataDir, 'requests.db');
  env = { DATABASE_URL: `file:${databaseFile}` };
  server = await startServer({
    DATABASE_URL: env['DATABASE_URL'],
    CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    CONTACT_MIN_FILL_SECONDS: '0',
    TRUST_PROXY: '1',
  });
  env['SITE_URL'] = server.url;
}, 120_000);

afterAll(async () => {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the public site', () => {
  it.each(['/', '/articles/', '/contact/', '/counselors/', '/api/health'])(
    'sets no cookie on %s',
    async (page) => {
      const response = await fetch(`${server.url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie()).toEqual([]);
    },
  );

  it('sets no cookie on an article or when a request is sent', async () => {
    const home = await (await fetch(`${server.url}/articles/`)).text();
    const article = /href="(\/articles\/[a-z0-9-]+\/)"/.exec(home)?.[1];
    expect(article).toBeDefined();
    const response = await fetch(`${server.url}${article ?? ''}`);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    const sent = await fetch(`${server.url}/api/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': freshAddress() },
      body: JSON.stringify(validFields()),
    });
    expect(sent.status).toBe(201);
    expect(sent.headers.getSetCookie()).toEqual([]);
  });
});

describe('every staff response', () => {
  it.each(['/staff/', '/staff/sign-in/', '/staff/set-password/?token=x', '/staff/no-such-page/', '/staff'])(
    'is never cached nor indexed: %s',
    async (page) => {
      const response = await fetch(`${server.url}${page}`, { redirect: 'manual' });
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    },
  );

  it('sends a visitor who is not signed in to the sign-in page', async () => {
    const jar = cookieJar();
    for (const page of ['/staff/', '/staff/requests/00000000-0000-4000-8000-000000000000/']) {
      const { response } = await request(jar, page);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/staff\/sign-in\//);
    }
  });

  it('carries noindex in the page and the form cookie only under /staff/', async () => {
    const jar = cookieJar();
    const { response, body } = await request(jar, '/staff/sign-in/');
    expect(body).toMatch(/<meta name="robots" content="noindex/);
    expect(response.headers.getSetCookie()).toHaveLength(1);
    const [cookie] = jar.seen;
    expect(cookie).toMatch(/^staff-form=[\w-]{43}; /);
    expect(cookie).toMatch(/; Path=\/staff\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).not.toMatch(/; Secure/);
  });
});

describe('setting a password', () => {
  it('works once through the link the admin tool prints, and only with a good password', async () => {
    const added = await staffTool(['add', 'Setter@Example.com'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Created the staff account setter@example.com');
    const link = new URL(linkFrom(added.stdout));
    expect(link.origin).toBe(server.url);
    const jar = cookieJar();
    const page = await request(jar, link.pathname + link.search);
    expect(page.body).toContain('setter@example.com');
    const token = link.searchParams.get('token') ?? '';
    const csrf = hiddenValue(page.body, 'csrf');
    const send = (password: string, confirm = password) =>
      request(jar, '/staff/set-password/', { form: { csrf, token, password, confirm } });

    const short = await send('too short');
    expect(short.response.status).toBe(400);
    expect(short.body).toContain('at least 12 characters');
    const common = await send('Password2026!');
    expect(common.response.status).toBe(400);
    expect(common.body).toContain('too common');
    const mismatch = await send(PASSWORD, `${PASSWORD}!`);
    expect(mismatch.response.status).toBe(400);
    expect(mismatch.body).toContain('not the same');

    const ok = await send(PASSWORD);
    expect(ok.response.status).toBe(303);
    expect(ok.response.headers.get('location')).toBe('/staff/sign-in/?password-set=1');
    const again = await request(jar, link.pathname + link.search);
    expect(again.response.status).toBe(404);
    expect(again.body).toContain('already used');
    expect((await send('another fine phrase here')).response.status).toBe(404);
  });

  it('refuses an expired link', async () => {
    const added = await staffTool(['add', 'late@example.com'], env);
    const link = new URL(linkFrom(added.stdout));
    // The link's 24 hours pass (moved in the database; the server's clock is real).
    const db = new DatabaseSync(databaseFile);
    db.prepare('UPDATE staff_password_tokens SET expires_at = ?').run(
      new Date(Date.now() - 1000).toISOString(),
    );
    db.close();
    const jar = cookieJar();
    const page = await request(jar, link.pathname + link.search);
    expect(page.response.status).toBe(410);
    expect(page.body).toContain('This link has expired');
    expect(page.body).not.toContain('name="password"');
  });
});

describe('signing in', () => {
  beforeAll(async () => {
    await staffMember('signin@example.com');
  });

  it('starts a session cookie that is HttpOnly, SameSite=Strict and kept under /staff/', async () => {
    const { jar } = await signIn('SignIn@Example.com');
    const session = jar.seen.find((line) => line.startsWith('staff-session='));
    expect(session).toMatch(/^staff-session=[\w-]{43}; Path=\/staff\/; HttpOnly; SameSite=Strict$/);
    // The form cookie is no longer needed.
    expect(jar.cookies.has('staff-form')).toBe(false);
  });

  it('marks the cookie Secure with a __Secure- name when served over HTTPS', async () => {
    const jar = cookieJar();
    const headers = { 'X-Forwarded-Proto': 'https' };
    const address = freshAddress();
    const page = await request(jar, '/staff/sign-in/', { headers, address });
    expect(jar.seen[0]).toMatch(/^__Secure-staff-form=.*; Secure/);
    const result = await request(jar, '/staff/sign-in/', {
      headers,
      address,
      form: { csrf: hiddenValue(page.body, 'csrf'), email: 'signin@example.com', password: PASSWORD },
    });
    expect(result.response.status).toBe(303);
    expect(jar.seen.find((line) => line.startsWith('__Secure-staff-session='))).toMatch(
      /; Path=\/staff\/; HttpOnly; Secure; SameSite=Strict$/,
    );
  });

  it('answers a wrong password and an unknown account identically', async () => {
    const attempt = async (email: string, password: string) => {
      const jar = cookieJar();
      const address = freshAddress();
      const page = await request(jar, '/staff/sign-in/', { address });
      const result = await request(jar, '/staff/sign-in/', {
        address,
        form: { csrf: hiddenValue(page.body, 'csrf'), email, password },
      });
      return {
        status: result.response.status,
        body: result.body.replace(/value="[^"]*"/g, 'value=""'),
        cookies: result.response.headers.getSetCookie().length,
      };
    };
    const wrong = await attempt('signin@example.com', 'not the password');
    const unknown = await attempt('nobody@example.com', 'not the password');
    expect(wrong.status).toBe(403);
    expect(wrong.body).toContain('That email and password do not match an account.');
    expect(unknown).toEqual(wrong);
  });

  it('locks an account after repeated failures, saying when to try again, whatever the address', async () => {
    await staffMember('locked@example.com');
    const statuses: number[] = [];
    let last: { response: Response; body: string } | undefined;
    for (let n = 0; n < 4; n += 1) {
      const jar = cookieJar();
      const address = freshAddress();
      const page = await request(jar, '/staff/sign-in/', { address });
      last = await request(jar, '/staff/sign-in/', {
        address,
        form: {
          csrf: hiddenValue(page.body, 'csrf'),
          email: 'locked@example.com',
          password: n === 3 ? PASSWORD : 'wrong guess',
        },
      });
      statuses.push(last.response.status);
    }
    // Two failures are free; the third locks for 30 s; even the right password then waits.
    expect(statuses).toEqual([403, 403, 429, 429]);
    expect(Number(last?.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(last?.response.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(last?.body).toMatch(/Too many attempts: try again in \d+ seconds\./);
  });

  it('refuses a sign-in form without its cookie, or from another site', async () => {
    const jar = cookieJar();
    const page = await request(jar, '/staff/sign-in/');
    const csrf = hiddenValue(page.body, 'csrf');
    const fields = { csrf, email: 'signin@example.com', password: PASSWORD };
    const noCookie = await request(cookieJar(), '/staff/sign-in/', { form: fields });
    expect(noCookie.response.status).toBe(403);
    expect(noCookie.body).toContain('This sign-in form expired');
    const foreign = await request(jar, '/staff/sign-in/', {
      form: fields,
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.response.status).toBe(403);
    const crossSite = await request(jar, '/staff/sign-in/', {
      form: fields,
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.response.status).toBe(403);
  });

  it('answers with the reason phrase that matches the status, and HTML in utf-8', async () => {
    const foreign = await wireRequest(server.url, {
      method: 'POST',
      target: '/staff/sign-in/',
      headers: [
        ['Origin', 'https://evil.example'],
        ['Content-Type', 'application/x-www-form-urlencoded'],
      ],
      body: 'email=x',
    });
    expect([foreign.status, foreign.reason]).toEqual([403, 'Forbidden']);
    const page = await wireRequest(server.url, {
      method: 'POST',
      target: '/staff/sign-in/',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: 'email=x',
    });
    expect([page.status, page.reason]).toEqual([403, 'Forbidden']);
    const signIn = await wireRequest(server.url, { target: '/staff/sign-in/' });
    expect([signIn.status, signIn.reason]).toEqual([200, 'OK']);
    expect(signIn.headers.get('content-type')).toEqual(['text/html; charset=utf-8']);
    const wrongMethod = await wireRequest(server.url, { target: '/staff/sign-out/' });
    expect([wrongMethod.status, wrongMethod.reason]).toEqual([405, 'Method Not Allowed']);
  });

  it('behind a TLS proxy, accepts a POST whose Origin is the https origin of X-Forwarded-Proto and Host', async () => {
    const jar = cookieJar();
    const headers = { 'X-Forwarded-Proto': 'https' };
    const address = freshAddress();
    const page = await request(jar, '/staff/sign-in/', { headers, address });
    const host = new URL(server.url).host;
    const result = await request(jar, '/staff/sign-in/', {
      headers: { ...headers, Origin: `https://${host}` },
      address,
      form: { csrf: hiddenValue(page.body, 'csrf'), email: 'signin@example.com', password: PASSWORD },
    });
    expect(result.response.status).toBe(303);
    expect(result.response.headers.get('location')).toBe('/staff/');
    // Without the proxy's word, an https Origin is still not this plain-HTTP site.
    const plain = await request(cookieJar(), '/staff/sign-in/', {
      headers: { Origin: `https://${host}` },
      address,
      form: { csrf: 'x', email: 'signin@example.com', password: PASSWORD },
    });
    expect(plain.response.status).toBe(403);
    expect(plain.body).toContain('Requests from other sites are not accepted.');
  });

  it('ends with sign-out, which deletes the session', async () => {
    const { jar, csrf } = await signIn('signin@example.com');
    const session = jar.header();
    const out = await request(jar, '/staff/sign-out/', { form: { csrf } });
    expect(out.response.status).toBe(303);
    expect(out.response.headers.get('location')).toBe('/staff/sign-in/?signed-out=1');
    expect(jar.cookies.has('staff-session')).toBe(false);
    // The old cookie, replayed, no longer works.
    const replay = await fetch(`${server.url}/staff/`, { redirect: 'manual', headers: { Cookie: session } });
    expect(replay.status).toBe(303);
  });

  it('ends after 8 idle hours', async () => {
    const { jar } = await signIn('signin@example.com');
    const db = new DatabaseSync(databaseFile);
    db.prepare('UPDATE staff_sessions SET last_seen_at = ?').run(
      new Date(Date.now() - 8 * 60 * 60 * 1000 - 1000).toISOString(),
    );
    db.close();
    const { response } = await request(jar, '/staff/');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/staff/sign-in/?expired=1');
    expect(jar.cookies.has('staff-session')).toBe(false);
  });
});

describe('the inbox', () => {
  let jar: Jar;
  let csrf: string;
  let id: string;
  let spamId: string;

  beforeAll(async () => {
    await staffMember('reader@example.com');
    ({ jar, csrf } = await signIn('reader@example.com'));
    id = await submitRequest({
      name: '=Mallory Formula',
      email: 'mallory@example.com',
      phone: '+1 555 0100',
      message: 'Evenings work best.',
      okToLeaveMessage: true,
      preferredContact: 'phone',
    });
    spamId = await submitRequest({ name: 'Spammy Sender', website: 'https://spam.example' });
  });

  it('says when notification email has been failing for over 15 minutes, and since when', async () => {
    const db = new DatabaseSync(databaseFile);
    const queue = (minutesAgo: number) => {
      const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
      return db
        .prepare(
          "INSERT INTO outbox (request_id, created_at, next_attempt_at, attempts, last_error) VALUES (?, ?, ?, 3, 'refused') RETURNING id",
        )
        .get(id, at, at) as { id: number };
    };
    try {
      const recent = queue(5);
      const calm = await request(jar, '/staff/');
      expect(calm.body).not.toContain('Notification email is failing');

      const stuck = queue(20);
      const since = (
        db.prepare('SELECT created_at FROM outbox WHERE id = ?').get(stuck.id) as { created_at: string }
      ).created_at;
      const failing = await request(jar, '/staff/');
      expect(failing.body).toMatch(
        /<div role="alert"[^>]*>\s*<strong>Notification email is failing\.<\/strong>/,
      );
      expect(failing.body).toContain(`<time datetime="${since}">`);

      // Once it is sent, the banner goes.
      db.prepare('UPDATE outbox SET sent_at = ? WHERE id IN (?, ?)').run(
        new Date().toISOString(),
        recent.id,
        stuck.id,
      );
      expect((await request(jar, '/staff/')).body).not.toContain('Notification email is failing');
    } finally {
      db.close();
    }
  });

  it('lists requests, newest first, with spam in its own tab', async () => {
    const inbox = await request(jar, '/staff/');
    expect(inbox.body).toContain('=Mallory Formula');
    expect(inbox.body).not.toContain('Spammy Sender');
    expect(inbox.body).toMatch(/<a[^>]*href="\/staff\/"[^>]*aria-current="page"/);
    // Newest first: this request came after the one the public-site test sent.
    expect(inbox.body.indexOf('=Mallory Formula')).toBeLessThan(inbox.body.indexOf('Ada Example'));
    expect(inbox.body.indexOf('Ada Example')).toBeGreaterThan(0);
    const spam = await request(jar, '/staff/?tab=spam');
    expect(spam.body).toContain('Spammy Sender');
    expect(spam.body).not.toContain('=Mallory Formula');
    expect(spam.body).toMatch(/<a[^>]*href="\/staff\/\?tab=spam"[^>]*aria-current="page"/);
  });

  it('shows a request in full, and records who viewed it', async () => {
    const detail = await request(jar, `/staff/requests/${id}/`);
    expect(detail.response.status).toBe(200);
    for (const text of ['mallory@example.com', '+1 555 0100', 'Evenings work best.', 'Phone call', 'Yes']) {
      expect(detail.body).toContain(text);
    }
    const entries = await audit();
    expect(entries[0]).toMatchObject({ actor: 'reader@example.com', action: 'view', target: id });
    const missing = await request(jar, '/staff/requests/00000000-0000-4000-8000-000000000000/');
    expect(missing.response.status).toBe(404);
  });

  it('marks a request handled and not handled again', async () => {
    const done = await request(jar, `/staff/requests/${id}/handled/`, {
      form: { csrf, handled: 'true', back: '/staff/' },
    });
    expect(done.response.status).toBe(303);
    expect(done.response.headers.get('location')).toBe('/staff/?done=handled');
    expect((await request(jar, '/staff/?done=handled')).body).toContain('Mark not handled');
    const undone = await request(jar, `/staff/requests/${id}/handled/`, {
      form: { csrf, handled: 'false', back: `/staff/requests/${id}/` },
    });
    expect(undone.response.headers.get('location')).toBe(`/staff/requests/${id}/?done=not-handled`);
    // Opening the list in between is audited too.
    const actions = (await audit())
      .filter((e) => e.action !== 'list')
      .slice(0, 2)
      .map((e) => [e.action, e.target]);
    expect(actions).toEqual([
      ['mark-not-handled', id],
      ['mark-handled', id],
    ]);
    // Somewhere else to go back to is ignored.
    const elsewhere = await request(jar, `/staff/requests/${id}/handled/`, {
      form: { csrf, handled: 'false', back: 'https://evil.example/' },
    });
    expect(elsewhere.response.headers.get('location')).toBe('/staff/?done=not-handled');
  });

  it('exports the current tab as CSV that spreadsheets will not run', async () => {
    const csv = await request(jar, '/staff/export/', { form: { csrf, tab: 'inbox' } });
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.response.headers.get('content-disposition')).toMatch(/^attachment; filename="requests-inbox-/);
    expect(csv.body.split('\r\n')[0]).toBe(
      'id,createdAt,name,email,phone,preferredContact,counselor,from,message,okToLeaveMessage,spam,handled,language',
    );
    expect(csv.body).toContain(`${id},`);
    expect(csv.body).toContain(",'=Mallory Formula,");
    expect(csv.body).not.toContain('Spammy Sender');
    const spam = await request(jar, '/staff/export/', { form: { csrf, tab: 'spam' } });
    expect(spam.body).toContain('Spammy Sender');
    expect((await audit()).slice(0, 2).map((e) => [e.action, e.target])).toEqual([
      ['export', 'spam (1)'],
      ['export', expect.stringMatching(/^inbox \(\d+\)$/)],
    ]);
  });

  it('deletes a request after a confirmation step', async () => {
    const confirm = await request(jar, `/staff/requests/${spamId}/delete/`);
    expect(confirm.response.status).toBe(200);
    expect(confirm.body).toContain('Delete the request from Spammy Sender?');
    const deleted = await request(jar, `/staff/requests/${spamId}/delete/`, {
      form: { csrf: hiddenValue(confirm.body, 'csrf') },
    });
    expect(deleted.response.status).toBe(303);
    expect(deleted.response.headers.get('location')).toBe('/staff/?done=deleted');
    expect((await request(jar, `/staff/requests/${spamId}/`)).response.status).toBe(404);
    expect((await audit())[0]).toMatchObject({
      actor: 'reader@example.com',
      action: 'delete',
      target: spamId,
    });
  });

  it('refuses every action without the session’s CSRF token or from another site', async () => {
    const other = await signIn('reader@example.com');
    const attempts: [string, Record<string, string>][] = [
      [`/staff/requests/${id}/handled/`, { handled: 'true' }],
      ['/staff/export/', { tab: 'inbox' }],
      [`/staff/requests/${id}/delete/`, {}],
      ['/staff/sign-out/', {}],
    ];
    for (const [page, fields] of attempts) {
      expect((await request(jar, page, { form: fields })).response.status).toBe(403);
      expect((await request(jar, page, { form: { ...fields, csrf: other.csrf } })).response.status).toBe(403);
      expect(
        (await request(jar, page, { form: { ...fields, csrf }, headers: { Origin: 'https://evil.example' } }))
          .response.status,
      ).toBe(403);
      expect(
        (await request(jar, page, { form: { ...fields, csrf }, headers: { 'Sec-Fetch-Site': 'same-site' } }))
          .response.status,
      ).toBe(403);
    }
    expect((await request(jar, `/staff/requests/${id}/`)).response.status).toBe(200);
  });

  it('records opening the list, refused cross-site and CSRF posts, and the retention purge', async () => {
    const inbox = await request(jar, '/staff/?tab=spam');
    expect(inbox.response.status).toBe(200);
    const [listed] = await audit();
    expect([listed?.actor, listed?.action, listed?.target]).toEqual([
      'reader@example.com',
      'list',
      expect.stringMatching(/^spam \(\d+\)$/),
    ]);
    const foreign = await request(jar, '/staff/export/', {
      form: { csrf, tab: 'inbox' },
      headers: { Origin: 'https://evil.example' },
      address: '10.77.254.9',
    });
    expect(foreign.response.status).toBe(403);
    const [crossSite] = await audit();
    expect(crossSite).toMatchObject({
      action: 'refused-cross-site',
      target: '/staff/export/',
      ip: '10.77.254.9',
    });
    const forged = await request(jar, '/staff/export/', { form: { csrf: 'forged', tab: 'inbox' } });
    expect(forged.response.status).toBe(403);
    const [csrfRefused] = await audit();
    expect(csrfRefused).toMatchObject({
      actor: 'reader@example.com',
      action: 'refused-csrf',
      target: '/staff/export/',
    });
    const signInForeign = await request(cookieJar(), '/staff/sign-in/', {
      form: { csrf: 'x', email: 'someone@example.com', password: 'x' },
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(signInForeign.response.status).toBe(403);
    expect((await audit())[0]).toMatchObject({ action: 'refused-cross-site', target: '/staff/sign-in/' });
    // The two-factor set-up page too: every staff POST refused as cross-site is recorded.
    const setUpForeign = await request(jar, '/staff/two-factor/', {
      form: { csrf, code: '123456' },
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(setUpForeign.response.status).toBe(403);
    expect((await audit())[0]).toMatchObject({ action: 'refused-cross-site', target: '/staff/two-factor/' });
    const purges = (await audit()).filter((e) => e.action === 'purge');
    expect(purges.at(-1)).toMatchObject({
      actor: 'retention',
      target: expect.stringMatching(/^older than 365 days \(\d+\)$/) as unknown,
    });
  });

  it('shows text-direction and control characters an older row holds as U+FFFD, in the list and the request', async () => {
    const store = await openDatabase(env['DATABASE_URL'] ?? '');
    const inserted = await store.insertRequest(
      {
        name: 'Eve \u202Emoc.elpmaxe\u202C Older',
        email: 'eve@example.com',
        message: 'one\u2066two\nthree',
        okToLeaveMessage: false,
        consent: true,
      },
      { spam: false, outbox: false },
    );
    await store.close();
    const spoofed = inserted.stored ? inserted.id : '';
    for (const page of ['/staff/', `/staff/requests/${spoofed}/`, `/staff/requests/${spoofed}/delete/`]) {
      const { body } = await request(jar, page);
      expect(body, page).toContain('Eve \uFFFDmoc.elpmaxe\uFFFD Older');
      expect(body, page).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
    expect((await request(jar, `/staff/requests/${spoofed}/`)).body).toContain('one\uFFFDtwo\nthree');
  });

  it('says "Prefers Spanish" for a request sent from the Spanish form, in the list and the request', async () => {
    const store = await openDatabase(env['DATABASE_URL'] ?? '');
    const inserted = await store.insertRequest(
      { name: 'Inés Bilingüe', email: 'ines@example.com', okToLeaveMessage: false, consent: true },
      { spam: false, outbox: false, language: 'es' },
    );
    await store.close();
    const spanishId = inserted.stored ? inserted.id : '';
    const list = (await request(jar, '/staff/')).body;
    const item = list.slice(
      list.indexOf('Inés Bilingüe'),
      list.indexOf('</li>', list.indexOf('Inés Bilingüe')),
    );
    expect(item).toContain('Prefers Spanish');
    expect(list.match(/Prefers Spanish/g)).toHaveLength(1);
    expect((await request(jar, `/staff/requests/${spanishId}/`)).body).toContain('Prefers Spanish');
    expect((await request(jar, `/staff/requests/${id}/`)).body).not.toContain('Prefers');
  });

  it('keeps the audit log free of what requests said', async () => {
    const result = await staffTool(['audit'], env);
    expect(result.stdout).toMatch(/sign-in\s+reader@example.com/);
    for (const secret of ['Mallory', 'mallory@example.com', '555 0100', 'Evenings', PASSWORD]) {
      expect(result.stdout).not.toContain(secret);
    }
  });
});

describe('the admin tool', () => {
  it('lists and removes accounts; a removed account is signed out at once', async () => {
    await staffMember('leaving@example.com');
    const { jar } = await signIn('leaving@example.com');
    const list = await staffTool(['list'], env);
    expect(list.stdout).toMatch(/^leaving@example\.com {2}password set /m);
    const removed = await staffTool(['remove', 'leaving@example.com'], env);
    expect(removed.code).toBe(0);
    expect((await request(jar, '/staff/')).response.status).toBe(303);
    expect((await staffTool(['remove', 'leaving@example.com'], env)).code).toBe(1);
    expect((await staffTool(['add', 'not-an-email'], env)).code).toBe(2);
  });
});
