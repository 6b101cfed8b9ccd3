import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../../..');
/** The bundled dataset export. */
export const exportDir = path.join(root, 'content/sanity');
/** The bundled MDX articles. */
export const mdxDir = path.join(root, 'content/articles');
/** "Today" for the demo content: dates are checked against this, so the tests don't age. */
export const TODAY = new Date('2026-11-26T12:00:00Z');

/** A document from the export. */
export type Doc = Record<string, unknown> & { _id: string; _type: string };

/** Every document in the bundled export, in file order. */
export function exportDocs(): Doc[] {
  return readFileSync(path.join(exportDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc);
}

/** The documents of one type. */
export function ofType(docs: Doc[], type: string): Doc[] {
  return docs.filter((doc) => doc._type === type);
}

/** An MDX article: its file, frontmatter and body. */
export interface MdxFile {
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Every bundled MDX article. */
export function mdxFiles(): MdxFile[] {
  return readdirSync(mdxDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(mdxDir, file), 'utf8'));
      return { file, frontmatter, body: content };
    });
}

/** `{current}` of a slug field. */
export function slugOf(doc: Record<string, unknown>): string {
  const slug = doc['slug'];
  return typeof slug === 'object' && slug !== null ? String((slug as { current?: unknown }).current) : '';
}

/**
 * A document as `sanity dataset import` leaves it in a project: each `_sanityAsset` becomes a reference to the
 * uploaded image asset, whose id Sanity derives from the file (`image-<sha1>-<w>x<h>-<ext>`).
 */
export function asImported(doc: Doc): Doc {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === '_sanityAsset' && typeof child === 'string') {
        const file = path.basename(child);
        const ext = path.extname(file);
        out['asset'] = { _type: 'reference', _ref: `image-${file.slice(0, -ext.length)}-${ext.slice(1)}` };
      } else {
        out[key] = visit(child);
      }
    }
    return out;
  };
  return visit(doc) as Doc;
}

/** Where the Studio's own packages live (installed by CI and `npm run studio`, never needed by the site). */
export const studioModules = path.join(root, 'sanity/node_modules');

/** Whether the Studio's packages are installed; when not, says so once so the skipped tests are explained. */
export function studioInstalled(what: string): boolean {
  const installed =
    existsSync(path.join(studioModules, 'sanity')) &&
    existsSync(path.join(studioModules, '@sanity/validation'));
  if (!installed) console.warn(`Skipping ${what}: sanity/node_modules is missing (run "npm ci" in sanity/).`);
  return installed;
}

/**
 * What to add to the title of a suite that needs the Studio's packages: nothing when they are installed, else the
 * reason it is skipped, which the test report shows beside each skipped test.
 */
export function studioSkipReason(installed: boolean): string {
  return installed ? '' : ' (skipped: needs sanity/node_modules; run "npm ci" in sanity/)';
}

/** Imports a package from the Studio's node_modules by path, so the site's type-check never needs it. */
export async function studioImport<T>(specifier: string): Promise<T> {
  const entry = import.meta.resolve(specifier, pathToFileURL(path.join(studioModules, 'x.js')).href);
  return (await import(/* @vite-ignore */ entry)) as T;
}
