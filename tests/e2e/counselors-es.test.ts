import fs from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages.ts';
import { axeViolations } from '../support/axe.ts';
import {
  foreignRequests,
  launchBrowser,
  recordRequests,
  reusePage,
  settled,
  type ReusedPage,
} from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { bundledDocuments, translationId, writeExportWithBundledImages } from '../support/bundled-content.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Counselors in Spanish (docs/i18n.md, docs/counselor-finder.md), on the bundled demo content plus a Spanish
// entry this file writes for one counselor (and a Spanish translation of one of their topics): the Spanish
// profile exists only for that counselor, pairs with the English one (hreflang, the language switch), and links
// only to pages that exist; "Help me choose" in Spanish works without JavaScript through the Spanish results.

const SITE = 'http://127.0.0.1:4321';
const SLUG = 'maya-lindqvist';
const SPANISH = `/es/counselors/${SLUG}/`;
const ENGLISH = `/counselors/${SLUG}/`;
const es = messagesFor('es');

const docs = bundledDocuments();
const find = (type: string, slug: string) =>
  docs.find((doc) => doc._type === type && doc.slug?.current === slug);
const anxiety = find('topic', 'anxiety');
const counselor = find('counselor', SLUG);

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
});
const group = (id: string, en: string, esId: string) => ({
  _id: id,
  _type: 'translation.metadata',
  schemaTypes: ['counselor', 'topic'],
  translations: [
    { _key: 'en', value: { _type: 'reference', _ref: en, _weak: true } },
    { _key: 'es', value: { _type: 'reference', _ref: esId, _weak: true } },
  ],
});

/** The `_id` of the Spanish document grouped with `id` in the bundled content's translation groups, if any. */
const spanishOf = (id: string | undefined) => translationId(docs, id, 'es');

/** English counselors without a Spanish entry in the bundled content (no `/es/` profile). */
const others = docs.filter(
  (doc) =>
    doc._type === 'counselor' &&
    (doc['language'] ?? 'en') === 'en' &&
    doc !== counselor &&
    spanishOf(doc._id) === undefined,
);
/** Every counselor with a Spanish profile in the test's site. */
const spanishProfiles = new Set([
  SLUG,
  ...docs.flatMap((doc) =>
    doc._type === 'counselor' && spanishOf(doc._id) && doc.slug ? [doc.slug.current] : [],
  ),
]);

/** The Spanish counselor entry this test reads: the bundled one, else the one {@link writeExport} adds. */
const bundledSpanish = docs.find((doc) => doc._id === spanishOf(counselor?._id));
const spanishTopic = docs.find((doc) => doc._id === spanishOf(anxiety?._id));
const SPECIALTY = (bundledSpanish?.['specialties'] as string[] | undefined)?.[0] ?? 'Cambios de vida';
const TOPIC_TITLE = (spanishTopic?.['title'] as string | undefined) ?? 'Ansiedad y estrés';
const TOPIC_SLUG = spanishTopic?.slug?.current ?? 'ansiedad';
/** A topic some counselor works with that has no Spanish translation: its English title stands on Spanish pages. */
const untranslated = docs.find(
  (doc) =>
    doc._type === 'topic' &&
    spanishOf(doc._id) === undefined &&
    docs.some(
      (c) =>
        c._type === 'counselor' &&
        ((c['topics'] ?? []) as { _ref: string }[]).some((ref) => ref._ref === doc._id),
    ),
);

/**
 * The bundled export, plus a Spanish counselor entry (text only: facts come from the English one) and topic where
 * the bundled content has none. When it has both, there is nothing to add: the test's site is the bundled one,
 * dist/ (tests/support/global-setup.ts), and no export is written (undefined).
 */
