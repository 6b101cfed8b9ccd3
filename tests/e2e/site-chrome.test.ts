import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, reusePage, type ReusedPage } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// The frame around every public page on a phone (390 × 844) and a desktop: how much of the first screen it takes,
// and that crisis help and the menu work with a tap and no JavaScript.
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const PAGES = {
  home: '/',
  article: '/articles/what-is-the-therapeutic-alliance/',
  articles: '/articles/',
  search: '/search/',
  contact: '/contact/',
  counselor: '/counselors/maya-lindqvist/',
} as const;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

async function open(path: string, options: { viewport: typeof PHONE; javaScriptEnabled?: boolean }) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return { context, page };
}

const strip = (page: Page) => page.locator('aside[aria-label="Crisis help"] summary');
const visibleCrisisLinks = (page: Page) =>
  page.locator('aside[aria-label="Crisis help"] a[href^="tel:"]').filter({ visible: true });

describe('the header on a phone (390 px wide)', () => {
  // The page types are only measured: they share one page on a phone (tests/support/browser.ts).
  let phone: ReusedPage | undefined;
  afterAll(async () => {
    await phone?.context.close();
  });

  for (const [name, path] of Object.entries(PAGES)) {
    it(`${name}: the first heading starts within the first 200 px`, async () => {
      phone = await reusePage(browser, server.url, phone, { viewport: PHONE });
      const { page } = phone;
      await page.goto(`${server.url}${path}`);
      const top = await page
        .locator('h1')
        .first()
        .evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeLessThan(200);
      // Nothing in the frame wraps to a second line: the strip and the header row are one line each.
      const stripBox = await strip(page).boundingBox();
      expect(stripBox?.height).toBeLessThanOrEqual(48);
      const headerBox = await page.locator('header[data-site-header]').boundingBox();
      expect(headerBox?.height).toBeLessThanOrEqual(64);
    });
  }

  it('crisis help is one line, "Get help now", and first in the reading order after the skip link', async () => {
    const { context, page } = await open('/', { viewport: PHONE });
    await expect(strip(page).textContent()).resolves.toMatch(/Get help now/);
    const first = await page.evaluate(
      () => document.querySelector('body > :not(.skip-link)')?.getAttribute('aria-label') ?? '',
    );
    expect(first).toBe('Crisis help');
    // The first thing Tab reaches after the skip link is the crisis strip.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toMatch(
      /Get help now/,
    );
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`one tap on "Get help now" shows the full message and call links (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await open('/articles/', { viewport: PHONE, javaScriptEnabled });
      await expect(visibleCrisisLinks(page).count()).resolves.toBe(0);
      await strip(page).click();
      await expect(visibleCrisisLinks(page).count()).resolves.toBeGreaterThan(0);
      await expect(
        page.locator('aside[aria-label="Crisis help"] p').filter({ visible: true }).textContent(),
      ).resolves.toMatch(/988/);
      await context.close();
    });

    it(`the menu opens with a tap and leads to every section (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await open('/', { viewport: PHONE, javaScriptEnabled });
      const links = page.locator('nav[aria-label="Main"] a').filter({ visible: true });
      await expect(links.count()).resolves.toBe(0);
      await page.locator('header summary', { hasText: 'Menu' }).click();
      expect(await links.allTextContents()).toEqual([
        'Articles',
        'Topics',
        'Counselors',
        'Search',
        'Contact',
      ]);
      // The open menu lies over the page rather than pushing it down.
      const top = await page
        .locator('h1')
        .first()
        .evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeLessThan(200);
      const search = page.locator('header input[type="search"]').filter({ visible: true });
      await search.fill('grief');
      await search.press('Enter');
      await page.waitForURL(/\/search\/\?q=grief/);
      await context.close();
    });
  }

  it('axe finds nothing with the crisis strip and the menu open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: PHONE, colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await strip(page).click();
      await page.locator('header summary', { hasText: 'Menu' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('the header on a desktop (1280 px wide)', () => {
  it('shows the whole crisis message, the navigation and the search box in the open, no menu', async () => {
    const { context, page } = await open('/', { viewport: DESKTOP });
    await expect(strip(page).isVisible()).resolves.toBe(false);
    await expect(visibleCrisisLinks(page).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('header summary').filter({ visible: true }).count()).resolves.toBe(0);
    const nav = page.locator('nav[aria-label="Main"]').filter({ visible: true });
    await expect(nav.count()).resolves.toBe(1);
    await expect(page.locator('#site-search').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
