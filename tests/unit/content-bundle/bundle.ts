import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