function writeExport(): string | undefined {
  if (!anxiety || !counselor)
    throw new Error('the bundled content lacks the counselor or topic this test uses');
  const topic = [
    {
      _id: 'topic-anxiety-es',
      _type: 'topic',
      language: 'es',
      title: TOPIC_TITLE,
      slug: { _type: 'slug', current: TOPIC_SLUG },
    },
    group('translation-topic-anxiety', anxiety._id, 'topic-anxiety-es'),
  ];
  const profile = [
    {
      _id: 'counselor-maya-lindqvist-es',
      _type: 'counselor',
      language: 'es',
      pronouns: 'ella',
      bio: [
        block('b1', 'Maya acompaña a personas adultas con ansiedad, estrés y cambios grandes en su vida.'),
      ],
      specialties: [SPECIALTY, 'Ansiedad'],
    },
    group('translation-counselor-maya', counselor._id, 'counselor-maya-lindqvist-es'),
  ];
  const added = [...(spanishTopic ? [] : topic), ...(bundledSpanish ? [] : profile)];
  if (added.length === 0) return undefined;
  return writeExportWithBundledImages([...docs, ...added], 'counselors-es');
}

let exportDir: string | undefined;
let buildDir: string | undefined;
let running: { server: TestServer; browser: Browser } | undefined;
let launched: Browser | undefined;

beforeAll(async () => {
  exportDir = writeExport();
  const [build, browser] = await Promise.all([
    exportDir ? buildSite({ outDir: 'counselors-es', env: { SANITY_EXPORT: exportDir } }) : undefined,
    launchBrowser(),
  ]);
  launched = browser;
  buildDir = build?.dir;
  if (build && build.code !== 0) throw new Error(`The fixture site failed to build:\n${build.output}`);
  running = { server: await startServer(build ? { DIST_DIR: build.outDir } : {}), browser };
}, 900_000);

afterAll(async () => {
  await launched?.close();
  await running?.server.stop();
  if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  if (exportDir) fs.rmSync(exportDir, { recursive: true, force: true });
});

/** The fixture site's server and the browser, once beforeAll has started them. */
function site(): { server: TestServer; browser: Browser } {
  if (!running) throw new Error('the fixture site is not running');
  return running;
}

/** The page the tests share that open with the default options (tests/support/browser.ts). */
let shared: ReusedPage | undefined;
afterAll(async () => {
  await shared?.context.close();
});

/**
 * Loads `pagePath` until it has settled (`settled()`): with the default options, in the page the tests share (its
 * context stays open, closed after the file); with others, in a context of its own, which the test closes.
 */
async function open(pagePath: string, options: { javaScriptEnabled?: boolean } = {}) {
  const { server, browser } = site();
  let opened: { context: BrowserContext; page: Page; requests: Request[] };
  if (Object.keys(options).length === 0) {
    shared = await reusePage(browser, server.url, shared);
    opened = shared;
  } else {
    const context = await browser.newContext(options);
    const requests = recordRequests(context);
    opened = { context, page: await context.newPage(), requests };
  }
  const response = await opened.page.goto(`${server.url}${pagePath}`);
  await settled(opened.page);
  return { ...opened, status: response?.status() };
}

/** The page's hreflang alternates as site paths. */
async function hreflang(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]));
  return Object.fromEntries(pairs.map(([lang, href]) => [lang ?? '', (href ?? '').replace(SITE, '')]));
}

