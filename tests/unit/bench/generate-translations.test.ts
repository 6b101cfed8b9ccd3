import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateDataset,
  isTranslated,
  writeDataset,
  type GeneratedDocument,
} from '../../../bench/generate.ts';
import { readContentConfig } from '../../../src/lib/sanity/content-config.ts';
import { loadEntries, type CollectionName } from '../../../src/lib/sanity/loader.ts';

const root = path.resolve(import.meta.dirname, '../../..');

const ofType = (docs: GeneratedDocument[], type: string) => docs.filter((doc) => doc._type === type);
const spanish = (docs: GeneratedDocument[]) => docs.filter((doc) => doc['language'] === 'es');
const refsOf = (group: GeneratedDocument) =>
  (
    group['translations'] as { _key: string; language: string; value: { _ref: string; _weak: boolean } }[]
  ).map((t) => [t._key, t.language, t.value._ref, t.value._weak]);

describe('the benchmark generator with Spanish translations', () => {
  it('leaves the English-only dataset byte for byte as it was, and puts the Spanish side after it', () => {
    const english = generateDataset({ articles: 30 });
    const both = generateDataset({ articles: 30, spanish: 0.5 });
    expect(both.documents.slice(0, english.documents.length)).toEqual(english.documents);
    expect(both.markdown).toEqual(english.markdown);
    expect(JSON.stringify(generateDataset({ articles: 30, spanish: 0.5 }))).toBe(JSON.stringify(both));
    expect(generateDataset({ articles: 30, spanish: 0 }).spanishSlugs).toEqual([]);
  });

  it('translates the given share of the articles, spread evenly and the first one always', () => {
    const both = generateDataset({ articles: 40, spanish: 0.5 });
    expect(both.spanishSlugs).toHaveLength(20);
    expect(isTranslated(0, 0.5)).toBe(true);
    expect(isTranslated(1, 0.5)).toBe(false);
    expect(generateDataset({ articles: 40, spanish: 0.25 }).spanishSlugs).toHaveLength(10);
    expect(generateDataset({ articles: 40, spanish: 1 }).spanishSlugs).toHaveLength(40);
    // Article i's translation is the same in every set size.
    const small = spanish(ofType(generateDataset({ articles: 10, spanish: 0.5 }).documents, 'article'));
    expect(spanish(ofType(both.documents, 'article')).slice(0, small.length)).toEqual(small);
  });

  it('joins each translation to its English document with one translation.metadata of weak references', () => {
    const { documents } = generateDataset({ articles: 20, spanish: 0.5 });
    const byId = new Map(documents.map((doc) => [doc._id, doc]));
    const groups = ofType(documents, 'translation.metadata');
    // 12 topics, 8 counselors, one checklist and 10 articles; site settings are joined by their ids instead.
    expect(groups).toHaveLength(12 + 8 + 1 + 10);
    for (const group of groups) {
      const [en, es] = refsOf(group);
      expect(en?.slice(0, 2)).toEqual(['en', 'en']);
      expect(es?.slice(0, 2)).toEqual(['es', 'es']);
      const english = byId.get(String(en?.[2]));
      const translation = byId.get(String(es?.[2]));
      expect(english?.['language']).toBeUndefined();
      expect(translation?.['language']).toBe('es');
      expect(group['schemaTypes']).toEqual([english?._type]);
      expect(translation?._type).toBe(english?._type);
      expect(en?.[3] && es?.[3]).toBe(true);
    }
    expect(byId.get('siteSettings-es')?.['language']).toBe('es');
    // A Spanish counselor holds text only: its facts stay on the English document.
    for (const counselor of spanish(ofType(documents, 'counselor'))) {
      expect(Object.keys(counselor)).not.toContain('name');
      expect(Object.keys(counselor)).not.toContain('slug');
      expect(Object.keys(counselor)).toContain('bio');
    }
  });

  it('is content the real loader accepts in both languages, translations linked and no warning', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'alliance-generate-es-'));
    try {
      const written = await writeDataset(dir, { articles: 40, spanish: 0.5 });
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
      const loaded: Partial<Record<CollectionName, Awaited<ReturnType<typeof loadEntries>>>> = {};
      for (const collection of ['siteSettings', 'topics', 'counselors', 'checklists', 'articles'] as const) {
        loaded[collection] = await loadEntries(collection, { config, root, ctx });
      }
      const count = (collection: CollectionName, language: string) =>
        (loaded[collection] ?? []).filter((e) => (e.data['language'] ?? 'en') === language).length;
      expect(
        Object.fromEntries(
          (['siteSettings', 'topics', 'counselors', 'checklists', 'articles'] as const).map((c) => [
            c,
            [count(c, 'en'), count(c, 'es')],
          ]),
        ),
      ).toEqual({
        siteSettings: [1, 1],
        topics: [12, 12],
        counselors: [8, 8],
        checklists: [1, 1],
        articles: [40, 20],
      });
      expect(warnings).toEqual([]);
      const first = (loaded.articles ?? []).find((e) => e.id === written.firstSlug);
      const firstSpanish = written.spanishSlugs[0] ?? '';
      expect(first?.data['translations']).toEqual({ es: firstSpanish });
      const translation = (loaded.articles ?? []).find((e) => e.id === `es/${firstSpanish}`);
      expect(translation?.data['translations']).toEqual({ en: written.firstSlug });
      expect(
        (loaded.counselors ?? []).find((e) => e.id === `es/${written.counselorSlugs[0] ?? ''}`),
      ).toBeDefined();
      // The bare site stays English.
      expect(await fs.readdir(written.markdownDir)).toHaveLength(40);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
