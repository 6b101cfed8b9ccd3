import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages.ts';
import { readLexicon } from '../../src/lib/search/lexicon.ts';
import { resultsMessage } from '../../src/lib/search/messages.ts';
import { synonymGroups } from '../../src/lib/search/synonyms.ts';
import { axeViolations } from '../support/axe.ts';
import { siteSession } from '../support/site-session.ts';

// Search in two languages, against the real server and the site built from the bundled demo content, which has
// articles in both: /es/search/ searches the Spanish pages only (Pagefind's Spanish index, with Spanish stemming)
// and /search/ the English ones. The words come from the content and from what the build indexed, so the tests
// follow the content if an editor changes it.

const dist = path.resolve(process.env['SEARCH_TEST_DIST'] ?? 'dist');
const es = messagesFor('es').search;

/** The words each language's index holds (the lexicons the build wrote next to it). */
const lexicon = (file: string) =>
  readLexicon(JSON.parse(fs.readFileSync(path.join(dist, 'client/pagefind', file), 'utf8')) as unknown);
const english = lexicon('words.json');
const spanish = lexicon('words.es.json');

/** A word in the demo content that only Spanish pages use. */
const SPANISH_ONLY = 'desahogarse';

interface Doc {
  _id: string;
  _type: string;
  language?: string;
  title?: string;
  searchSynonyms?: { terms?: string[] }[];
}
const docs = fs
  .readFileSync(path.resolve('content/sanity/data.ndjson'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc);

// The server on the build and Chromium, for every test of the file.
const site = siteSession({ DIST_DIR: dist });
const { visit, revisit } = site;

const results = (page: Page) => page.locator('[data-results] > li');
const hrefs = (page: Page) =>
  page.locator('[data-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

async function resultsFor(page: Page, words: string): Promise<void> {
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('[data-results]')?.dataset['query'] === q,
    words,
  );
}

async function type(page: Page, words: string): Promise<void> {
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').pressSequentially(words);
  await resultsFor(page, words);
}

describe('the Spanish search page', () => {
  it('is /search/ in Spanish', async () => {
    const { page } = await revisit('/es/search/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('h1').textContent()).resolves.toContain(es.title);
    await expect(page.getByLabel(es.fieldLabel).count()).resolves.toBe(1);
    await expect(page.locator('[data-form]').getAttribute('action')).resolves.toBe('/es/search/');
  });

  it('finds a word only Spanish pages use, and lists Spanish pages only', async () => {
    expect(spanish.known.has(SPANISH_ONLY)).toBe(true);
    expect(english.known.has(SPANISH_ONLY)).toBe(false);
    const { page } = await revisit('/es/search/');
    await type(page, SPANISH_ONLY);
    const found = await hrefs(page);
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) expect(href).toMatch(/^\/es\//);
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      resultsMessage(found.length, { q: SPANISH_ONLY, topics: [], kind: undefined }, es.island, 'es'),
    );
    await expect(results(page).first().locator('[data-slot=kind]').textContent()).resolves.toMatch(
      new RegExp(`^(${es.island.article}|${es.island.counselor})$`),
    );
  });

  it('stems Spanish words as Spanish: a plural no page uses finds the page with the singular', async () => {
    // The demo content says "preocupación" (and "preocupes"), never "preocupaciones"; Pagefind's Spanish stemmer
    // finds them all by their stem.
    expect(spanish.known.has('preocupación')).toBe(true);
    expect(spanish.known.has('preocupaciones')).toBe(false);
    const { page } = await revisit('/es/search/');
    await type(page, 'preocupaciones');
    const found = await hrefs(page);
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) expect(href).toMatch(/^\/es\//);
    await expect(page.locator('[data-results] mark').first().textContent()).resolves.toMatch(/^preocup/i);
  });

  it('never lists a Spanish page in English search, nor an English page in Spanish search', async () => {
    // The most frequent words of each index, and words both hold (names, numbers).
    const shared = spanish.words.filter((word) => english.known.has(word) && word.length > 3).slice(0, 3);
    const { context, page } = await visit('/search/');
    for (const word of [SPANISH_ONLY, ...shared, ...english.words.slice(0, 2)]) {
      await type(page, word);
      for (const href of await hrefs(page)) expect(href, word).not.toMatch(/^\/es\//);
    }
    await type(page, SPANISH_ONLY);
    await expect(results(page).count()).resolves.toBe(0);
    const spanishPage = await context.newPage();
    await spanishPage.goto(`${site.server.url}/es/search/`);
    for (const word of [...shared, ...spanish.words.slice(0, 2)]) {
      await type(spanishPage, word);
      for (const href of await hrefs(spanishPage)) expect(href, word).toMatch(/^\/es\//);
    }
    await context.close();
  });

  it('offers the Spanish topics as filters, and narrows to one', async () => {
    const { page } = await revisit('/es/search/');
    await page.waitForSelector('search-page[data-ready]');
    const topics = await page
      .locator('[data-topics] input')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(topics.length).toBeGreaterThan(0);
    const spanishTopics = docs.filter((doc) => doc._type === 'topic' && doc.language === 'es');
    for (const topic of topics) expect(spanishTopics.map((doc) => doc.title)).toContain(topic);
    const topic = topics[0] ?? '';
    await page.getByRole('checkbox', { name: new RegExp(`^${topic}`) }).check();
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 0);
    for (const href of await hrefs(page)) expect(href).toMatch(/^\/es\//);
    await expect(page.getByRole('status').textContent()).resolves.toContain(`en ${topic}`);
  });

  it('widens a search with the Spanish synonym groups of siteSettings-es', async () => {
    const settings = docs.find((doc) => doc._id === 'siteSettings-es');
    const groups = synonymGroups(settings?.searchSynonyms ?? []);
    expect(groups.length).toBeGreaterThan(0);
    const { page } = await revisit('/es/search/');
    await expect(
      page
        .locator('search-page')
        .getAttribute('data-synonyms')
        .then((json) => JSON.parse(json ?? '[]') as unknown),
    ).resolves.toEqual(groups);
  });

  it("takes a Spanish page's header search form to /es/search/", async () => {
    const { page } = await revisit('/es/');
    const form = page.locator('header form[role=search]').first();
    await expect(form.getAttribute('action')).resolves.toBe('/es/search/');
    await expect(form.getByRole('button').first().textContent()).resolves.toContain(es.button);
  });
});

describe('safe, private and accessible, in Spanish', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`stays on the site, breaks no CSP rule and passes axe with results shown (${colorScheme})`, async () => {
      const { context, page, problems, foreign } = await visit(`/es/search/?q=${SPANISH_ONLY}`, {
        colorScheme,
      });
      await resultsFor(page, SPANISH_ONLY);
      await expect(results(page).count()).resolves.toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await type(page, 'zqxjvb');
      await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign()).toEqual([]);
      expect(problems).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }

  it('says in Spanish that search needs JavaScript when it is off, and offers the Spanish topic pages', async () => {
    const { context, page } = await visit('/es/search/', { javaScriptEnabled: false });
    await expect(page.locator('main noscript p').first().textContent()).resolves.toBe(es.needsScript);
    await expect(page.locator('main a[href="/es/topics/"]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('main a[href^="/es/topics/"]').count()).resolves.toBeGreaterThan(1);
    await context.close();
  });
});