/** Every link in the page's main content, as site paths. */
async function mainLinks(page: Page): Promise<string[]> {
  return page
    .locator('main a[href^="/"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
}

/** Posts the Spanish "Help me choose" form, as a browser without JavaScript does. */
function postChoose(body: string): Promise<Response> {
  return fetch(`${site().server.url}/es/counselors/choose/results/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
    body,
  });
}

/** Whether the server answers a path with a page (following redirects). */
async function exists(pagePath: string): Promise<boolean> {
  return (await fetch(`${site().server.url}${pagePath}`)).ok;
}

describe('a counselor page in Spanish', () => {
  it('is in Spanish, names its English twin, is accessible and makes no foreign request', async () => {
    const { page, requests, status } = await open(SPANISH);
    expect(status).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toContain('Maya Lindqvist');
    await expect(
      page.getByRole('heading', { name: es.counselors.profile.specialties }).count(),
    ).resolves.toBe(1);
    expect(await page.locator('main').textContent()).toContain(SPECIALTY);
    expect(await hreflang(page)).toEqual({ en: ENGLISH, es: SPANISH, 'x-default': ENGLISH });
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests, site().server.url)).toEqual([]);
  });

  it('links its consultation to the Spanish form, its translated topic to the Spanish topic, and only to pages that exist', async () => {
    const { page } = await open(SPANISH);
    const consult = page.getByRole('link', { name: es.counselors.profile.consult('Maya Lindqvist') });
    expect(await consult.getAttribute('href')).toBe(`/es/contact/?counselor=${SLUG}`);
    const topic = page.getByRole('link', { name: TOPIC_TITLE });
    expect(await topic.getAttribute('href')).toBe(`/es/topics/${TOPIC_SLUG}/`);
    for (const href of new Set(await mainLinks(page)))
      expect([href, await exists(href)]).toEqual([href, true]);
  });

  it('and its English twin lead to each other through the language switch', async () => {
    const { page } = await open(SPANISH);
    const toEnglish = page.locator('header [data-language-switch] a').filter({ visible: true });
    expect(await toEnglish.getAttribute('href')).toBe(ENGLISH);
    await toEnglish.click();
    await page.waitForURL(`**${ENGLISH}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await hreflang(page)).toEqual({ en: ENGLISH, es: SPANISH, 'x-default': ENGLISH });
    const toSpanish = page.locator('header [data-language-switch] a').filter({ visible: true });
    expect(await toSpanish.getAttribute('href')).toBe(SPANISH);
  });

  it('describes itself in its structured data at its Spanish address, in Spanish', async () => {
    const html = await (await fetch(`${site().server.url}${SPANISH}`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (match) => JSON.parse(match[1] ?? '{}') as Record<string, unknown>,
    );
    expect(blocks.find((block) => block['@type'] === 'ProfilePage')).toMatchObject({
      url: SITE + SPANISH,
      inLanguage: 'es-US',
      mainEntity: { url: SITE + SPANISH, jobTitle: es.counselors.profile.jobTitle },
    });
    expect(JSON.stringify(blocks)).not.toContain(SITE + ENGLISH);
  });

  it('exists only for counselors with a Spanish entry', async () => {
    const other = others[0]?.slug?.current ?? '';
    expect((await fetch(`${site().server.url}/es/counselors/${other}/`)).status).toBe(404);
    const { page } = await open(`/counselors/${other}/`);
    expect(Object.keys(await hreflang(page)).sort()).toEqual(['en', 'x-default']);
  });

  it('is where the Spanish counselor list leads, and every card there leads to a page that exists', async () => {
    const { page } = await open('/es/counselors/');
    const cards = await page
      .locator('[data-counselor] h2 a, [data-counselor] h3 a')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(cards).toContain(SPANISH);
    // The no-match answer names counselors from the finder's data: those links must exist too.
    const data = JSON.parse((await page.locator('#counselor-finder-data').textContent()) ?? '{}') as {
      counselors?: { href: string }[];
    };
    const named = (data.counselors ?? []).map((entry) => entry.href);
    expect(named.length).toBeGreaterThan(0);
    for (const href of new Set([...cards, ...named]))
      expect([href, await exists(href)]).toEqual([href, true]);
  });
});

