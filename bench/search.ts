// Search figures for one build: Pagefind index time and size, the bytes a first query transfers, and the time
// from the last keystroke to rendered results in Chromium, against the project's own server.
// Run: `node bench/search.ts --dist <dist dir> [--quick] [--words a,b,c] [--json]` (or BENCH_DIST_DIR).
// Re-indexing rewrites <dist>/client/pagefind/ with the same content. Keys are typed 60 ms apart, like a quick
// typist; every word is measured on a fresh page (runtime loaded, index chunks not yet fetched).

import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSearchIndex } from '../src/integrations/pagefind-index.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/server.ts';

/** What this benchmark measured. */
export interface SearchFigures {
  pages: number;
  /** Re-indexing runs, in ms (the build logs its own as `pagefind: indexed …`). */
  indexMs: number[];
  /** The whole `pagefind/` folder, and the part that is index (not runtime). */
  indexBytes: { total: number; index: number; files: number };
  /** Bytes on the wire (headers and bodies) for loading `/search/?q=<word>` until results show. */
  firstQuery: {
    word: string;
    total: number;
    page: number;
    runtime: number;
    index: number;
    fragments: number;
  };
  /** Per word, in ms: last keystroke to its results rendered; first keystroke to the first results rendered. */
  keystrokeMs: { word: string; ms: number; firstMs: number }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function folderBytes(dir: string): { total: number; index: number; files: number } {
  let total = 0;
  let index = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = fs.statSync(path.join(entry.parentPath, entry.name)).size;
    total += size;
    files += 1;
    if (/\.pf_(index|filter|fragment|meta)$/.test(entry.name)) index += size;
  }
  return { total, index, files };
}

/** Distinct longer words from the titles of some article pages: real queries for this content. */
function wordsFrom(clientDir: string, count: number): string[] {
  const words = new Set<string>();
  const articles = path.join(clientDir, 'articles');
  for (const slug of fs.readdirSync(articles)) {
    const file = path.join(articles, slug, 'index.html');
    if (!fs.existsSync(file)) continue;
    const title = /<h1[^>]*>([^<]*)</.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
    for (const word of title.toLowerCase().match(/[a-z]{6,}/g) ?? []) words.add(word);
    if (words.size >= count) break;
  }
  return [...words].slice(0, count);
}

function kindOf(url: string): 'page' | 'runtime' | 'index' | 'fragments' {
  if (url.includes('.pf_fragment')) return 'fragments';
  if (/\.pf_(index|filter)/.test(url)) return 'index';
  if (url.includes('/pagefind/')) return 'runtime';
  return 'page';
}

