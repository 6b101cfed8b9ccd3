import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/store/database.ts';
import { TEST_TOKEN_SECRET, freshAddress, rawPost, validFields } from '../support/contact.ts';
import { storeBackends } from '../support/store-backends.ts';
import { startServer } from '../support/server.ts';

const backends = storeBackends('durable');

describe.each(backends)('acknowledged requests survive a crash ($name)', ({ open }) => {
  let db: { url: string; cleanup: () => Promise<void> };

  beforeAll(async () => {
    db = await open();
  });

  afterAll(async () => {
    await db.cleanup();
  });

  it('keeps every request answered 201 when the server is killed with SIGKILL mid-stream', async () => {
    const env = {
      DATABASE_URL: db.url,
      TRUST_PROXY: '1',
      CONTACT_RATE_LIMIT: '1000000/60',
      CONTACT_MIN_FILL_SECONDS: '0',
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    };
    const server = await startServer(env);
    const acknowledged: string[] = [];
    let failures = 0;
    let streaming = true;
    const clients = Array.from({ length: 8 }, async (_, n) => {
      for (let i = 0; streaming && i < 2000; i += 1) {
        try {
          const answer = await rawPost(
            `${server.url}/api/contact`,
            JSON.stringify(validFields({ name: `Client ${n} #${i}`, message: 'Durability check.' })),
            { 'content-type': 'application/json', 'x-forwarded-for': freshAddress() },
          );
          if (answer.status === 201) acknowledged.push((JSON.parse(answer.body) as { id: string }).id);
        } catch {
          failures += 1;
        }
      }
    });
    // Kill once a steady stream is flowing, with requests in flight.
    while (acknowledged.length < 100) await new Promise((resolve) => setTimeout(resolve, 10));
    await server.stop('SIGKILL');
    streaming = false;
    await Promise.all(clients);
    expect(failures).toBeGreaterThanOrEqual(0);

    const restarted = await startServer(env);
    try {
      expect((await fetch(`${restarted.url}/api/health`)).status).toBe(200);
      const store = await openDatabase(db.url);
      const stored = new Set((await store.listRequests({ includeSpam: true })).map((r) => r.id));
      await store.close();
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(100);
      expect(lost).toEqual([]);
      // Nothing half-written: every stored row is a complete request.
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      await restarted.stop();
    }
  }, 300_000);
});
