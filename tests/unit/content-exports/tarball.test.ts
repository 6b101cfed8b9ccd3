import os from 'node:os';
import { describe, expect, test } from 'vitest';
import type { CollectionName } from '../../../src/lib/sanity/loader.ts';
import { load } from '../../support/content-fixtures.ts';
import { writeSeededShapeExport, writeStudioShapeExport } from '../../support/real-shape-exports.ts';

// Tarballs shaped like `sanity dataset export` output, read the way a build reads them: every collection's loader
// at once.

const collections: CollectionName[] = ['siteSettings', 'topics', 'counselors', 'checklists', 'articles'];

describe('a fresh export tarball', () => {
  test('every collection loads at once from it (one extraction, shared)', async () => {
    const fixture = await writeStudioShapeExport(os.tmpdir());
    try {
      const results = await Promise.all(
        collections.map((c) => load('export', c, { exportPath: fixture.tarball })),
      );
      const [settings, topics, counselors, , articles] = results;
      expect(settings?.entries.map((e) => e.id)).toEqual(['siteSettings']);
      expect(topics?.entries.map((e) => e.id)).toEqual(['change']);
      expect(counselors?.entries.map((e) => e.id)).toEqual(['rae-moreno']);
      // The draft stays out; so do system documents and types the site does not have.
      const [article] = articles?.entries ?? [];
      expect(articles?.entries).toHaveLength(1);
      expect(article?.data['title']).toBe('Coping with change');
      // assets.json gives the images their blurred previews.
      expect((article?.data['mainImage'] as { placeholder?: { kind: string } }).placeholder?.kind).toBe(
        'lqip',
      );
      expect(articles?.warnings).toEqual([
        expect.stringMatching(
          /^article "[0-9a-f-]{36}" has a body\[8\] of unknown type "code"; it is left out$/,
        ),
      ]);
    } finally {
      fixture.remove();
    }
  });

  test('an older export without assets.json: untyped crops, slug sources, long keys', async () => {
    const fixture = await writeSeededShapeExport(os.tmpdir());
    try {
      const { entries, warnings } = await load('export', 'articles', { exportPath: fixture.tarball });
      expect(entries.map((e) => e.id).sort()).toEqual(['coping-with-change', 'when-grief-visits']);
      const main = entries.find((e) => e.id === 'coping-with-change')?.data['mainImage'] as {
        width: number;
        height: number;
        placeholder?: unknown;
      };
      // The crop took 20% off the right of a 1200 × 800 image; no metadata, so no placeholder.
      expect([main.width, main.height]).toEqual([960, 800]);
      expect(main.placeholder).toBeUndefined();
      expect(warnings).toContain(
        'article "article_when-grief-visits" has a body[2].body[1] of unknown type "table"; it is left out',
      );
    } finally {
      fixture.remove();
    }
  });
});