async function firstQuery(
  browser: Browser,
  origin: string,
  word: string,
): Promise<SearchFigures['firstQuery']> {
  // A fresh context has an empty cache. Playwright's context events include what Pagefind's web worker fetches,
  // which a page-level CDP session would miss.
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = { page: 0, runtime: 0, index: 0, fragments: 0 };
  const counted: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    counted.push(
      request.sizes().then((size) => {
        sizes[kindOf(request.url())] += size.responseHeadersSize + size.responseBodySize;
      }),
    );
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(word)}`);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('[data-results]')?.dataset['query'] === q,
    word,
  );
  await page.waitForLoadState('networkidle');
  await Promise.all(counted);
  await context.close();
  return { word, total: sizes.page + sizes.runtime + sizes.index + sizes.fragments, ...sizes };
}

async function keystroke(
  browser: Browser,
  origin: string,
  word: string,
): Promise<{ ms: number; firstMs: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForSelector('search-page[data-ready]');
  await page.evaluate((q) => {
    const w = window as unknown as {
      firstKey: number;
      lastKey: number;
      first: number;
      rendered: Promise<number>;
    };
    const input = document.querySelector('#search-q');
    input?.addEventListener(
      'keydown',
      (event) => {
        w.firstKey ||= event.timeStamp;
        w.lastKey = event.timeStamp;
      },
      { capture: true },
    );
    const results = document.querySelector<HTMLElement>('[data-results]');
    w.rendered = new Promise((resolve) => {
      new MutationObserver(() => {
        // Paint follows this task; a frame later is what the reader sees.
        if (results?.dataset['query']) w.first ||= performance.now();
        if (results?.dataset['query'] === q)
          requestAnimationFrame(() => {
            resolve(performance.now());
          });
      }).observe(results as Node, { attributes: true, childList: true });
    });
  }, word);
  await page.locator('#search-q').pressSequentially(word, { delay: 60 });
  const times = await page.evaluate(async () => {
    const w = window as unknown as {
      firstKey: number;
      lastKey: number;
      first: number;
      rendered: Promise<number>;
    };
    const rendered = await w.rendered;
    return { ms: rendered - w.lastKey, firstMs: w.first - w.firstKey };
  });
  await context.close();
  return times;
}

/** Measures everything for the build in `distDir`. */
export async function measureSearch(
  distDir: string,
  { quick = false, words }: { quick?: boolean; words?: string[] | undefined } = {},
): Promise<SearchFigures> {
  const clientDir = path.join(distDir, 'client');
  const indexMs: number[] = [];
  let pages = 0;
  for (let run = 0; run < (quick ? 1 : 3); run += 1) {
    const report = await buildSearchIndex(clientDir);
    indexMs.push(Math.round(report.ms));
    pages = report.pages;
  }
  const queries = words ?? wordsFrom(clientDir, quick ? 3 : 7);
  if (queries.length === 0) throw new Error(`no article titles to take words from in ${clientDir}`);
  const server = await startServer({ DIST_DIR: path.resolve(distDir) });
  const browser = await launchBrowser({ full: true });
  try {
    const first = await firstQuery(browser, server.url, queries[0] ?? '');
    const keystrokeMs: SearchFigures['keystrokeMs'] = [];
    for (const word of queries) {
      const { ms, firstMs } = await keystroke(browser, server.url, word);
      keystrokeMs.push({ word, ms: Math.round(ms), firstMs: Math.round(firstMs) });
    }
    return {
      pages,
      indexMs,
      indexBytes: folderBytes(path.join(clientDir, 'pagefind')),
      firstQuery: first,
      keystrokeMs,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures as a short Markdown table. */
export function searchTable(f: SearchFigures): string {
  const q = f.firstQuery;
  const keys = f.keystrokeMs.map((k) => k.ms);
  const firsts = f.keystrokeMs.map((k) => k.firstMs);
  return [
    '| search figure | value |',
    '| --- | ---: |',
    `| pages indexed | ${f.pages.toLocaleString('en-US')} |`,
    `| index time (median of ${f.indexMs.length}) | ${median(f.indexMs)} ms |`,
    `| index on disk (all files / index data only) | ${kb(f.indexBytes.total)} / ${kb(f.indexBytes.index)} in ${f.indexBytes.files} files |`,
    `| first query “${q.word}”: transferred in all | ${kb(q.total)} |`,
    `| … the page (HTML, CSS, island JS) | ${kb(q.page)} |`,
    `| … Pagefind runtime (JS, WebAssembly, metadata) | ${kb(q.runtime)} |`,
    `| … index and filter chunks | ${kb(q.index)} |`,
    `| … result fragments | ${kb(q.fragments)} |`,
    `| last keystroke to rendered results (median of ${keys.length}; max) | ${median(keys)} ms; ${Math.max(...keys)} ms |`,
    `| first keystroke to first results, index cold (median; max) | ${median(firsts)} ms; ${Math.max(...firsts)} ms |`,
  ].join('\n');
}

if (import.meta.filename && process.argv[1] === import.meta.filename) {
  const dist = option('--dist') ?? process.env['BENCH_DIST_DIR'];
  if (!dist) {
    console.error('Usage: node bench/search.ts --dist <dist dir> [--quick] [--words a,b,c] [--json]');
    process.exit(2);
  }
  const figures = await measureSearch(path.resolve(dist), {
    quick: process.argv.includes('--quick'),
    words: option('--words')?.split(',').filter(Boolean),
  });
  console.log(process.argv.includes('--json') ? JSON.stringify(figures, null, 2) : searchTable(figures));
}
