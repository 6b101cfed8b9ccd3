import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages.ts';
import { signBody } from '../../src/server/rebuild/signature.ts';
import { startGroqServer, type GroqServer } from '../support/groq-server.ts';
import { holdProjectRoot } from '../support/project-root-lock.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Publish to live: the real server serves the bundled demo build (dist/), its content lives in the local GROQ
// server (the real @sanity/client reads it as the live API), and the background build waits for a file the test
// creates (REBUILD_HOLD_FILE), so "before the full build" is a fact of the test, not a race.
const secret = 'publish-live-secret';
const work = path.resolve('.builds', `e2e-publish-live-${process.pid}`);
const hold = path.join(work, 'go');
const BUILD_MS = 300_000;
let groq: GroqServer;
let server: TestServer;
let letGo: (() => void) | undefined;

type Doc = Record<string, unknown>;

function doc(id: string): Doc {
  const found = groq.documents.find((d) => d['_id'] === id);
  if (!found) throw new Error(`the demo content has no ${id}`);
  return found;
}

/** Sends Sanity's webhook for a document (its default body: the document itself). */
async function publish(body: Doc): Promise<void> {
  const text = JSON.stringify(body);
  const answer = await fetch(`${server.url}/api/rebuild`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signBody(text, secret) },
    body: text,
  });
  expect(answer.status).toBe(202);
}

const count = (pattern: RegExp) => server.output().match(new RegExp(pattern, 'g'))?.length ?? 0;

/** Publishes a change and waits until the server has dealt with it (each outcome is logged once per change). */
async function publishAndWait(body: Doc): Promise<void> {
  const outcome = /live page for "|live pages: no published article "/;
  const before = count(outcome);
  await publish(body);
  await server.waitForOutput(outcome, before + 1, 60_000);
}

