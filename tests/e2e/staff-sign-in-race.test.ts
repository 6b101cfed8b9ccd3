import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET } from '../support/contact.ts';
import { storeBackends } from '../support/store-backends.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { cookieJar, hiddenValue, linkFrom, staffTool } from './staff-helpers.ts';

const PASSWORD = 'kettle paperclip moonrise';
const EMAIL = 'race@example.com';
const ADDRESS = '10.88.0.1';

const backends = storeBackends('race');

// Reported by a security review (docs/security.md): 30 simultaneous sign-ins for one account from one address, 29 wrong passwords and the
// right one, had 29 passwords checked (audit: 28 sign-in-failed, 1 sign-in-locked, 1 sign-in).
describe.each(backends)('30 simultaneous sign-ins on $name', ({ open }) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let server: TestServer;
  let env: Record<string, string>;

  async function post(jar: ReturnType<typeof cookieJar>, pathname: string, form: Record<string, string>) {
    const response = await fetch(`${server.url}${pathname}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'X-Forwarded-For': ADDRESS,
        Cookie: jar.header(),
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: server.url,
      },
      body: new URLSearchParams(form).toString(),
    });
    jar.take(response);
    await response.text();
    return response.status;
  }

  async function page(jar: ReturnType<typeof cookieJar>, pathname: string): Promise<string> {
    const response = await fetch(`${server.url}${pathname}`, {
      headers: { 'X-Forwarded-For': ADDRESS, ...(jar.cookies.size > 0 ? { Cookie: jar.header() } : {}) },
    });
    jar.take(response);
    return response.text();
  }

  beforeAll(async () => {
    db = await open();
    env = { DATABASE_URL: db.url };
    server = await startServer({ ...env, CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET, TRUST_PROXY: '1' });
    env['SITE_URL'] = server.url;
    const added = await staffTool(['add', EMAIL], env);
    expect(added.code).toBe(0);
    const link = new URL(linkFrom(added.stdout));
    const jar = cookieJar();
    const form = await page(jar, link.pathname + link.search);
    const set = await post(jar, '/staff/set-password/', {
      csrf: hiddenValue(form, 'csrf'),
      token: link.searchParams.get('token') ?? '',
      password: PASSWORD,
      confirm: PASSWORD,
    });
    expect(set).toBe(303);
  }, 180_000);

  afterAll(async () => {
    await server.stop();
    await db.cleanup();
  });

  it('checks at most 3 passwords (the free failures), however many arrive at once', async () => {
    // Each attempt is a browser of its own: its own pre-session cookie and form token, fetched beforehand.
    const attempts = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const jar = cookieJar();
        const csrf = hiddenValue(await page(jar, '/staff/sign-in/'), 'csrf');
        return { jar, csrf, password: i === 14 ? PASSWORD : `wrong password ${String(i)}` };
      }),
    );
    const statuses = await Promise.all(
      attempts.map(({ jar, csrf, password }) =>
        post(jar, '/staff/sign-in/', { csrf, email: EMAIL, password }),
      ),
    );
    expect(statuses.every((s) => [303, 403, 429].includes(s))).toBe(true);
    expect(statuses.filter((s) => s === 303).length).toBeLessThanOrEqual(1);

    const result = await staffTool(['audit', '--json'], env);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as { action: string; ip: string | null }[];
    const checked = log.filter((e) => e.action === 'sign-in-failed' || e.action === 'sign-in');
    expect(checked.length).toBeLessThanOrEqual(3);
    expect(checked.length).toBeGreaterThanOrEqual(1);
    expect(log.some((e) => e.action === 'sign-in-locked' && e.ip === ADDRESS)).toBe(true);
    // Every refused attempt told the client to wait.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(27);
  });
});