describe('topics on the Spanish counselor list and "Help me choose"', () => {
  const label = {
    '/es/counselors/': (value: string) =>
      `label:has(input[name="concern"][value="${value}"]) > span > span:first-child`,
    '/es/counselors/choose/': (value: string) => `label[for="choose-concern-${value}"]`,
  };
  for (const [pagePath, locate] of Object.entries(label)) {
    it(`go by their Spanish titles on ${pagePath}, else by their English ones marked English`, async () => {
      const { context, page } = await open(pagePath, { javaScriptEnabled: false });
      const translated = page.locator(locate('anxiety')).first();
      expect(await translated.textContent()).toBe(TOPIC_TITLE);
      expect(await translated.getAttribute('lang')).toBeNull();
      const english = page.locator(locate(untranslated?.slug?.current ?? '')).first();
      expect(await english.textContent()).toBe(untranslated?.['title']);
      expect(await english.getAttribute('lang')).toBe('en');
      await context.close();
    });
  }

  it("go by their Spanish titles in the server's answer to the posted form, reasons too", async () => {
    const posted = await postChoose('concern=anxiety');
    const html = await posted.text();
    expect(html).toContain(`class="cursor-pointer">${TOPIC_TITLE}</label>`);
    const inSentence = TOPIC_TITLE.charAt(0).toLocaleLowerCase('es') + TOPIC_TITLE.slice(1);
    expect(html).toMatch(new RegExp(`data-reasons>[^<]*${inSentence}`));
  });
});

describe('"Help me choose" in Spanish', () => {
  it('is in Spanish and accessible', async () => {
    const { page, requests, status } = await open('/es/counselors/choose/');
    expect(status).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toContain(es.choose.title);
    expect(await hreflang(page)).toMatchObject({ en: '/counselors/choose/', es: '/es/counselors/choose/' });
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests, site().server.url)).toEqual([]);
  });

  it('without JavaScript posts to the Spanish results, whose links lead to the Spanish form and existing profiles', async () => {
    const { context, page } = await open('/es/counselors/choose/', { javaScriptEnabled: false });
    expect(await page.locator('form[method="post"]').getAttribute('action')).toBe(
      '/es/counselors/choose/results/',
    );
    await page.locator('input[name="format"][value="telehealth"]').check({ timeout: 10_000 });
    await Promise.all([
      page.waitForURL('**/es/counselors/choose/results/', { timeout: 60_000 }),
      page.locator('form[method="post"] button[type="submit"]').click({ timeout: 10_000 }),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect(page.locator('[data-results]').isVisible()).resolves.toBe(true);
    expect(await page.locator('#choose-results').textContent()).toContain(es.choose.resultsHeading);
    const items = page.locator('[data-results] li[data-slug]');
    const slugs = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-slug') ?? ''));
    expect(slugs.length).toBeGreaterThan(1);
    for (const slug of slugs) {
      const item = page.locator(`[data-results] li[data-slug="${slug}"]`);
      const [profile, contact] = await item
        .locator('a')
        .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
      expect(contact).toBe(`/es/contact/?counselor=${slug}`);
      expect(profile).toBe(spanishProfiles.has(slug) ? `/es/counselors/${slug}/` : `/counselors/${slug}/`);
    }
    await context.close();
  });

  it('answers a posted form with the ranked page in Spanish', async () => {
    const posted = await postChoose('format=telehealth');
    const html = await posted.text();
    expect([posted.status, html.slice(0, 300)]).toEqual([200, expect.stringContaining('lang="es"')]);
    expect(html).toContain(`href="/es/contact/?counselor=${SLUG}"`);
  });

  it('refuses a form it cannot read in Spanish', async () => {
    const wrongType = await fetch(`${site().server.url}/es/counselors/choose/results/`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'same-origin' },
      body: 'format=telehealth',
    });
    expect([wrongType.status, await wrongType.text()]).toEqual([415, `${es.choose.refused.type}\n`]);
  });

  it('sends a GET of the Spanish results back to the Spanish questions', async () => {
    const get = await fetch(`${site().server.url}/es/counselors/choose/results/?format=telehealth`, {
      redirect: 'manual',
    });
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toBe('/es/counselors/choose/?format=telehealth');
  });
});
