import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGroqServer, type GroqServer } from '../support/groq-server.ts';
import { startServer, type TestServer } from '../support/server.ts';

const secret = 'preview-secret-for-tests';
const token = 'read-drafts-token';
let groq: GroqServer;
let server: TestServer;

beforeAll(async () => {
  groq = await startGroqServer({ exportDir: path.resolve('tests/fixtures/datasets/basic'), token });
  server = await startServer({
    SANITY_PREVIEW_SECRET: secret,
    SANITY_PROJECT_ID: 'preview-test',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: groq.url,
    SANITY_TOKEN: token,
  });
});

afterAll(async () => {
  await server.stop();
  await groq.close();
});

function draftOf(id: string) {
  const doc = groq.documents.find((d) => d['_id'] === `drafts.${id}`);
  const published = groq.documents.find((d) => d['_id'] === id);
  if (!doc || !published) throw new Error(`fixture needs ${id} and its draft`);
  // The draft's own slug: with the drafts perspective the draft stands in for the published document.
  return { draft: doc, published, slug: (doc['slug'] as { current: string }).current };
}

describe('draft preview', () => {
  it('renders the draft, marked Preview, noindex and never cached', async () => {
    const { draft, slug } = draftOf('article-worry');
    const response = await fetch(`${server.url}/preview/articles/${slug}/?secret=${secret}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    const html = await response.text();
    expect(html).toContain(String(draft['title']));
    expect(html).toContain('Preview');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(groq.requests.some((r) => r.authorization === `Bearer ${token}`)).toBe(true);
  });

  it('shows the published version where a document has no draft', async () => {
    const published = groq.documents.find((d) => d['_id'] === 'article-dangling');
    const slug = (published?.['slug'] as { current: string } | undefined)?.current ?? '';
    const response = await fetch(`${server.url}/preview/articles/${slug}/?secret=${secret}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(String(published?.['title']));
  });

  it('is refused without the secret or with a wrong one, and never names the secret in logs', async () => {
    const { slug } = draftOf('article-worry');
    expect((await fetch(`${server.url}/preview/articles/${slug}/`)).status).toBe(401);
    expect((await fetch(`${server.url}/preview/articles/${slug}/?secret=guess`)).status).toBe(401);
    expect(server.output()).not.toContain(secret);
  });

  it('answers 404 for a slug that no draft or article has', async () => {
    expect((await fetch(`${server.url}/preview/articles/no-such-article/?secret=${secret}`)).status).toBe(
      404,
    );
  });

  it('does not exist when SANITY_PREVIEW_SECRET is unset', async () => {
    const plain = await startServer();
    try {
      expect((await fetch(`${plain.url}/preview/articles/anything/?secret=x`)).status).toBe(404);
    } finally {
      await plain.stop();
    }
  });
});
