import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import {
  foreignRequests,
  launchBrowser,
  recordProblems,
  recordRequests,
  settled,
} from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

// Every page type a reader meets, in both colour schemes: private (own origin only, no cookies), accessible (axe),
// and framed the same way (crisis help, navigation, search, footer, skip link).
const PAGES = {
  home: '/',
  articles: '/articles/',
  'articles page 2': '/articles/page/2/',
  article: '/articles/what-is-the-therapeutic-alliance/',
  'article with a content note': '/articles/when-sadness-becomes-depression/',
  'MDX article': '/articles/paying-for-therapy/',
  topics: '/topics/',
  topic: '/topics/anxiety/',
  counselors: '/counselors/',
  counselor: '/counselors/maya-lindqvist/',
  privacy: '/privacy/',
  'not found': '/no-such-page/',
} as const;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer(process.env['READER_DIST'] ? { DIST_DIR: process.env['READER_DIST'] } : {}),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

/**
 * One context per colour scheme, in which each test loads its page as a fresh document: a new context and page per
 * test started a renderer each time, which cost more than the checks. Cookies are cleared and the records emptied
 * before each page, so every test still answers for its own page.
 */
function schemeSession(colorScheme: 'light' | 'dark') {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let shown: string | undefined;
  let status: number | undefined;
  let requests: Request[] = [];
  let problems: string[] = [];
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme });
    requests = recordRequests(context);
    page = await context.newPage();
    problems = recordProblems(page);
  });
  afterAll(async () => {
    await context?.close();
  });
  return {
    /** Loads `path` (until it has settled: `settled()`) unless it is the page already shown, and gives its status. */
    async show(path: string): Promise<{ context: BrowserContext; page: Page; status: number | undefined }> {
      if (!context || !page) throw new Error('the context is not open (beforeAll failed?)');
      if (shown !== path) {
        await context.clearCookies();
        requests.length = 0;
        problems.length = 0;
        shown = undefined;
        status = (await page.goto(`${server.url}${path}`))?.status();
        await settled(page);
        shown = path;
      }
      return { context, page, status };
    },
    requests: () => requests,
    problems: () => problems,
  };
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`every page type in ${colorScheme} mode`, () => {
    const session = schemeSession(colorScheme);
    for (const [name, path] of Object.entries(PAGES)) {
      it(`${name} (${path}): own origin only, no cookies, no CSP errors, no axe violations`, async () => {
        const { context, page, status } = await session.show(path);
        expect(status).toBe(name === 'not found' ? 404 : 200);
        expect(foreignRequests(session.requests(), server.url)).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        // The not-found page itself answers 404, which Chromium reports once; nothing else may fail.
        const expected = name === 'not found' ? [expect.stringContaining('status of 404')] : [];
        expect(session.problems()).toEqual(expected);
      });

      // The frame is the same markup in both schemes: checked once, on the page the light-mode test loaded.
      if (colorScheme === 'light') {
        it(`${name}: crisis help first, then navigation, search, main content and footer`, async () => {
          const { page } = await session.show(path);
          await expectFrame(page);
        });
      }
    }
  });
}

