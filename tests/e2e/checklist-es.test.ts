import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages.ts';
import { routeIn } from '../../src/i18n/routes.ts';
import { checklistSchema, type Checklist } from '../../src/lib/sanity/schemas.ts';
import { launchBrowser } from '../support/browser.ts';
import { bundledDocuments, translationId, type ExportDoc } from '../support/bundled-content.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { checklistParts } from './checklist-helpers.ts';
import { clientDir, describeChecklistPage } from './checklist-suite.ts';

// The flagship article in Spanish, with its fit checklist: the checklist's items and outcomes are the Spanish
// checklist document's (the translation of the English one), and everything around them is in Spanish. The pages
// and documents are found through the translation metadata of the bundled export, so the test follows the content.
const FLAGSHIP = 'what-is-the-therapeutic-alliance';
const DIST = path.resolve('dist');

interface Doc extends ExportDoc {
  body?: { _type: string; checklist?: { _ref: string } }[];
  translations?: { _key: string; value?: { _ref: string } }[];
}

const docs = bundledDocuments() as Doc[];
const byId = new Map(docs.map((doc) => [doc._id, doc]));

/** The Spanish translation of a document, through the plugin's `translation.metadata` documents. */
function spanishOf(doc: Doc | undefined): Doc | undefined {
  if (!doc || doc.language === 'es') return doc;
  const ref = translationId(docs, doc._id, 'es');
  return ref ? byId.get(ref) : undefined;
}

const english = docs.find((doc) => doc._type === 'article' && doc.slug?.current === FLAGSHIP);
const article = spanishOf(english);
const embedded = byId.get(
  article?.body?.find((block) => block._type === 'checklistEmbed')?.checklist?._ref ?? '',
);
const spanishChecklist = spanishOf(embedded);
const englishChecklist = byId.get(
  english?.body?.find((block) => block._type === 'checklistEmbed')?.checklist?._ref ?? '',
);
const checklist: Checklist = checklistSchema.parse(spanishChecklist);
const PAGE = `/es/articles/${article?.slug?.current ?? ''}/`;

let server: TestServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function running(): { server: TestServer; browser: Browser } {
  if (!server || !browser) throw new Error('the site is not running');
  return { server, browser };
}

describe('the Spanish flagship article', () => {
  it('embeds the Spanish checklist, not the English one', async () => {
    expect(spanishChecklist?.language).toBe('es');
    expect(spanishChecklist?._id).not.toBe(englishChecklist?._id);
    const context = await running().browser.newContext();
    const page = await context.newPage();
    await page.goto(running().server.url + PAGE);
    const parts = checklistParts(page, 0, 'es');
    await expect(parts.root.locator('legend').textContent()).resolves.toBe(checklist.title);
    const labels = await parts.root.locator('label[for*="-item-"]').allTextContents();
    expect(labels.map((label) => label.trim())).toEqual(checklist.items.map((item) => item.label));
    await expect(parts.root.innerText()).resolves.toContain(messagesFor('es').checklist.resultsHeading);
    await context.close();
  });
});

describeChecklistPage('Spanish flagship article', () => ({
  browser: running().browser,
  origin: running().server.url,
  path: PAGE,
  clientDir: clientDir(DIST),
  checklist,
  // The Spanish contact page once the site has one (the English one until then), from the Spanish article.
  consultationHref: new RegExp(`^${routeIn('/contact/', 'es')}\\?from=${article?.slug?.current ?? ''}(&|$)`),
  lang: 'es',
}));
