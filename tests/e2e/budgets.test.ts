import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_HTML_BUDGET,
  BUDGETS,
  CHECKLIST_JS_BUDGET,
  CSS_BUDGET,
  kb,
  PAGE_TYPE_NAMES,
} from '../../bench/budgets.ts';
import {
  classifyRoute,
  diskLoader,
  httpLoader,
  isRedirectPage,
  measurePage,
  PAGE_TYPES,
  staticRoutes,
  type PageBytes,
  type PageType,
} from '../../bench/page-bytes.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Byte budgets (bench/budgets.ts) against the build of the bundled content: every static page of a budgeted type
// read from dist/client, and the server-rendered contact page from the real server; every other page (privacy,
// index pages, later list pages, 404) is held to the shared CSS budget and no JavaScript. KB = 1,024 bytes of
// gzip -9.

interface Measured extends PageBytes {
  route: string;
  type: PageType;
}

const clientDir = path.resolve('dist/client');
let server: TestServer;
const pages: Measured[] = [];
/** Static pages of no budgeted type, and the 404 page. */
const otherPages: (PageBytes & { route: string })[] = [];

beforeAll(async () => {
  server = await startServer();
  for (const route of await staticRoutes(clientDir)) {
    const html = fs.readFileSync(path.join(clientDir, route, 'index.html'), 'utf8');
    const type = classifyRoute(route, html);
    if (isRedirectPage(html)) continue;
    const bytes = await measurePage(html, route, diskLoader(clientDir));
    if (type) pages.push({ route, type, ...bytes });
    else otherPages.push({ route, ...bytes });
  }
  const notFound = fs.readFileSync(path.join(clientDir, '404.html'), 'utf8');
  otherPages.push({
    route: '/404.html',
    ...(await measurePage(notFound, '/404.html', diskLoader(clientDir))),
  });
  const contact = await fetch(`${server.url}/contact/`);
  expect(contact.status).toBe(200);
  pages.push({
    route: '/contact/',
    type: 'contact',
    ...(await measurePage(await contact.text(), '/contact/', httpLoader(server.url))),
  });
  const filtered = '/counselors/?format=telehealth&availability=weekend';
  const finder = await fetch(`${server.url}${filtered}`);
  expect(finder.status).toBe(200);
  pages.push({
    route: filtered,
    type: 'counselors',
    ...(await measurePage(await finder.text(), filtered, httpLoader(server.url))),
  });
});

afterAll(async () => {
  await server.stop();
});

const ofType = (type: PageType) => pages.filter((page) => page.type === type);
const show = (page: PageBytes & { route: string }) =>
  `${page.route}: HTML ${kb(page.html)} KB, CSS ${kb(page.css)} KB, JS ${kb(page.js)} KB`;

describe('pages stay within their byte budgets (gzip -9)', () => {
  it('finds a page of every budgeted type in the build', () => {
    const missing = PAGE_TYPES.filter((type) => ofType(type).length === 0);
    expect(missing).toEqual([]);
  });

  for (const type of PAGE_TYPES) {
    const budget = BUDGETS[type];
    it(`${PAGE_TYPE_NAMES[type]}: HTML ≤ ${kb(budget.html)} KB, CSS ≤ ${kb(budget.css)} KB, JS ≤ ${kb(budget.js)} KB`, () => {
      const over = ofType(type)
        .filter((page) => page.html > budget.html || page.css > budget.css || page.js > budget.js)
        .map(show);
      expect(over).toEqual([]);
    });
  }
});

describe('readers download only what a page needs', () => {
  it('an article without the checklist ships no JavaScript', () => {
    const articles = ofType('article');
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((page) => page.js > 0).map(show)).toEqual([]);
  });

  it(`an article with the checklist ships at most ${kb(CHECKLIST_JS_BUDGET)} KB of JavaScript, and some`, () => {
    const articles = ofType('articleWithChecklist');
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) {
      expect(page.js, show(page)).toBeGreaterThan(0);
      expect(page.js, show(page)).toBeLessThanOrEqual(CHECKLIST_JS_BUDGET);
    }
  });

  it(`every article's HTML, the flagship's included, is at most ${kb(ARTICLE_HTML_BUDGET)} KB`, () => {
    const articles = [...ofType('article'), ...ofType('articleWithChecklist')];
    expect(articles.filter((page) => page.html > ARTICLE_HTML_BUDGET).map(show)).toEqual([]);
  });

  it(`no page carries more than ${kb(CSS_BUDGET)} KB of CSS`, () => {
    expect(pages.filter((page) => page.css > CSS_BUDGET).map(show)).toEqual([]);
  });

  it(`every other page (privacy, index pages, 404) ships no JavaScript and at most ${kb(CSS_BUDGET)} KB of CSS`, () => {
    expect(otherPages.map((page) => page.route)).toEqual(
      expect.arrayContaining(['/privacy/', '/topics/', '/404.html']),
    );
    expect(otherPages.filter((page) => page.js > 0 || page.css > CSS_BUDGET).map(show)).toEqual([]);
  });
});

describe('the server carries only what its routes need', () => {
  it("leaves Astro's content store out of the server bundle (the routes read a build-time snapshot)", () => {
    const serverDir = path.resolve('dist/server');
    const files = fs.readdirSync(serverDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => /data-layer-content|content-modules/.test(file))).toEqual([]);
    expect(files.some((file) => file.includes('server-content'))).toBe(true);
  });
});
