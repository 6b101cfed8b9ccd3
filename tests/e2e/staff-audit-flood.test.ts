import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET } from '../support/contact.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { cookieJar, hiddenValue, linkFrom, staffTool } from './staff-helpers.ts';

const PASSWORD = 'kettle paperclip moonrise';
const EMAIL = 'flood@example.com';
const ADDRESS = '10.99.0.1';

let server: TestServer;
let dataDir: string;
let env: Record<string, string>;

type Jar = ReturnType<typeof cookieJar>;

async function send(jar: Jar, pathname: string, form?: Record<string, string>) {
  const response = await fetch(`${server.url}${pathname}`, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      'X-Forwarded-For': ADDRESS,
      ...(jar.cookies.size > 0 ? { Cookie: jar.header() } : {}),
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url } : {}),
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  jar.take(response);
  return { status: response.status, body: await response.text() };
}

async function auditLog() {
  const result = await staffTool(['audit', '--json'], env);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { action: string; ip: string | null; count: number }[];
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-audit-flood-'));
  env = { DATABASE_URL: `file:${path.join(dataDir, 'requests.db')}` };
  server = await startServer({ ...env, CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET, TRUST_PROXY: '1' });
  env['SITE_URL'] = server.url;
  const added = await staffTool(['add', EMAIL], env);
  const link = new URL(linkFrom(added.stdout));
  const jar = cookieJar();
  const page = await send(jar, link.pathname + link.search);
  const set = await send(jar, '/staff/set-password/', {
    csrf: hiddenValue(page.body, 'csrf'),
    token: link.searchParams.get('token') ?? '',
    password: PASSWORD,
    confirm: PASSWORD,
  });
  expect(set.status).toBe(303);
}, 120_000);

afterAll(async () => {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Reported by a security review (docs/security.md): once an account was locked, 400 unauthenticated sign-in posts in 1.3 s wrote 406 audit rows.
describe('a flood of sign-in posts against a locked account', () => {
  it('adds one audit row for the lock window, with a count, and is refused per client', async () => {
    const jar = cookieJar();
    const csrf = hiddenValue((await send(jar, '/staff/sign-in/')).body, 'csrf');
    const wrong = { csrf, email: EMAIL, password: 'not the password' };
    for (let i = 0; i < 3; i += 1) await send(jar, '/staff/sign-in/', wrong);
    const before = await auditLog();
    expect(before.filter((e) => e.action === 'sign-in-failed')).toHaveLength(3);

    const statuses: number[] = [];
    for (let batch = 0; batch < 8; batch += 1) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => send(jar, '/staff/sign-in/', wrong)),
      );
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses).toHaveLength(400);
    expect(statuses.every((s) => s === 429)).toBe(true);

    const after = await auditLog();
    const added = after.length - before.length;
    expect(added).toBe(1);
    const [locked] = after.filter((e) => e.action === 'sign-in-locked');
    expect(locked?.ip).toBe(ADDRESS);
    expect(locked?.count).toBeGreaterThan(1);
    // The rest were refused by the per-client limit before reaching the account at all.
    expect(locked?.count).toBeLessThan(400);
  });
});
