import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import {
  foreignRequests,
  recordProblems,
  recordRequests,
  reusePage,
  settled,
  type ReusedPage,
} from '../support/browser.ts';
import { siteSession } from '../support/site-session.ts';

// The Spanish site under /es/ and the way between the two languages, in Chromium on the bundled demo content
// (docs/i18n.md): every Spanish page type is in Spanish (lang, strings, dates), names its English twin with
// hreflang, is accessible and private; the language switch leads to the translation, or says there is none.

const SITE = 'http://127.0.0.1:4321';

/** Spanish pages of each type, and whether each has an English twin (hreflang en). */
const SPANISH_PAGES = {
  home: { path: '/es/', english: '/' },
  articles: { path: '/es/articles/', english: '/articles/' },
  article: {
    path: '/es/articles/que-es-la-alianza-terapeutica/',
    english: '/articles/what-is-the-therapeutic-alliance/',
  },
  'another article': {
    path: '/es/articles/entender-la-ansiedad/',
    english: '/articles/understanding-anxiety/',
  },
  topics: { path: '/es/topics/', english: '/topics/' },
  topic: { path: '/es/topics/ansiedad/', english: '/topics/anxiety/' },
  privacy: { path: '/es/privacy/', english: '/privacy/' },
} as const;

/** The flagship article in both languages. */
const FLAGSHIP = SPANISH_PAGES.article;

// The Spanish demo articles come with the bundled content (scripts/demo-content/es/); a build without them runs
// only the tests that need no Spanish article, and says so in the skipped titles.
const DIST = process.env['READER_DIST'] ?? path.resolve('dist');
const WITH_ARTICLES = fs.existsSync(path.join(DIST, 'client', FLAGSHIP.path, 'index.html'));
const NEEDS = WITH_ARTICLES ? '' : ' (needs the Spanish demo articles)';
const ARTICLE_PAGES = new Set(['article', 'another article', 'topic']);

// The server on the build and Chromium, for every test of the file.
const site = siteSession(process.env['READER_DIST'] ? { DIST_DIR: process.env['READER_DIST'] } : {});

/** The page the tests share that open with the default options (tests/support/browser.ts). */
let shared: ReusedPage | undefined;
afterAll(async () => {
  await shared?.context.close();
});

/**
 * Loads `path` until it has settled (`settled()`): with the default options, in the page the tests share (its
 * context stays open, closed after the file); with others, in a context of its own, which the test closes.
 */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  let opened: ReusedPage;
  if (Object.keys(options).length === 0) {
    shared = await reusePage(site.browser, site.server.url, shared);
    opened = shared;
  } else {
    const context = await site.browser.newContext(options);
    const requests = recordRequests(context);
    const page = await context.newPage();
    opened = { context, page, requests, problems: recordProblems(page) };
  }
  const response = await opened.page.goto(`${site.server.url}${path}`);
  await settled(opened.page);
  return { ...opened, status: response?.status() };
}

/** The page's hreflang alternates, as `{ en: '/…', es: '/es/…', 'x-default': '/…' }` (paths on the site). */
async function hreflang(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('hreflang') ?? '', el.getAttribute('href') ?? '']),
    );
  const alternates: Record<string, string> = {};
  for (const [lang, href] of links) alternates[lang ?? ''] = (href ?? '').replace(SITE, '');
  return alternates;
}

/** The language switch's link (the first row of the header on a wide screen). */
function languageSwitch(page: Page) {
  return page.locator('header [data-language-switch] a').filter({ visible: true });
}

