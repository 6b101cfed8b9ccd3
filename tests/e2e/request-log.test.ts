import { describe, expect, it } from 'vitest';
import { TEST_TOKEN_SECRET, freshAddress, rawPost, validFields } from '../support/contact.ts';
import { startServer } from '../support/server.ts';

describe('the request log under a flood of refused contact requests', () => {
  it('writes the first refusal from a client and one line counting the rest, never a line each', async () => {
    const server = await startServer({
      LOG_FORMAT: 'json',
      TRUST_PROXY: '1',
      CONTACT_RATE_LIMIT: '1/600',
      CONTACT_MIN_FILL_SECONDS: '0',
      CONTACT_TOKEN_SECRET: TEST_TOKEN_SECRET,
      LOG_REFUSAL_SECONDS: '600',
    });
    const flooder = freshAddress();
    const other = freshAddress();
    const send = (client: string, headers: Record<string, string> = {}) =>
      rawPost(`${server.url}/api/contact`, JSON.stringify(validFields()), {
        'content-type': 'application/json',
        'x-forwarded-for': client,
        ...headers,
      });
    let stopped = false;
    try {
      expect((await send(flooder)).status).toBe(201);
      for (let i = 0; i < 40; i += 1) expect((await send(flooder)).status).toBe(429);
      for (let i = 0; i < 3; i += 1)
        expect((await send(flooder, { 'content-type': 'text/plain' })).status).toBe(415);
      expect((await send(other)).status).toBe(201);
      expect((await send(other)).status).toBe(429);
      // Stopping writes what was counted.
      await server.stop();
      stopped = true;
      const entries = server
        .output()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((entry) => entry['path'] === '/api/contact');
      const lines = (status: number) => entries.filter((entry) => entry['status'] === status);
      expect(lines(201)).toHaveLength(2);
      // One line for the flooder's first 429, one for the other client's, and the flooder's count.
      expect(lines(429).filter((entry) => 'id' in entry)).toHaveLength(2);
      expect(lines(429).filter((entry) => 'repeated' in entry)).toEqual([
        expect.objectContaining({ method: 'POST', repeated: 39, seconds: 600 }),
      ]);
      expect(lines(415)).toHaveLength(2);
      expect(lines(415)[1]).toMatchObject({ repeated: 2 });
      expect(server.output()).not.toContain(flooder);
    } finally {
      if (!stopped) await server.stop();
    }
  });
});
