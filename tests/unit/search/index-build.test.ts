import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, IndexingError, stepTimeoutMs } from '../../../src/integrations/pagefind-index.ts';
import pagefind from '../../../src/integrations/pagefind.ts';

const sites: string[] = [];
afterAll(() => {
  for (const site of sites) fs.rmSync(site, { recursive: true, force: true });
});

const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><body><header data-pagefind-ignore="all">Menu</header>${body}</body></html>`;

/**
 * A built site in miniature: two indexed pages, a listing without a body and a page outside the glob; with
 * `spanish`, a Spanish article and counselor page under es/ as well.
 */
function site(spanish = false): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-search-'));
  sites.push(dir);
  const files: Record<string, string> = {
    'articles/alliance/index.html': page(
      '<article data-pagefind-body><h1 data-pagefind-meta="title">What is the alliance?</h1>' +
        '<a data-pagefind-filter="topic">Therapy basics</a><div hidden data-pagefind-filter="kind:article"></div>' +
        '<h2 id="trust">Trust</h2><p>Rapport grows.</p></article>',
    ),
    'articles/page/2/index.html': page('<p>Listing</p>'),
    'counselors/sam/index.html': page(
      '<main data-pagefind-body><h1>Sam</h1><div hidden data-pagefind-filter="kind:counselor"></div></main>',
    ),
    'about/index.html': page('<main data-pagefind-body><h1>About</h1></main>'),
    ...(spanish
      ? {
          'es/articles/alianza/index.html': page(
            '<article data-pagefind-body><h1 data-pagefind-meta="title">¿Qué es la alianza?</h1>' +
              '<a data-pagefind-filter="topic">Lo básico de la terapia</a>' +
              '<div hidden data-pagefind-filter="kind:article"></div><p>La confianza crece.</p></article>',
            'es',
          ),
          'es/counselors/sam/index.html': page(
            '<main data-pagefind-body><h1>Sam</h1><div hidden data-pagefind-filter="kind:counselor"></div></main>',
            'es',
          ),
        }
      : {}),
  };
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('building the search index', () => {
  it('indexes only article and counselor pages that mark their body', async () => {
    const dir = site();
    const report = await buildSearchIndex(dir);
    expect(report.pages).toBe(2);
    expect(report.outputPath).toBe(path.join(dir, 'pagefind'));
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(fs.readdirSync(path.join(dir, 'pagefind/filter')).length).toBeGreaterThan(0);
    expect(report.bytes).toBeGreaterThan(0);
  });

  it('ships the JS API runtime and its worker, not the unused ready-made UIs', async () => {
    const dir = site();
    await buildSearchIndex(dir);
    const files = fs.readdirSync(path.join(dir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('wasm.en.pagefind');
    expect(files).toContain('pagefind-worker.js');
    expect(files.filter((f) => /ui|highlight|unknown/.test(f))).toEqual([]);
  });

  it('keeps one index per language, each with its own runtime and typo lexicon', async () => {
    const dir = site(true);
    const report = await buildSearchIndex(dir);
    expect(report.pages).toBe(4);
    const out = path.join(dir, 'pagefind');
    const entry = JSON.parse(fs.readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    expect(entry.languages['es']?.page_count).toBe(2);
    expect(fs.readdirSync(out)).toEqual(expect.arrayContaining(['wasm.en.pagefind', 'wasm.es.pagefind']));
    const lexicon = (file: string) =>
      JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as {
        words: string;
        filters: string[];
        pages: Record<string, number[]>;
      };
    const english = lexicon('words.json');
    const spanish = lexicon('words.es.json');
    expect(english.words.split(' ')).toContain('rapport');
    expect(english.words.split(' ')).not.toContain('confianza');
    expect(spanish.words.split(' ')).toEqual(expect.arrayContaining(['confianza', 'qué', 'alianza']));
    expect(spanish.words.split(' ')).not.toContain('rapport');
    expect(spanish.filters).toEqual(
      expect.arrayContaining(['topic:Lo básico de la terapia', 'kind:article', 'kind:counselor']),
    );
    expect(Object.keys(spanish.pages)).toHaveLength(2);
    expect(Object.keys(english.pages)).toHaveLength(2);
    for (const id of Object.keys(english.pages)) expect(spanish.pages[id]).toBeUndefined();
  });

  it('writes an empty lexicon for a language with no pages yet, so its search page finds nothing', async () => {
    const dir = site();
    await buildSearchIndex(dir);
    const spanish = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/words.es.json'), 'utf8')) as unknown;
    expect(spanish).toEqual({ words: '', filters: [], pages: {} });
  });

  it("fails with Pagefind's reason", async () => {
    await expect(buildSearchIndex(site(), '{articles')).rejects.toThrow(
      /Pagefind could not index .*did not parse as a valid glob/,
    );
  });

  it('fails when there is no built site', async () => {
    const missing = path.join(os.tmpdir(), 'alliance-search-missing');
    await expect(buildSearchIndex(missing)).rejects.toThrow(IndexingError);
    await expect(buildSearchIndex(missing)).rejects.toThrow(`no built site to index at ${missing}`);
  });
});

describe('the Astro integration', () => {
  const hook = pagefind().hooks['astro:build:done'] as (options: {
    dir: URL;
    logger: AstroIntegrationLogger;
  }) => Promise<void>;

  function logger() {
    const lines: string[] = [];
    const log = (line: string) => {
      lines.push(line);
    };
    return {
      lines,
      logger: { info: log, warn: log, error: log, debug: log } as unknown as AstroIntegrationLogger,
    };
  }

  it('indexes after the build and says how many pages, how fast and how big', async () => {
    const { lines, logger: log } = logger();
    await hook({ dir: pathToFileURL(site() + '/'), logger: log });
    expect(lines).toEqual([expect.stringMatching(/^pagefind: indexed 2 pages in \d+ ms, \d+ KB$/)]);
  });

  it('fails the build with the reason', async () => {
    const { logger: log } = logger();
    await expect(hook({ dir: pathToFileURL('/nonexistent/client/'), logger: log })).rejects.toThrow(
      /no built site to index/,
    );
  });
});

describe('how long Pagefind may take', () => {
  it('gives a bigger site more time before calling a step stuck', () => {
    expect(stepTimeoutMs(10)).toBeGreaterThanOrEqual(120_000);
    expect(stepTimeoutMs(5_000)).toBeGreaterThan(stepTimeoutMs(1_000));
    expect(stepTimeoutMs(5_000)).toBeGreaterThanOrEqual(5 * 60_000);
  });
});
