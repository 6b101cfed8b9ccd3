import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbCli } from '../../src/server/cli/db.ts';
import { issueToken } from '../../src/server/contact/token.ts';
import { openDatabase } from '../../src/server/store/database.ts';
import { freshAddress, rawPost } from '../support/contact.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { cookieJar, hiddenValue, linkFrom, staffTool } from './staff-helpers.ts';

const PASSWORD = 'lantern orchard quietly';
const STAFF = 'keeper@example.com';

let dir: string;
let sourceUrl: string;
let postgres: TestDatabase;
const servers: TestServer[] = [];

/** The server's environment: no CONTACT_TOKEN_SECRET, so form tokens are signed with the stored secret. */
function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: databaseUrl,
    TRUST_PROXY: '1',
    CONTACT_RATE_LIMIT: '1000000/60',
    CONTACT_MIN_FILL_SECONDS: '0',
  };
}

async function db(
  databaseUrl: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await dbCli(args, {
    env: { DATABASE_URL: databaseUrl },
    io: { out: (text) => (out += text), err: (text) => (err += text) },
  });
  return { code, out, err };
}

type Jar = ReturnType<typeof cookieJar>;

async function page(server: TestServer, jar: Jar, pathname: string, form?: Record<string, string>) {
  const response = await fetch(`${server.url}${pathname}`, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      'X-Forwarded-For': '10.200.0.1',
      ...(jar.cookies.size > 0 ? { Cookie: jar.header() } : {}),
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url } : {}),
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  jar.take(response);
  return { response, body: await response.text() };
}

async function signIn(server: TestServer): Promise<Response> {
  const jar = cookieJar();
  const form = await page(server, jar, '/staff/sign-in/');
  const { response } = await page(server, jar, '/staff/sign-in/', {
    csrf: hiddenValue(form.body, 'csrf'),
    email: STAFF,
    password: PASSWORD,
  });
  return response;
}

function submit(server: TestServer, fields: Record<string, unknown>) {
  return rawPost(`${server.url}/api/contact`, JSON.stringify(fields), {
    'content-type': 'application/json',
    'x-forwarded-for': freshAddress(),
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-backup-e2e-'));
  sourceUrl = `file:${path.join(dir, 'source', 'requests.db')}`;
  postgres = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  for (const server of servers) await server.stop();
  await postgres.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a backup taken while requests stream in', () => {
  it('restores into a fresh PostgreSQL database every request acknowledged before it began, with staff and tokens', async () => {
    const source = await startServer(serverEnv(sourceUrl));
    servers.push(source);

    // A staff member with a password, set through the link like a person would.
    const added = await staffTool(['add', STAFF], { DATABASE_URL: sourceUrl, SITE_URL: source.url });
    expect(added.code).toBe(0);
    const link = new URL(linkFrom(added.stdout));
    const jar = cookieJar();
    const setPage = await page(source, jar, link.pathname + link.search);
    const set = await page(source, jar, '/staff/set-password/', {
      csrf: hiddenValue(setPage.body, 'csrf'),
      token: link.searchParams.get('token') ?? '',
      password: PASSWORD,
      confirm: PASSWORD,
    });
    expect(set.response.status).toBe(303);
    expect((await signIn(source)).status).toBe(303);

    // A form token the running server issued on its contact page, not yet used.
    const contact = await (await fetch(`${source.url}/contact/`)).text();
    const issued = hiddenValue(contact, 't');

    // The clients sign their tokens with the server's own stored secret, as its form does.
    const secret = fs.readFileSync(path.join(dir, 'source', 'contact-token.secret'), 'utf8');
    const acknowledged: string[] = [];
    const firstBody = {
      name: 'First Sender',
      email: 'first@example.com',
      consent: true,
      t: issueToken(secret),
    };
    const first = await submit(source, firstBody);
    expect(first.status).toBe(201);
    acknowledged.push((JSON.parse(first.body) as { id: string }).id);

    let streaming = true;
    const clients = Array.from({ length: 8 }, async (_, n) => {
      for (let i = 0; streaming; i += 1) {
        const answer = await submit(source, {
          name: `Client ${String(n)} #${String(i)}`,
          email: 'stream@example.com',
          consent: true,
          t: issueToken(secret, Date.now() - 5000),
        });
        if (answer.status === 201) acknowledged.push((JSON.parse(answer.body) as { id: string }).id);
      }
    });
    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 10));
    const before = [...acknowledged];
    const file = path.join(dir, 'nightly.ndjson.gz');
    const backup = await db(sourceUrl, 'backup', file);
    const during = acknowledged.length - before.length;
    while (acknowledged.length < before.length + during + 30) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    streaming = false;
    await Promise.all(clients);
    expect(backup).toMatchObject({ code: 0, err: '' });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    expect(await db(postgres.url, 'restore', file)).toMatchObject({ code: 0, err: '' });
    const restoredStore = await openDatabase(postgres.url);
    let restoredIds: Set<string>;
    try {
      restoredIds = new Set((await restoredStore.listRequests({ includeSpam: true })).map((r) => r.id));
      const streamed = (await restoredStore.listRequests()).filter((r) => r.name.startsWith('Client '));
      expect(streamed.every((r) => !r.spam)).toBe(true);
    } finally {
      await restoredStore.close();
    }
    expect(before.filter((id) => !restoredIds.has(id))).toEqual([]);
    // The copy is one moment's: the stream went on after it, and those requests are not in it.
    expect(restoredIds.size).toBeLessThan(acknowledged.length);

    const restored = await startServer(serverEnv(postgres.url));
    servers.push(restored);
    expect((await signIn(restored)).status).toBe(303);

    // The token the old server issued is good on the restored one (signed with the same secret, still unused)…
    const late = await submit(restored, {
      name: 'After Restore',
      email: 'late@example.com',
      consent: true,
      t: issued,
    });
    expect(late.status).toBe(201);
    // …and one already used before the backup stores nothing new.
    const again = await submit(restored, firstBody);
    expect(again.status).toBe(201);
    expect(again.body).toBe(first.body);
    const check = await openDatabase(postgres.url);
    try {
      const after = await check.listRequests({ includeSpam: true });
      expect(after.find((r) => r.name === 'After Restore')?.spam).toBe(false);
      expect(after.filter((r) => r.name === 'First Sender')).toHaveLength(1);
    } finally {
      await check.close();
    }
  }, 300_000);
});
