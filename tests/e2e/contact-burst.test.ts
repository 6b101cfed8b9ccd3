import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/store/database.ts';
import type { Store } from '../../src/server/store/store.ts';
import {
  TEST_TOKEN_SECRET,
  formBody,
  freshAddress,
  rawPost,
  validFields,
  type RawAnswer,
} from '../support/contact.ts';
import { storeBackends } from '../support/store-backends.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Many submissions at the same moment, as the server groups them (one commit for those that arrive together,
// docs/operations.md): each answered only once stored, the rate limit exact, spam still kept for the Spam tab.

const backends = storeBackends('burst');

describe.each(backends)('submissions sent at the same moment ($name)', ({ name, open }) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let server: TestServer;
  // Another connection than the server's: it sees only what is committed.
  let store: Store;

  beforeAll(async () => {
    db = await open();
    server = await startServer({
      DATABASE_URL: db.url,
      TRUST_PROXY: '1',
      CONTACT_RATE_LIMIT: '3/600',
      CONTACT_MIN_FILL_SECONDS: '0',
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    });
    store = await openDatabase(db.url);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await server.stop();
    await db.cleanup();
  });

  const send = (kind: 'json' | 'form', fields: Record<string, unknown>, client: string) =>
    rawPost(`${server.url}/api/contact`, kind === 'json' ? JSON.stringify(fields) : formBody(fields), {
      'content-type': kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      'x-forwarded-for': client,
    });

  it('answers each of 40 at once only when its request is stored, and stores all of them', async () => {
    const found = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const answer = await send('json', validFields({ name: `Burst ${name} ${i}` }), freshAddress());
        expect(answer.status).toBe(201);
        const { id } = JSON.parse(answer.body) as { id: string };
        return (await store.getRequest(id))?.name;
      }),
    );
    expect(found).toEqual(Array.from({ length: 40 }, (_, i) => `Burst ${name} ${i}`));
    const forms = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        send('form', validFields({ name: `Burst form ${name} ${i}` }), freshAddress()),
      ),
    );
    expect(forms.map((a) => [a.status, a.headers.location])).toEqual(
      Array.from({ length: 10 }, () => [303, '/contact/thanks/']),
    );
    const stored = (await store.listRequests()).filter((r) => r.name.startsWith(`Burst form ${name}`));
    expect(stored).toHaveLength(10);
  });

  it('accepts exactly the limit from one address in a burst of JSON and forms, spam counted as accepted', async () => {
    const client = freshAddress();
    const answers: RawAnswer[] = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        send(
          i % 2 ? 'json' : 'form',
          validFields({ name: `One address ${name}`, ...(i % 4 === 1 ? { website: 'x' } : {}) }),
          client,
        ),
      ),
    );
    const accepted = answers.filter((a) => a.status === 201 || a.status === 303);
    expect(accepted).toHaveLength(3);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(13);
    // A form over the limit is shown again with what was typed.
    const page = answers.find((a, i) => a.status === 429 && i % 2 === 0);
    expect(page?.body).toContain(`value="One address ${name}"`);
    // The three accepted are stored, spam among them (it is written a moment after its answer).
    await expect
      .poll(
        async () =>
          (await store.listRequests({ includeSpam: true })).filter((r) => r.name === `One address ${name}`)
            .length,
      )
      .toBe(3);
  });

  it('answers spam as it answers a person, and the spam lands in the Spam tab', async () => {
    const spam = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        send(
          i % 2 ? 'json' : 'form',
          validFields({ name: `Spam ${name} ${i}`, website: 'http://spam.example' }),
          freshAddress(),
        ),
      ),
    );
    expect(spam.map((a) => a.status)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? 201 : 303)));
    const ids = spam.filter((a) => a.status === 201).map((a) => (JSON.parse(a.body) as { id: string }).id);
    // Spam is answered before its group's commit (docs/operations.md): it is there a moment later.
    await expect
      .poll(async () =>
        (await store.listRequests({ includeSpam: true })).filter(
          (r) => r.spam && r.name.startsWith(`Spam ${name}`),
        ),
      )
      .toHaveLength(12);
    for (const id of ids) expect((await store.getRequest(id))?.spam).toBe(true);
    expect((await store.listRequests()).some((r) => r.name.startsWith(`Spam ${name}`))).toBe(false);
  });
});