describe('every Spanish page type', () => {
  for (const [name, { path, english }] of Object.entries(SPANISH_PAGES)) {
    const needed = ARTICLE_PAGES.has(name);
    it.skipIf(needed && !WITH_ARTICLES)(
      `${name} (${path}): lang="es", hreflang to ${english}, own origin only, no cookies, axe clean${needed ? NEEDS : ''}`,
      async () => {
        const { context, page, requests, problems, status } = await open(path);
        expect(status).toBe(200);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
        expect(await hreflang(page)).toEqual({ en: english, es: path, 'x-default': english });
        await expect(page.locator('meta[property="og:locale"]').getAttribute('content')).resolves.toBe(
          'es_US',
        );
        // The frame is Spanish: skip link, crisis bar, navigation, footer.
        await expect(page.locator('a.skip-link').innerText()).resolves.toBe('Saltar al contenido principal');
        await expect(page.locator('aside[aria-label="Ayuda en crisis"]').count()).resolves.toBe(1);
        const nav = page.locator('nav[aria-label="Principal"]').filter({ visible: true });
        await expect(nav.locator('a').first().innerText()).resolves.toBe('Artículos');
        await expect(page.locator('footer nav a[href="/es/privacy/"]').innerText()).resolves.toBe(
          'Privacidad',
        );
        await expect(page.locator('link[type="application/rss+xml"]').getAttribute('href')).resolves.toBe(
          '/es/rss.xml',
        );
        expect(foreignRequests(requests, site.server.url)).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      },
    );
  }

  it('an unknown address under /es/ answers 404 with the Spanish not-found page, axe clean', async () => {
    const { page, requests, status } = await open('/es/no-existe/');
    expect(status).toBe(404);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('h1').innerText()).resolves.toBe('No encontramos esa página');
    await expect(page.locator('main form[role="search"]').count()).resolves.toBe(1);
    expect(await hreflang(page)).toEqual({});
    expect(foreignRequests(requests, site.server.url)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('an unknown English address still gets the English not-found page', async () => {
    const response = await fetch(`${site.server.url}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<html lang="en"');
  });
});

describe.skipIf(!WITH_ARTICLES)(`the flagship article in Spanish${NEEDS}`, () => {
  it('is in Spanish throughout: title, byline, dates, reading time, checklist and closing invitation', async () => {
    const { page, requests, problems, status } = await open(FLAGSHIP.path);
    expect(status).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe('¿Qué es la alianza terapéutica?');
    const meta = await page.locator('article header').innerText();
    expect(meta).toMatch(/Por /);
    expect(meta).toMatch(/Publicado el \d{1,2} de [a-záéíóú]+ de \d{4}/);
    expect(meta).toMatch(/\d+ min de lectura/);
    expect(meta).not.toMatch(/min read|Published/);
    await expect(page.locator('article header a[href="/es/articles/"]').innerText()).resolves.toBe(
      'Artículos',
    );
    await expect(page.locator('fit-checklist').count()).resolves.toBe(1);
    await expect(
      page.locator('a[href$="contact/?from=que-es-la-alianza-terapeutica"]').count(),
    ).resolves.toBeGreaterThanOrEqual(1);
    // Related reading is Spanish articles only.
    const related = await page
      .locator('[data-related] a')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    for (const href of related) expect(href).toMatch(/^\/es\/articles\//);
    expect(foreignRequests(requests, site.server.url)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the English flagship names its Spanish translation with hreflang', async () => {
    const { page } = await open(FLAGSHIP.english);
    expect(await hreflang(page)).toEqual({
      en: FLAGSHIP.english,
      es: FLAGSHIP.path,
      'x-default': FLAGSHIP.english,
    });
  });
});

describe('the language switch', () => {
  it.skipIf(!WITH_ARTICLES)(`goes from an article to its translation and back${NEEDS}`, async () => {
    const { page } = await open(FLAGSHIP.english);
    await expect(languageSwitch(page).getAttribute('data-untranslated')).resolves.toBeNull();
    await languageSwitch(page).click();
    await page.waitForURL(`${site.server.url}${FLAGSHIP.path}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await languageSwitch(page).click();
    await page.waitForURL(`${site.server.url}${FLAGSHIP.english}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('from an article with no translation, says so and leads to the Spanish articles, not a 404', async () => {
    const { page } = await open('/articles/sleep-and-mood/');
    expect(Object.keys(await hreflang(page))).toEqual(['en', 'x-default']);
    const link = languageSwitch(page);
    await expect(link.innerText()).resolves.toMatch(/^Español\s+Aún no está en español: ir a los artículos$/);
    await link.click();
    await page.waitForURL(`${site.server.url}/es/articles/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Artículos');
  });

  it('from a list page Spanish does not have, leads to the Spanish list and says so', async () => {
    const { page } = await open('/articles/page/2/');
    await expect(languageSwitch(page).getAttribute('href')).resolves.toBe('/es/articles/');
    await expect(languageSwitch(page).innerText()).resolves.toContain('Aún no está en español');
  });

  it.skipIf(!WITH_ARTICLES)(`is in the phone menu too${NEEDS}`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${FLAGSHIP.path}`);
    await page.locator('summary', { hasText: 'Menú' }).click();
    const link = languageSwitch(page);
    await expect(link.getAttribute('href')).resolves.toBe(FLAGSHIP.english);
    await expect(link.innerText()).resolves.toBe('English');
    await context.close();
  });

  it('goes from the English home to the Spanish one and back, written in the language it leads to', async () => {
    const { page } = await open('/');
    const toSpanish = languageSwitch(page);
    await expect(toSpanish.getAttribute('lang')).resolves.toBe('es');
    await expect(toSpanish.getAttribute('hreflang')).resolves.toBe('es');
    await expect(toSpanish.innerText()).resolves.toBe('Español');
    await toSpanish.click();
    await page.waitForURL(`${site.server.url}/es/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    const toEnglish = languageSwitch(page);
    await expect(toEnglish.innerText()).resolves.toBe('English');
    await toEnglish.click();
    await page.waitForURL(`${site.server.url}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('works without JavaScript: it is a plain link', async () => {
    const { context, page } = await open('/privacy/', { javaScriptEnabled: false });
    await languageSwitch(page).click();
    await page.waitForURL(`${site.server.url}/es/privacy/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Privacidad');
    await context.close();
  });
});

describe('feeds and the sitemap in both languages', () => {
  it('/es/rss.xml is the Spanish feed, /rss.xml the English one', async () => {
    const response = await fetch(`${site.server.url}/es/rss.xml`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('<language>es-us</language>');
    expect(text).toContain(`<link>${SITE}/es/</link>`);
    if (WITH_ARTICLES) expect(text).toContain(`<link>${SITE}${FLAGSHIP.path}</link>`);
    expect(text).not.toContain(`${SITE}/articles/`);
    const english = await (await fetch(`${site.server.url}/rss.xml`)).text();
    expect(english).toContain(`<link>${SITE}${FLAGSHIP.english}</link>`);
    expect(english).not.toContain(`${SITE}/es/articles/`);
  });

  it('the sitemap lists the Spanish pages with their English alternates', async () => {
    const text = await (await fetch(`${site.server.url}/sitemap-0.xml`)).text();
    expect(text).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const home = /<url><loc>[^<]*\/es\/<\/loc>.*?<\/url>/.exec(text)?.[0] ?? '';
    expect(home).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}/"/>`);
    expect(home).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${SITE}/es/"/>`);
    expect(home).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/"/>`);
    if (!WITH_ARTICLES) return;
    const flagship = new RegExp(`<url><loc>${SITE}${FLAGSHIP.path}</loc>.*?</url>`).exec(text)?.[0] ?? '';
    expect(flagship).toContain(`hreflang="en" href="${SITE}${FLAGSHIP.english}"`);
    expect(flagship).toContain(`hreflang="es" href="${SITE}${FLAGSHIP.path}"`);
  });
});
