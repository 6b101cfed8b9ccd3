import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { languages } from '../i18n/languages.ts';
import { writeSearchLexicons } from './search-lexicon.ts';

/**
 * The pages the index covers, relative to the built client folder: article and counselor pages only, in every
 * language (Spanish ones under `es/`).
 */
export const INDEXED_PAGES = '{articles,counselors,es/articles,es/counselors}/**/*.html';

/**
 * How long one Pagefind step may take before the build gives up on it: two minutes, plus 50 ms for every page
 * (a 5,000-article site indexes in about a minute on a busy two-core machine, so this leaves ample room there
 * and on slower ones while still catching a service that has stopped answering).
 */
export function stepTimeoutMs(pages: number): number {
  return 120_000 + 50 * pages;
}

/** What one indexing run did. */
export interface IndexReport {
  /** Pages in the index (once any page has `data-pagefind-body`, pages without it are left out). */
  pages: number;
  /** Wall-clock time from starting Pagefind to the files being written. */
  ms: number;
  /** Total size of the written index folder. */
  bytes: number;
  /** Where the index was written. */
  outputPath: string;
}

/** Raised when indexing fails; the message carries Pagefind's own reasons. */
export class IndexingError extends Error {
  override name = 'IndexingError';
}

/**
 * Runs one call into Pagefind's service and fails with its reasons. A crashed service never answers (its
 * promise stays pending), so a deadline turns that into an error instead of a build that silently stops.
 */
async function step<T extends { errors: string[] }>(
  what: string,
  call: Promise<T>,
  timeoutMs: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new IndexingError(
          `Pagefind did not ${what} within ${Math.round(timeoutMs / 1000)} s (see its output above)`,
        ),
      );
    }, timeoutMs);
  });
  try {
    const result = await Promise.race([call, deadline]);
    if (result.errors.length > 0)
      throw new IndexingError(`Pagefind could not ${what}: ${result.errors.join('; ')}`);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

// Pagefind also writes its ready-made UIs and a runtime for pages without a language; /search/ and /es/search/
// use the JS API (with Pagefind's web worker) on pages that all have a `lang`, so these would only be dead weight.
const UNUSED = /^(pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;

async function pruneUnused(outputPath: string): Promise<void> {
  for (const name of await fs.readdir(outputPath)) {
    if (UNUSED.test(name)) await fs.rm(path.join(outputPath, name));
  }
}

// addDirectory counts every file it read; pages without `data-pagefind-body` are dropped only when writing, so
// the written entry file is where the real count is.
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await fs.readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Every HTML file under `dir`: an upper bound on what Pagefind reads, to size its deadlines. */
async function htmlFiles(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/**
 * Indexes the built article and counselor pages under `clientDir` with Pagefind's Node API (one `addDirectory`
 * call; `glob` narrows the pages) and writes the index to `<clientDir>/pagefind/`. Throws an {@link IndexingError} with the reason when
 * the folder is missing or any Pagefind step fails.
 */
export async function buildSearchIndex(clientDir: string, glob = INDEXED_PAGES): Promise<IndexReport> {
  const started = performance.now();
  const stat = await fs.stat(clientDir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new IndexingError(`there is no built site to index at ${clientDir}`);
  const outputPath = path.join(clientDir, 'pagefind');
  const timeoutMs = stepTimeoutMs(await htmlFiles(clientDir));
  try {
    // No forced language: Pagefind keeps one index per page `lang` (English, Spanish), each with its own
    // stemming, and the runtime loads the one of the search page's `lang` (docs/search.md).
    const { index } = await step('start', pagefind.createIndex({}), timeoutMs);
    if (!index) throw new IndexingError('Pagefind could not start: it returned no index');
    await step(`index ${clientDir}`, index.addDirectory({ path: clientDir, glob }), timeoutMs);
    await fs.rm(outputPath, { recursive: true, force: true });
    await step(`write ${outputPath}`, index.writeFiles({ outputPath }), timeoutMs);
    await pruneUnused(outputPath);
    // The words the island corrects typos against and each page's filters, per language (docs/search.md).
    await writeSearchLexicons(outputPath, languages);
    const ms = performance.now() - started;
    return { pages: await indexedPages(outputPath), ms, bytes: await folderSize(outputPath), outputPath };
  } finally {
    await pagefind.close();
  }
}