/** The frame around every page: crisis help first, then navigation, search, main content and footer. */
async function expectFrame(page: Page): Promise<void> {
  const crisis = page.locator('aside[aria-label="Crisis help"]');
  await expect(crisis.locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
  await expect(crisis.locator('a[href^="sms:"]').count()).resolves.toBeGreaterThan(0);
  // The wide layout's navigation (phones get the same links in a menu: tests/e2e/site-chrome.test.ts).
  const nav = page.locator('nav[aria-label="Main"]').filter({ visible: true });
  expect(await nav.locator('a').allTextContents()).toEqual([
    'Articles',
    'Topics',
    'Counselors',
    'Search',
    'Contact',
  ]);
  const form = page.locator('header form[role="search"]').filter({ visible: true });
  await expect(form.getAttribute('action')).resolves.toBe('/search/');
  await expect(form.getAttribute('method')).resolves.toBe('get');
  await expect(form.locator('input[name="q"]').count()).resolves.toBe(1);
  await expect(page.locator('main#main').count()).resolves.toBe(1);
  await expect(page.locator('footer').textContent()).resolves.toMatch(/not a substitute|educational/i);
  // The crisis bar comes before everything but the skip link.
  const order = await page.evaluate(() =>
    [...document.body.children].map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')),
  );
  expect(order.slice(0, 5)).toEqual(['a', 'aside', 'header', 'main#main', 'footer']);
}

describe('the frame around every page', () => {
  it('the search field is a plain form: submitting it goes to /search/?q= without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/`);
    await page.fill('#site-search', 'grief at work');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('grief at work');
    await context.close();
  });

  it('dark mode follows the system setting with no script: the page colours change', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      colours.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      await context.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/articles/what-is-the-therapeutic-alliance/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent.trim(),
        href: el.getAttribute('href'),
        visible: box.top >= 0 && box.height > 0,
      };
    });
    expect(skip).toEqual({ text: 'Skip to main content', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    // The next Tab continues inside the main content, past the crisis bar and header.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
    await page.close();
  });

  it('Tab reaches every link, field and button on an article page, each with a visible focus outline', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/articles/what-is-the-therapeutic-alliance/`);
    const expected = await page.evaluate(
      () =>
        // Shown controls only: the phone menu, closed <details> and hidden parts (the checklist's invitation
        // before a tick) are out of reach.
        [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter((el) =>
          el.checkVisibility({ visibilityProperty: true }),
        ).length,
    );
    const reached = new Set<string>();
    const unfocusedStyle: string[] = [];
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const all = [...document.querySelectorAll('*')];
        const style = getComputedStyle(el);
        return {
          key: `${all.indexOf(el)}`,
          label: `${el.tagName} ${el.getAttribute('href') ?? el.getAttribute('name') ?? el.textContent.trim().slice(0, 30)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!info) continue;
      reached.add(info.key);
      if (!info.outline) unfocusedStyle.push(info.label);
    }
    expect(reached.size).toBeGreaterThanOrEqual(expected);
    expect(unfocusedStyle).toEqual([]);
    await page.close();
  });
});

describe('meta lines on cards', () => {
  it('never leave a "·" dangling at the end of a line, at any width from 320 to 640 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const dangling: string[] = [];
    for (const path of ['/articles/', '/', '/counselors/']) {
      await page.goto(`${server.url}${path}`);
      for (let width = 320; width <= 640; width += 8) {
        await page.setViewportSize({ width, height: 800 });
        const found = await page.evaluate(() => {
          const lineTop = (node: Node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return range.getClientRects()[0]?.top;
          };
          const bad: string[] = [];
          for (const dot of document.querySelectorAll<HTMLElement>('main article span[aria-hidden="true"]')) {
            if (dot.textContent.trim() !== '·') continue;
            const box = dot.getBoundingClientRect();
            // A separator clipped away at the start of a line is not seen.
            const clip = dot.closest('p')?.getBoundingClientRect();
            if (box.width === 0 || (clip && box.right <= clip.left + 1)) continue;
            const next = dot.nextElementSibling;
            const top = next ? lineTop(next) : undefined;
            if (top === undefined || Math.abs(top - box.top) > box.height / 2)
              bad.push(dot.parentElement?.textContent.replace(/\s+/g, ' ').trim() ?? '');
          }
          // Separators written into the text itself.
          for (const p of document.querySelectorAll('main article p')) {
            if (!p.textContent.includes(' · ')) continue;
            const range = document.createRange();
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              for (let i = text.indexOf('·'); i !== -1; i = text.indexOf('·', i + 1)) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const dotTop = range.getClientRects()[0]?.top ?? 0;
                const after = text.slice(i + 1).search(/\S/);
                if (after === -1) continue;
                range.setStart(node, i + 1 + after);
                range.setEnd(node, i + 2 + after);
                if (Math.abs((range.getClientRects()[0]?.top ?? 0) - dotTop) > 4)
                  bad.push(p.textContent.replace(/\s+/g, ' ').trim());
              }
            }
          }
          return bad;
        });
        dangling.push(...found.map((line) => `${path} at ${width} px: ${line}`));
      }
    }
    expect(dangling).toEqual([]);
    await context.close();
  });
});
