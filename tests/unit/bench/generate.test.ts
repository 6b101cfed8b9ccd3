import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset, writeDataset, type GeneratedDocument } from '../../../bench/generate.ts';
import { readContentConfig } from '../../../src/lib/sanity/content-config.ts';
import { loadEntries, type CollectionName } from '../../../src/lib/sanity/loader.ts';

const root = path.resolve(import.meta.dirname, '../../..');

type Block = Record<string, unknown> & { _type: string; style?: string; listItem?: string };

const articles = (docs: GeneratedDocument[]) => docs.filter((doc) => doc._type === 'article');
const bodyOf = (doc: GeneratedDocument) => doc['body'] as Block[];
const textOf = (block: Block) =>
  ((block['children'] as { text: string }[] | undefined) ?? []).map((child) => child.text).join('');
const wordCount = (doc: GeneratedDocument) =>
  bodyOf(doc).map(textOf).join(' ').split(/\s+/).filter(Boolean).length;

/** Every `_key` in arrays of objects, per document: Sanity requires them, unique within the document. */
function keysOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const key = (item as Record<string, unknown>)['_key'];
        if (typeof key === 'string') found.push(key);
        else if ((item as Record<string, unknown>)['_type'] !== 'reference') found.push('(missing)');
      }
      keysOf(item, found);
    }
  } else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) keysOf(child, found);
  }
  return found;
}

describe('the benchmark dataset generator', () => {
  it('gives identical output for the same seed, and other output for another seed', () => {
    const a = JSON.stringify(generateDataset({ articles: 30 }));
    expect(JSON.stringify(generateDataset({ articles: 30 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ articles: 30, seed: 7 }))).not.toBe(a);
  });

  it('keeps article i the same in every set size, so small sets are prefixes of large ones', () => {
    const small = articles(generateDataset({ articles: 20 }).documents);
    const large = articles(generateDataset({ articles: 60 }).documents);
    expect(large.slice(0, 20)).toEqual(small);
  });

  it('writes articles of about 900 words with h2 and h3 headings, bullet lists, callouts and some checklists', () => {
    const data = generateDataset({ articles: 50 });
    const docs = articles(data.documents);
    expect(docs).toHaveLength(50);
    for (const doc of docs) {
      expect(wordCount(doc)).toBeGreaterThanOrEqual(850);
      expect(wordCount(doc)).toBeLessThan(1150);
      const body = bodyOf(doc);
      expect(body.some((b) => b.style === 'h2')).toBe(true);
      expect(body.some((b) => b.listItem === 'bullet')).toBe(true);
    }
    const all = docs.flatMap(bodyOf);
    expect(all.some((b) => b.style === 'h3')).toBe(true);
    expect(all.filter((b) => b._type === 'callout').length).toBeGreaterThan(10);
    expect(data.checklistSlugs).toHaveLength(4);
    expect(all.filter((b) => b._type === 'checklistEmbed')).toHaveLength(4);
  });

  it('gives every array member a _key, unique within its document', () => {
    for (const doc of generateDataset({ articles: 20 }).documents) {
      const keys = keysOf(doc);
      expect(keys, doc._id).not.toContain('(missing)');
      expect(new Set(keys).size, doc._id).toBe(keys.length);
    }
  });

  it('writes the same headings, paragraphs and list items as Markdown for the bare site', () => {
    const data = generateDataset({ articles: 5 });
    for (const [i, doc] of articles(data.documents).entries()) {
      const md = data.markdown[i]?.text ?? '';
      const body = bodyOf(doc);
      expect(md.match(/^## /gm)?.length).toBe(body.filter((b) => b.style === 'h2').length);
      expect(md.match(/^### /gm)?.length ?? 0).toBe(body.filter((b) => b.style === 'h3').length);
      expect(md.match(/^- /gm)?.length).toBe(body.filter((b) => b.listItem === 'bullet').length);
      expect(md).toContain(`title: ${JSON.stringify(doc['title'])}`);
      for (const block of body.filter((b) => b.style === 'h2')) expect(md).toContain(`## ${textOf(block)}\n`);
    }
  });

  it('is content the real loader accepts: every rule passes and every reference resolves', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'alliance-generate-'));
    try {
      const written = await writeDataset(dir, { articles: 40 });
      const config = readContentConfig(
        { SANITY_EXPORT: written.exportDir, CONTENT_MDX_DIR: written.emptyMdxDir },
        root,
      );
      const warnings: string[] = [];
      const ctx = {
        now: new Date(),
        warn: (m: string) => warnings.push(m),
        imageDir: path.join(dir, 'images'),
      };
      const counts: Partial<Record<CollectionName, number>> = {};
      for (const collection of ['siteSettings', 'topics', 'counselors', 'checklists', 'articles'] as const) {
        counts[collection] = (await loadEntries(collection, { config, root, ctx })).length;
      }
      expect(counts).toEqual({ siteSettings: 1, topics: 12, counselors: 8, checklists: 1, articles: 40 });
      expect(warnings).toEqual([]);
      const names = await fs.readdir(written.markdownDir);
      expect(names).toHaveLength(40);
      expect(await fs.readdir(written.emptyMdxDir)).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
