import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Found and shared: titles, descriptions, canonical URLs on SITE_URL, Open Graph and Twitter tags, JSON-LD that
// parses, and the RSS feed, sitemap and robots.txt as real XML/text a crawler reads.
const SITE = process.env['SITE_URL'] ?? 'http://127.0.0.1:4321';
const FLAGSHIP = '/articles/what-is-the-therapeutic-alliance/';
const PAGES = [
  '/',
  '/articles/',
  FLAGSHIP,
  '/articles/paying-for-therapy/',
  '/topics/',
  '/topics/anxiety/',
  '/counselors/',
  '/counselors/maya-lindqvist/',
  '/privacy/',
];

const docs = fs
  .readFileSync('content/sanity/data.ndjson', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(process.env['READER_DIST'] ? { DIST_DIR: process.env['READER_DIST'] } : {}),
    launchBrowser(),
  ]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

async function jsonLd(path: string): Promise<Record<string, unknown>[]> {
  await page.goto(`${server.url}${path}`);
  const texts = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => s.textContent));
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** Parses XML with the browser's own parser; throws on any well-formedness error. */
async function parseXml(path: string): Promise<{ status: number; type: string; text: string }> {
  const response = await page.request.get(`${server.url}${path}`);
  const text = await response.text();
  const error = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
  }, text);
  expect(error, `${path} is not well-formed XML`).toBeNull();
  return { status: response.status(), type: response.headers()['content-type'] ?? '', text };
}

describe('head tags on every page', () => {
  for (const path of PAGES) {
    it(`${path}: title, description, canonical on SITE_URL, Open Graph and Twitter`, async () => {
      await page.goto(`${server.url}${path}`);
      const head = await page.evaluate(() => {
        const meta = (selector: string) =>
          document.head.querySelector(selector)?.getAttribute('content') ?? null;
        return {
          title: document.title,
          description: meta('meta[name="description"]'),
          canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          ogTitle: meta('meta[property="og:title"]'),
          ogUrl: meta('meta[property="og:url"]'),
          ogType: meta('meta[property="og:type"]'),
          twitter: meta('meta[name="twitter:card"]'),
          robots: meta('meta[name="robots"]'),
          titles: document.querySelectorAll('title').length,
        };
      });
      expect(head.title.length).toBeGreaterThan(3);
      expect(head.titles).toBe(1);
      expect(head.description?.length).toBeGreaterThan(20);
      expect(head.canonical).toBe(`${SITE}${path}`);
      expect(head.ogUrl).toBe(head.canonical);
      expect(head.ogTitle).toBeTruthy();
      expect(head.ogType).toBeTruthy();
      expect(head.twitter).toMatch(/^summary/);
      expect(head.robots).toBeNull();
      const ld = await jsonLd(path);
      for (const data of ld) expect(data['@context']).toBe('https://schema.org');
    });
  }

  it('uses the SEO fields when set, else the excerpt', async () => {
    await page.goto(`${server.url}/articles/paying-for-therapy/`);
    await expect(page.title()).resolves.toMatch(/^Paying for therapy: insurance and sliding scales · /);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(
      /^How to use insurance for therapy/,
    );
    const plain = docs.find(
      (d) => d['_type'] === 'article' && !(d['seo'] as { description?: string } | undefined)?.description,
    );
    expect(plain).toBeDefined();
    await page.goto(
      `${server.url}/articles/${String((plain?.['slug'] as { current: string } | undefined)?.current)}/`,
    );
    const excerpt = await page.locator('main header p[data-pagefind-meta="excerpt"]').textContent();
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(
      excerpt?.trim(),
    );
  });

  it('the 404 page is kept out of search engines', async () => {
    await page.goto(`${server.url}/no-such-page/`);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
  });
});

