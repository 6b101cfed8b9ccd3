import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/server/rebuild/signature.ts';
import { startGroqServer, type GroqServer } from '../support/groq-server.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Two instances sharing one PostgreSQL database (docs/deploy.md, "Several instances"): the webhook reaches one of
// them, and both show the change at once. Their builds are held (REBUILD_HOLD_FILE never appears), so what
// answers is the live page on each.
const secret = 'publish-live-instances-secret';
const work = path.resolve('.builds', `e2e-publish-live-instances-${process.pid}`);
let db: TestDatabase;
let groq: GroqServer;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  groq = await startGroqServer({ exportDir: path.resolve('content/sanity') });
  const env = (name: string) => ({
    DATABASE_URL: db.url,
    SANITY_WEBHOOK_SECRET: secret,
    SANITY_PROJECT_ID: 'publish-live',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: groq.url,
    BUILDS_DIR: path.join(work, name, 'builds'),
    REBUILD_HOLD_FILE: path.join(work, 'never'),
  });
  [a, b] = await Promise.all([startServer(env('a')), startServer(env('b'))]);
});

afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
  await groq.close();
  await db.cleanup();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('publish to live on several instances', () => {
  it('shows the change on every instance, whichever got the webhook', async () => {
    const doc = groq.documents.find((d) => d['_id'] === 'article-grief-has-no-timeline');
    if (!doc) throw new Error('the demo content has no article-grief-has-no-timeline');
    doc['title'] = 'Grief, told again';
    const body = JSON.stringify(doc);
    const answer = await fetch(`${a.url}/api/rebuild`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signBody(body, secret) },
      body,
    });
    expect(answer.status).toBe(202);
    await Promise.all(
      [a, b].map((server) =>
        server.waitForOutput(/live page for "article-grief-has-no-timeline"/, 1, 60_000),
      ),
    );
    for (const server of [a, b]) {
      const html = await (await fetch(`${server.url}/articles/grief-has-no-timeline/`)).text();
      expect(html).toMatch(/<h1[^>]*>\s*Grief, told again\s*<\/h1>/);
    }
    // One build for both, still held: neither switched builds.
    expect(a.output() + b.output()).not.toMatch(/rebuild finished|now serving build-/);
  }, 120_000);
});
