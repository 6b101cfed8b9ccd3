import { encodeSignatureHeader } from '@sanity/webhook';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/server/rebuild/signature.ts';
import { startServer, type TestServer } from '../support/server.ts';

const secret = 'test-webhook-secret';
const body = JSON.stringify({ _id: 'article-1', _type: 'article', slug: { current: 'x' } });
let server: TestServer;

beforeAll(async () => {
  const builds = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-builds-'));
  server = await startServer({
    SANITY_WEBHOOK_SECRET: secret,
    BUILDS_DIR: builds,
    // These tests read the webhook's answers; the builds an accepted call starts wait for a file that never
    // appears, so none takes the machine's CPU or writes the project root's .astro/ (tests/e2e/rebuild-flow.test.ts
    // builds there).
    REBUILD_HOLD_FILE: path.join(builds, 'never'),
  });
});

afterAll(async () => {
  await server.stop();
});

const post = (headers: Record<string, string>, payload = body) =>
  fetch(`${server.url}/api/rebuild`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  });

describe('the rebuild webhook', () => {
  it('does not exist when no secret is configured', async () => {
    const plain = await startServer();
    try {
      const response = await fetch(`${plain.url}/api/rebuild`, { method: 'POST', body });
      expect(response.status).toBe(404);
    } finally {
      await plain.stop();
    }
  });

  it('refuses unsigned, forged, stale and replayed requests with 401', async () => {
    expect((await post({})).status).toBe(401);
    expect((await post({ 'sanity-webhook-signature': signBody(body, 'wrong-secret') })).status).toBe(401);
    const stale = signBody(body, secret, Date.now() - 6 * 60_000);
    expect((await post({ 'sanity-webhook-signature': stale })).status).toBe(401);
    const once = signBody(body, secret);
    expect((await post({ 'sanity-webhook-signature': once })).status).toBe(202);
    const replay = await post({ 'sanity-webhook-signature': once });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { error: string }).error).toMatch(/already received/);
  });

  it('accepts a call signed by @sanity/webhook once, and no other spelling of the same MAC after it', async () => {
    const payload = JSON.stringify({ _id: 'article-2', _type: 'article' });
    const signed = await encodeSignatureHeader(payload, Date.now(), secret);
    expect((await post({ 'sanity-webhook-signature': signed }, payload)).status).toBe(202);
    const [stamp, mac = ''] = signed.split(',v1=');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const otherLast = alphabet[alphabet.indexOf(mac.slice(-1)) ^ 1] ?? '';
    for (const again of [
      `${stamp ?? ''},v1=${mac}=`,
      `${stamp ?? ''},v1=${mac}==`,
      `${stamp ?? ''},v1=${mac.slice(0, -1)}${otherLast}`,
      `${stamp ?? ''}, v1=${mac}`,
    ]) {
      const replay = await post({ 'sanity-webhook-signature': again }, payload);
      expect(replay.status, again).toBe(401);
    }
  });

  it('refuses a body over 64 KiB with 413, while reading it', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(70 * 1024) });
    const response = await post({ 'sanity-webhook-signature': signBody(big, secret) }, big);
    expect(response.status).toBe(413);
  });

  it('accepts a signed request with 202 and names no secret in the logs', async () => {
    const response = await post({ 'sanity-webhook-signature': signBody(body, secret) });
    expect(response.status).toBe(202);
    expect(['started', 'queued']).toContain(((await response.json()) as { status: string }).status);
    expect(server.output()).not.toContain(secret);
  });
});
