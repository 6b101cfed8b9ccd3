import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistSchema, type Checklist } from '../../src/lib/sanity/schemas.ts';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { shippedScripts } from './checklist-helpers.ts';
import { clientDir, describeChecklistPage } from './checklist-suite.ts';

// The flagship article of the bundled demo content embeds the "good fit" checklist with a checklistEmbed block.
// Expectations come from the bundled export itself, so they follow the content if an editor changes it.
const SLUG = 'what-is-the-therapeutic-alliance';
const PAGE = `/articles/${SLUG}/`;
const DIST = path.resolve('dist');

interface Block {
  _type: string;
  children?: { text?: string }[];
  checklist?: { _ref: string };
}
interface Doc {
  _id: string;
  _type: string;
  slug?: { current: string };
  body?: Block[];
}

const docs = fs
  .readFileSync(path.resolve('content/sanity/data.ndjson'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc);
const article = docs.find((doc) => doc._type === 'article' && doc.slug?.current === SLUG);
const body = article?.body ?? [];
const embedAt = body.findIndex((block) => block._type === 'checklistEmbed');
const checklist: Checklist = checklistSchema.parse(
  docs.find((doc) => doc._id === body[embedAt]?.checklist?._ref),
);
const textOf = (block: Block | undefined) => (block?.children ?? []).map((span) => span.text ?? '').join('');

let server: TestServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.stop();
});

function running(): { server: TestServer; browser: Browser } {
  if (!server || !browser) throw new Error('the site is not running');
  return { server, browser };
}

describe('the flagship article', () => {
  it('renders its checklistEmbed block where the author placed it', async () => {
    const before = textOf(body[embedAt - 1]);
    const after = textOf(body[embedAt + 1]);
    expect(before, 'a text block precedes the embed').not.toBe('');
    expect(after, 'a text block follows the embed').not.toBe('');
    const context = await running().browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(running().server.url + PAGE);
    await expect(page.locator('fit-checklist').count()).resolves.toBe(1);
    const order = await page.evaluate(
      ([beforeText, afterText]) => {
        const blocks = [...document.querySelectorAll('main p, main h2, main h3, fit-checklist')];
        const index = (match: (element: Element) => boolean) => blocks.findIndex(match);
        return {
          before: index((element) => element.textContent.trim() === beforeText),
          checklist: index((element) => element.localName === 'fit-checklist'),
          after: index((element) => element.textContent.trim() === afterText),
        };
      },
      [before.trim(), after.trim()],
    );
    expect(order.before).toBeGreaterThanOrEqual(0);
    expect(order.checklist).toBeGreaterThan(order.before);
    expect(order.after).toBeGreaterThan(order.checklist);
  });
});

describe('articles without a checklist', () => {
  it('ship no JavaScript at all', () => {
    const articles = fs
      .readdirSync(path.join(DIST, 'client/articles'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'page')
      .map((entry) => `/articles/${entry.name}/`)
      .filter((pagePath) => {
        const file = path.join(DIST, 'client', pagePath, 'index.html');
        return fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes('<fit-checklist');
      });
    expect(articles.length).toBeGreaterThan(0);
    for (const pagePath of articles) expect(shippedScripts(clientDir(DIST), pagePath), pagePath).toEqual([]);
  });
});

describeChecklistPage('flagship article', () => ({
  browser: running().browser,
  origin: running().server.url,
  path: PAGE,
  clientDir: clientDir(DIST),
  checklist,
  // The article may add its author (`&counselor=…`) after the slug.
  consultationHref: new RegExp(`^/contact/\\?from=${SLUG}(&|$)`),
}));