const page = async (at: string) => {
  const response = await fetch(`${server.url}${at}`, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
};

beforeAll(async () => {
  letGo = await holdProjectRoot();
  fs.mkdirSync(path.join(work, 'mdx'), { recursive: true });
  groq = await startGroqServer({ exportDir: path.resolve('content/sanity') });
  server = await startServer({
    SANITY_WEBHOOK_SECRET: secret,
    SANITY_PROJECT_ID: 'publish-live',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: groq.url,
    CONTENT_MDX_DIR: path.join(work, 'mdx'),
    BUILDS_DIR: path.join(work, 'builds'),
    REBUILD_HOLD_FILE: hold,
  });
});

afterAll(async () => {
  await server.stop();
  await groq.close();
  fs.rmSync(work, { recursive: true, force: true });
  letGo?.();
});

describe('a published change reaches its page before the full build', () => {
  it(
    'serves the new title at once, then the full build’s page',
    async () => {
      const anxiety = doc('article-understanding-anxiety');
      const before = await page('/articles/understanding-anxiety/');
      expect(before.html).toContain('Anxiety: when worry takes up too much room');
      anxiety['title'] = 'Anxiety, newly retitled';
      await publishAndWait(anxiety);
      // The full build starts once the live page is rendered (src/server/rebuild/), and is held: what answers is
      // the live page.
      await server.waitForOutput(/build held until /, 1, 10_000);
      expect(server.output()).toContain(`build held until ${hold}`);
      expect(count(/rebuild finished/)).toBe(0);
      const live = await page('/articles/understanding-anxiety/');
      expect(live.status).toBe(200);
      expect(live.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(live.html).toMatch(/<h1[^>]*>\s*Anxiety, newly retitled\s*<\/h1>/);
      expect(live.html).toContain('<title>Anxiety, newly retitled');
      // The same page frame as the static page: the crisis bar, the article body, the call to action.
      expect(live.html).toContain('data-pagefind-body');
      expect(live.html).toContain('988');
      expect(live.html).toContain('/contact/?from=understanding-anxiety');
      expect(live.html).toMatch(/href="\/articles\/"[^>]*aria-current="page"/);
      // The list page follows with the build.
      expect((await page('/articles/')).html).not.toContain('Anxiety, newly retitled');
      // No one else can ask for a live page.
      expect((await page('/internal/live-article/article-understanding-anxiety/')).status).toBe(404);

      fs.writeFileSync(hold, '');
      await server.waitForOutput(/rebuild finished/, 1, BUILD_MS);
      await server.waitForOutput(/live pages: 1 replaced by the new build/, 1, 10_000);
      const built = await page('/articles/understanding-anxiety/');
      expect(built.status).toBe(200);
      // A static file (it has an ETag), with the new title, and now on the list page too.
      expect(built.headers.get('etag')).toBeTruthy();
      expect(built.html).toMatch(/<h1[^>]*>\s*Anxiety, newly retitled\s*<\/h1>/);
      expect((await page('/articles/')).html).toContain('Anxiety, newly retitled');
    },
    BUILD_MS + 120_000,
  );

  it('answers 404 at once for an unpublished article, never shows a draft, and follows a new slug', async () => {
    fs.rmSync(hold, { force: true });
    const sleepIndex = groq.documents.findIndex((d) => d['_id'] === 'article-sleep-and-mood');
    const [sleep] = groq.documents.splice(sleepIndex, 1);
    await publishAndWait({ _id: 'article-sleep-and-mood', _type: 'article', title: sleep?.['title'] });
    const gone = await page('/articles/sleep-and-mood/');
    expect(gone.status).toBe(404);
    expect(gone.html).not.toContain('Sleep and mood: a two-way street');

    // A draft: the webhook may name it, but readers see the published article only.
    const grief = doc('article-grief-has-no-timeline');
    groq.documents.push({
      ...grief,
      _id: 'drafts.article-grief-has-no-timeline',
      title: 'Unfinished draft title',
    });
    await publishAndWait({ _id: 'drafts.article-grief-has-no-timeline', _type: 'article' });
    const published = await page('/articles/grief-has-no-timeline/');
    expect(published.html).toContain('Grief has no timeline');
    expect(published.html).not.toContain('Unfinished draft title');

    const arguing = doc('article-arguing-better');
    arguing['slug'] = { _type: 'slug', current: 'arguing-with-care' };
    await publishAndWait(arguing);
    const moved = await page('/articles/arguing-better/');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/articles/arguing-with-care/');
    const renamed = await page('/articles/arguing-with-care/');
    expect(renamed.status).toBe(200);
    expect(renamed.html).toContain('Arguing better: five habits for calmer conversations');

    // A Spanish article: its page is under /es/, in Spanish, like the static Spanish pages.
    const { reader } = messagesFor('es');
    const grounding = doc('article-grounding-skills-for-anxious-moments');
    const spanish: Doc = {
      ...grounding,
      _id: 'article-respirar-con-calma',
      language: 'es',
      title: 'Respirar con calma cuando llega la ansiedad',
      slug: { _type: 'slug', current: 'respirar-con-calma' },
    };
    groq.documents.push(spanish);
    await publishAndWait(spanish);
    const es = await page('/es/articles/respirar-con-calma/');
    expect(es.status).toBe(200);
    expect(es.html).toContain('<html lang="es"');
    expect(es.html).toMatch(/<h1[^>]*>\s*Respirar con calma cuando llega la ansiedad\s*<\/h1>/);
    expect(es.html).toContain(
      `<a href="/es/articles/" class="text-muted hover:text-brand">${reader.article.breadcrumb}</a>`,
    );
    expect(es.html).toContain(`${reader.article.published} <time`);
    expect(es.html).not.toContain('Published <time');
    // The frame reads the article's path, not the server's internal one: Spanish search, current section marked.
    expect(es.html).toContain('action="/es/search/"');
    expect(es.html).toMatch(/href="\/es\/articles\/"[^>]*aria-current="page"/);
    expect((await page('/articles/respirar-con-calma/')).status).toBe(404);
  }, 180_000);

  it(
    'keeps the live pages while builds fail, and the newest of several changes wins',
    async () => {
      const alliance = doc('article-what-is-the-therapeutic-alliance');
      for (const title of ['Alliance, first edit', 'Alliance, second edit', 'Alliance, third edit']) {
        alliance['title'] = title;
        await publishAndWait(alliance);
      }
      expect((await page('/articles/what-is-the-therapeutic-alliance/')).html).toContain(
        'Alliance, third edit',
      );
      // Another article breaks a content rule: the build fails (as it would on any instance).
      doc('article-grief-has-no-timeline')['excerpt'] = 'x'.repeat(201);
      fs.writeFileSync(hold, '');
      await server.waitForOutput(/rebuild failed, still serving the previous build/, 2, 2 * BUILD_MS);
      expect(count(/live pages: \d+ replaced/)).toBe(1);
      expect((await page('/articles/what-is-the-therapeutic-alliance/')).html).toContain(
        'Alliance, third edit',
      );
      expect((await page('/articles/sleep-and-mood/')).status).toBe(404);
      expect((await page('/articles/arguing-better/')).status).toBe(301);
    },
    2 * BUILD_MS + 120_000,
  );
});
