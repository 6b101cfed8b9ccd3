import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/store/database.ts';
import type { Store } from '../../src/server/store/store.ts';
import {
  TEST_TOKEN_SECRET,
  formBody,
  freshAddress,
  rawPost,
  validFields,
  validToken,
} from '../support/contact.ts';
import { startServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let store: Store;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-token-reuse-'));
  const databaseUrl = `file:${path.join(dataDir, 'requests.db')}`;
  server = await startServer({
    DATABASE_URL: databaseUrl,
    CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    CONTACT_MIN_FILL_SECONDS: '2',
    TRUST_PROXY: '1',
  });
  store = await openDatabase(databaseUrl);
}, 120_000);

afterAll(async () => {
  await store.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function named(name: string) {
  return (await store.listRequests({ includeSpam: true })).filter((r) => r.name === name);
}

// Reported by a security review (docs/security.md): one fetched `t` could be submitted any number of times for its whole lifetime.
describe('a form token', () => {
  it('sent again in JSON is answered 201 with the first id, and stores nothing new', async () => {
    const fields = validFields({ name: 'Twice Json', t: validToken() });
    const send = () =>
      rawPost(`${server.url}/api/contact`, JSON.stringify(fields), {
        'content-type': 'application/json',
        'x-forwarded-for': freshAddress(),
      });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toBe(first.body);
    expect(await named('Twice Json')).toHaveLength(1);
  });

  it('sent again from the form (Back and resend) is answered 303 to the thanks page, stored once', async () => {
    const body = formBody(validFields({ name: 'Twice Form', t: validToken() }));
    const answers = [];
    for (let i = 0; i < 2; i += 1) {
      answers.push(
        await rawPost(`${server.url}/api/contact`, body, {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': freshAddress(),
        }),
      );
    }
    expect(answers.map((a) => [a.status, a.headers.location])).toEqual([
      [303, '/contact/thanks/'],
      [303, '/contact/thanks/'],
    ]);
    expect(await named('Twice Form')).toHaveLength(1);
  });

  it('sent ten times at once (a double click, many times over) is stored once', async () => {
    const body = JSON.stringify(validFields({ name: 'Ten At Once', t: validToken() }));
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        rawPost(`${server.url}/api/contact`, body, {
          'content-type': 'application/json',
          'x-forwarded-for': freshAddress(),
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 10 }, () => 201));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await named('Ten At Once')).toHaveLength(1);
  });

  it('lives a day: one served 25 hours ago is no longer taken as a person’s (stored as spam)', async () => {
    const answer = await rawPost(
      `${server.url}/api/contact`,
      JSON.stringify(validFields({ name: 'Day Old', t: validToken(25 * 3600) })),
      { 'content-type': 'application/json', 'x-forwarded-for': freshAddress() },
    );
    expect(answer.status).toBe(201);
    const [stored] = await named('Day Old');
    expect(stored?.spam).toBe(true);
  });
});
