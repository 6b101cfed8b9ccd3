import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistSchema, type Checklist } from '../../src/lib/sanity/schemas.ts';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import {
  buildChecklistFixture,
  checklistParts,
  shippedScripts,
  tickFirst,
  type FixtureBuild,
} from './checklist-helpers.ts';
import { clientDir, describeChecklistPage } from './checklist-suite.ts';

// Content the tests control (tests/fixtures/checklist/): one checklist of 5 items whose outcomes are listed out
// of order, start above zero and tie: [4 "A strong alliance", 2 "Some good signs" + consultation, 2 "Never
// shown"]. A CMS article embeds it with a checklistEmbed block, an MDX article with <FitChecklist id>, and a
// third article has no checklist.
const fixtures = path.resolve('tests/fixtures/checklist');

const checklist: Checklist = checklistSchema.parse(
  fs
    .readFileSync(path.join(fixtures, 'export/data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { _type: string })
    .find((doc) => doc._type === 'fitChecklist'),
);

let build: FixtureBuild | undefined;
let distDir: string;
let server: TestServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  build = await buildChecklistFixture();
  distDir = build.distDir;
  server = await startServer({ DIST_DIR: distDir });
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.stop();
  if (build) fs.rmSync(build.workDir, { recursive: true, force: true });
});

/** The server and browser beforeAll started. */
function running(): { server: TestServer; browser: Browser } {
  if (!server || !browser) throw new Error('the fixture site is not running');
  return { server, browser };
}

async function open(pagePath: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await running().browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const response = await page.goto(running().server.url + pagePath);
  expect(response?.status()).toBe(200);
  return page;
}

/** Whether `first` comes before `second` in the document. */
async function comesBefore(page: Page, first: string, second: string): Promise<boolean> {
  return page.evaluate(
    ([a, b]) => {
      const one = document.querySelector(a ?? '');
      const two = document.querySelector(b ?? '');
      return !!one && !!two && (one.compareDocumentPosition(two) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    [first, second],
  );
}

describe('where authors place the checklist', () => {
  for (const [kind, pagePath] of [
    ['a checklistEmbed block in a CMS article', '/articles/tick-and-see/'],
    ['<FitChecklist id> in an MDX article', '/articles/checklist-in-mdx/'],
  ] as const) {
    it(`renders ${kind} between the paragraphs around it`, async () => {
      const page = await open(pagePath);
      await expect(page.locator('fit-checklist').count()).resolves.toBe(1);
      await page.locator('p', { hasText: 'Before the checklist.' }).evaluate((p) => {
        p.setAttribute('data-before', '');
      });
      await page.locator('p', { hasText: 'After the checklist.' }).evaluate((p) => {
        p.setAttribute('data-after', '');
      });
      await expect(comesBefore(page, '[data-before]', 'fit-checklist')).resolves.toBe(true);
      await expect(comesBefore(page, 'fit-checklist', '[data-after]')).resolves.toBe(true);
      const parts = checklistParts(page);
      await tickFirst(parts.boxes, 3);
      await expect(parts.count.textContent()).resolves.toBe('3 of 5 ticked');
      await expect(parts.visibleResults.innerText()).resolves.toContain('Some good signs');
      const slug = pagePath.split('/')[2] ?? '';
      await expect(parts.cta.getByRole('link').getAttribute('href')).resolves.toBe(`/contact/?from=${slug}`);
    });
  }
});

describe('the rule for choosing an outcome, in the browser', () => {
  it('shows nothing below the lowest threshold, the highest threshold reached above it, never the tied one', async () => {
    const page = await open('/articles/tick-and-see/');
    const parts = checklistParts(page);
    // Nothing before the first tick; then every count up to five, and back to none.
    await expect(parts.visibleResults.count()).resolves.toBe(0);
    const shown: string[] = [];
    for (const count of [1, 2, 3, 4, 5, 0]) {
      await tickFirst(parts.boxes, count);
      shown.push((await parts.visibleResults.innerText()).replace(/\s+/g, ' '));
    }
    expect(shown).toEqual([
      'If you ticked 0 or 1: no particular result applies.',
      'If you ticked 2 or 3: Some good signs Talk about what is missing.',
      'If you ticked 2 or 3: Some good signs Talk about what is missing.',
      'If you ticked 4 or more: A strong alliance Much of what matters is in place.',
      'If you ticked 4 or more: A strong alliance Much of what matters is in place.',
      'If you ticked 0 or 1: no particular result applies.',
    ]);
    await expect(page.getByText('Never shown').count()).resolves.toBe(0);
  });

  it('lists every outcome by its range for a reader without JavaScript, leaving out the tied one', async () => {
    const page = await open('/articles/checklist-in-mdx/', { javaScriptEnabled: false });
    const listed = await checklistParts(page).visibleResults.allInnerTexts();
    expect(listed.map((text) => text.replace(/\s+/g, ' '))).toEqual([
      'If you ticked 0 or 1: no particular result applies.',
      'If you ticked 2 or 3: Some good signs Talk about what is missing.',
      'If you ticked 4 or more: A strong alliance Much of what matters is in place.',
    ]);
    await expect(page.getByText('Never shown').count()).resolves.toBe(0);
    // An outcome offers a consultation, and without JavaScript the reader decides whether it applies.
    await expect(checklistParts(page).cta.isVisible()).resolves.toBe(true);
  });
});

describe('pages without a checklist', () => {
  it('ship no JavaScript at all', () => {
    expect(shippedScripts(clientDir(distDir), '/articles/no-checklist/')).toEqual([]);
  });
});

describeChecklistPage('fixture CMS article', () => ({
  browser: running().browser,
  origin: running().server.url,
  path: '/articles/tick-and-see/',
  clientDir: clientDir(distDir),
  checklist,
  consultationHref: '/contact/?from=tick-and-see',
}));
