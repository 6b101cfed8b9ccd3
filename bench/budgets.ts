// The byte budgets, in one place: `npm test` asserts them against the build of the bundled content
// (tests/e2e/budgets.test.ts) and `npm run bench` shows each page type against them. Budgets are bytes, never
// wall-clock time: KB means 1,024 bytes of `gzip -9` output, each resource compressed on its own and summed per
// kind (see bench/page-bytes.ts for what counts as HTML, CSS and JS).

import type { PageType } from './page-bytes.ts';

/** 1,024 bytes. */
export const KB = 1024;

/** Limits for one page type, in gzip -9 bytes. */
export interface ByteBudget {
  html: number;
  css: number;
  js: number;
}

/** The stylesheet every page shares stays small. */
export const CSS_BUDGET = 15 * KB;

/** The flagship article, and so every article, fits in this much HTML. */
export const ARTICLE_HTML_BUDGET = 25 * KB;

/** The fit checklist island: all the JavaScript an article with a checklist ships (docs/fit-checklist.md). */
export const CHECKLIST_JS_BUDGET = 1.5 * KB;

/**
 * Per page type. Pages without an interactive feature ship no JavaScript at all; an article without the
 * checklist is one of them. Search ships only its page script up front: Pagefind's own files load on
 * the first query and are measured by bench/search.ts. Contact ships its inline validation (the form works
 * without it); its limit keeps today's size from growing. The counselor list ships its filter island
 * (docs/counselor-finder.md), also measured as the server answers a filtered URL. "Help me choose" ships its
 * ranking island, which holds the one ranking function the server also runs.
 */
export const BUDGETS: Readonly<Record<PageType, ByteBudget>> = {
  home: { html: 12 * KB, css: CSS_BUDGET, js: 0 },
  article: { html: ARTICLE_HTML_BUDGET, css: CSS_BUDGET, js: 0 },
  articleWithChecklist: { html: ARTICLE_HTML_BUDGET, css: CSS_BUDGET, js: CHECKLIST_JS_BUDGET },
  articles: { html: 20 * KB, css: CSS_BUDGET, js: 0 },
  topic: { html: 20 * KB, css: CSS_BUDGET, js: 0 },
  counselor: { html: 12 * KB, css: CSS_BUDGET, js: 0 },
  counselors: { html: 15 * KB, css: CSS_BUDGET, js: 3 * KB },
  search: { html: 10 * KB, css: CSS_BUDGET, js: 5 * KB },
  contact: { html: 12 * KB, css: CSS_BUDGET, js: 9 * KB },
  choose: { html: 15 * KB, css: CSS_BUDGET, js: 3 * KB },
};

/** Readable page type names, for tables and test titles. */
export const PAGE_TYPE_NAMES: Readonly<Record<PageType, string>> = {
  home: 'home',
  article: 'article',
  articleWithChecklist: 'article with checklist',
  articles: 'articles list',
  topic: 'topic',
  counselor: 'counselor',
  counselors: 'counselor list and filters',
  search: 'search',
  contact: 'contact',
  choose: 'help me choose',
};

/** The kinds over budget for one measurement (empty when within). */
export function overBudget(type: PageType, bytes: ByteBudget): (keyof ByteBudget)[] {
  const budget = BUDGETS[type];
  return (['html', 'css', 'js'] as const).filter((kind) => bytes[kind] > budget[kind]);
}

/** Bytes as KB with one decimal (`7.1`). */
export function kb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}
