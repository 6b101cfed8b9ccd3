import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContentConfig } from '../../src/lib/sanity/content-config.ts';
import { loadEntries, type CollectionName, type LoadedEntry } from '../../src/lib/sanity/loader.ts';
import type { ReadEntryInfo } from '../../src/lib/sanity/mdx-articles.ts';
import { startGroqServer } from './groq-server.ts';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');
/** The small bundled fixture export (folder form). */
export const basicExport = path.join(root, 'tests/fixtures/datasets/basic');

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** The value, or a failed test saying what was missing. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

const ignore = (): void => undefined;

/** The basic fixture's documents. */
export function basicDocuments(): Doc[] {
  return readFileSync(path.join(basicExport, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc);
}

/** Writes an export folder (`data.ndjson` + the basic fixture's `images/`) holding `docs`; returns it. */
export function writeExport(docs: Doc[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-export-'));
  writeFileSync(path.join(dir, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  cpSync(path.join(basicExport, 'images'), path.join(dir, 'images'), { recursive: true });
  return dir;
}

/** The basic documents with some changed (`change` returns the new list). */
export function variant(change: (docs: Doc[]) => Doc[]): string {
  return writeExport(change(structuredClone(basicDocuments())));
}

// The real MDX entry type (frontmatter parser) registered by @astrojs/mdx, taken from its setup hook.
let mdxReader: Promise<ReadEntryInfo> | undefined;
export function realMdxReader(): Promise<ReadEntryInfo> {
  mdxReader ??= (async () => {
    const { default: mdx } = await import('@astrojs/mdx');
    let reader: ReadEntryInfo | undefined;
    const integration = mdx();
    const hook = integration.hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
    await hook({
      addContentEntryType: (type: { getEntryInfo: ReadEntryInfo }) => (reader = type.getEntryInfo),
      addPageExtension: ignore,
      addRenderer: ignore,
      updateConfig: ignore,
      config: { markdown: {}, root: new URL(`file://${root}/`) },
      logger: { info: ignore, warn: ignore, error: ignore, debug: ignore, fork: () => ({}) },
      command: 'build',
    });
    if (!reader) throw new Error('@astrojs/mdx registered no content entry type');
    return reader;
  })();
  return mdxReader;
}

/** What one load produced. */
export interface LoadResult {
  entries: LoadedEntry[];
  warnings: string[];
}

/** Which source a test loads through. */
export type SourceKind = 'export' | 'live';

/**
 * Loads a collection from an export folder, either directly (export source, groq-js) or through the
 * real `@sanity/client` talking HTTP to a local GROQ server holding the same content in import form.
 */
export async function load(
  kind: SourceKind,
  collection: CollectionName,
  options: {
    exportPath?: string;
    mdxDir?: string;
    now?: Date;
    imageDir?: string;
    env?: Record<string, string>;
  } = {},
): Promise<LoadResult & { requests?: number }> {
  const exportPath = options.exportPath ?? basicExport;
  const warnings: string[] = [];
  const imageDir = options.imageDir ?? path.join(os.tmpdir(), 'alliance-test-images');
  mkdirSync(imageDir, { recursive: true });
  const ctx = {
    now: options.now ?? new Date('2026-06-01T00:00:00Z'),
    warn: (m: string) => warnings.push(m),
    imageDir,
  };
  const mdxEnv = { CONTENT_MDX_DIR: options.mdxDir ?? path.join(root, 'tests/fixtures/mdx/none') };
  const readMdx = await realMdxReader();
  if (kind === 'export') {
    const config = readContentConfig({ SANITY_EXPORT: exportPath, ...mdxEnv, ...options.env }, root);
    return { entries: await loadEntries(collection, { config, root, ctx, readMdx }), warnings };
  }
  const server = await startGroqServer({ exportDir: exportPath });
  try {
    const config = readContentConfig(
      {
        SANITY_PROJECT_ID: 'fixture',
        SANITY_DATASET: 'production',
        SANITY_API_HOST: server.url,
        ...mdxEnv,
        ...options.env,
      },
      root,
    );
    const entries = await loadEntries(collection, { config, root, ctx, readMdx });
    return {
      entries,
      warnings,
      requests: server.requests.filter((r) => r.path.includes('/data/query/')).length,
    };
  } finally {
    await server.close();
  }
}