describe('structured data', () => {
  it('describes an article with author, reviewer and dates', async () => {
    const [article] = (await jsonLd(FLAGSHIP)).filter((d) => d['@type'] === 'Article');
    expect(article).toBeDefined();
    expect(article?.['headline']).toBe('What is the therapeutic alliance?');
    expect(article?.['author']).toMatchObject({
      '@type': 'Person',
      url: `${SITE}/counselors/maya-lindqvist/`,
    });
    expect(article?.['reviewedBy']).toMatchObject({ '@type': 'Person' });
    expect(Date.parse(String(article?.['datePublished']))).not.toBeNaN();
    expect(Date.parse(String(article?.['dateModified']))).not.toBeNaN();
    expect(String(article?.['image'])).toMatch(new RegExp(`^${SITE}/_astro/`));
  });
  it('describes the practice as an organization on the home page', async () => {
    const org = (await jsonLd('/')).find(
      (d) => Array.isArray(d['@type']) && d['@type'].includes('Organization'),
    );
    expect(org).toMatchObject({ name: 'Abide Counseling', url: `${SITE}/` });
  });
});

describe('feeds for crawlers and readers', () => {
  it('/rss.xml is a valid RSS 2.0 feed of the articles, newest first', async () => {
    const { status, type, text } = await parseXml('/rss.xml');
    expect(status).toBe(200);
    expect(type).toMatch(/xml/);
    const feed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const channel = doc.querySelector('rss > channel');
      const child = (el: Element, name: string) => el.querySelector(`:scope > ${name}`)?.textContent ?? null;
      return {
        version: doc.documentElement.getAttribute('version'),
        title: channel && child(channel, 'title'),
        link: channel && child(channel, 'link'),
        description: channel && child(channel, 'description'),
        items: [...doc.querySelectorAll('channel > item')].map((item) => ({
          title: child(item, 'title'),
          link: child(item, 'link'),
          guid: child(item, 'guid'),
          pubDate: child(item, 'pubDate'),
          description: child(item, 'description'),
        })),
      };
    }, text);
    expect(feed.version).toBe('2.0');
    expect(feed.title).toBe('Abide Counseling');
    expect(feed.link).toMatch(new RegExp(`^${SITE}/?$`));
    expect(feed.description).toBeTruthy();
    expect(feed.items.length).toBeGreaterThanOrEqual(10);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${SITE}/articles/[a-z0-9-]+/$`));
      expect(item.guid).toBeTruthy();
      expect(Date.parse(item.pubDate ?? '')).not.toBeNaN();
    }
    const dates = feed.items.map((i) => Date.parse(i.pubDate ?? ''));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('/sitemap-index.xml points at a sitemap listing every page, each of which answers 200', async () => {
    const index = await parseXml('/sitemap-index.xml');
    expect(index.status).toBe(200);
    const sitemaps = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        ns: doc.documentElement.namespaceURI,
        root: doc.documentElement.localName,
        locs: [...doc.getElementsByTagName('loc')].map((l) => l.textContent),
      };
    }, index.text);
    expect(sitemaps.root).toBe('sitemapindex');
    expect(sitemaps.ns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls: string[] = [];
    for (const loc of sitemaps.locs) {
      expect(loc.startsWith(`${SITE}/`)).toBe(true);
      const sitemap = await parseXml(new URL(loc).pathname);
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return {
          root: doc.documentElement.localName,
          entries: [...doc.getElementsByTagName('url')].map((u) => ({
            loc: u.getElementsByTagName('loc')[0]?.textContent ?? '',
            lastmod: u.getElementsByTagName('lastmod')[0]?.textContent ?? null,
          })),
        };
      }, sitemap.text);
      expect(parsed.root).toBe('urlset');
      for (const entry of parsed.entries) {
        urls.push(entry.loc);
        if (entry.lastmod) expect(Date.parse(entry.lastmod)).not.toBeNaN();
      }
    }
    for (const path of PAGES) expect(urls).toContain(`${SITE}${path}`);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) {
      expect(url.startsWith(`${SITE}/`)).toBe(true);
      const response = await page.request.get(`${server.url}${new URL(url).pathname}`, { maxRedirects: 0 });
      expect(response.status(), url).toBe(200);
    }
  });

  it('/robots.txt allows the site and names the sitemap', async () => {
    const response = await page.request.get(`${server.url}/robots.txt`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
