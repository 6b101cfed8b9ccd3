import { describe, expect, test } from 'vitest';
import type { CollectionName } from '../../../src/lib/sanity/loader.ts';
import { load } from '../../support/content-fixtures.ts';
import { exportDir, exportDocs, mdxDir, mdxFiles, ofType, TODAY } from './bundle.ts';

// The site's own content pipeline (GROQ queries, normalization, zod schemas) over the bundled export and MDX
// articles, exactly as a build reads them: every document must pass, with no warnings.

const docs = exportDocs();
const expected: Record<CollectionName, number> = {
  siteSettings: ofType(docs, 'siteSettings').length,
  topics: ofType(docs, 'topic').length,
  counselors: ofType(docs, 'counselor').length,
  checklists: ofType(docs, 'fitChecklist').length,
  articles: ofType(docs, 'article').length + mdxFiles().length,
};

describe("the site's content pipeline accepts every bundled document", () => {
  test.each(Object.entries(expected) as [CollectionName, number][])(
    '%s: all %i entries load without warnings',
    async (collection, count) => {
      const { entries, warnings } = await load('export', collection, {
        exportPath: exportDir,
        mdxDir,
        now: TODAY,
      });
      expect(warnings).toEqual([]);
      expect(entries).toHaveLength(count);
    },
  );

  test('the flagship keeps its checklist (resolved) and its closing call to action', async () => {
    const { entries } = await load('export', 'articles', { exportPath: exportDir, mdxDir, now: TODAY });
    const flagship = entries.find((e) => e.id === 'what-is-the-therapeutic-alliance')?.data;
    const body = (flagship?.['body'] ?? []) as Record<string, unknown>[];
    const embed = body.find((b) => b['_type'] === 'checklistEmbed');
    expect(JSON.stringify(embed)).toContain('I feel comfortable and respected.');
    expect(body.at(-1)?.['_type']).toBe('consultationCta');
    expect(flagship?.['reviewedBy']).toMatchObject({ slug: 'ruth-abernathy' });
  });

  test('the MDX article joins the collection with its counselors and topics resolved', async () => {
    const { entries } = await load('export', 'articles', { exportPath: exportDir, mdxDir, now: TODAY });
    const mdx = entries.find((e) => e.id === 'paying-for-therapy');
    expect(mdx?.filePath).toBe('content/articles/paying-for-therapy.mdx');
    expect(mdx?.data).toMatchObject({
      source: 'mdx',
      reviewedBy: { slug: 'maya-lindqvist' },
      topics: [{ slug: 'starting-therapy' }],
    });
  });
});
