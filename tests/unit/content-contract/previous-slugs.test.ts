import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../sanity/schemaTypes/rules/index.ts';
import { load, realMdxReader, variant } from '../../support/content-fixtures.ts';

// A former slug becomes a redirect at /articles/<old>/: it follows the slug rule everywhere, so a hostile or
// mistyped one fails the build naming the document and the field, instead of a TypeError from the router.

const hostile = ['x"><script>alert(1)</script>', '//evil.example', 'Old Address', 'a/../b', ''];

describe('former slugs are checked like slugs', () => {
  test.each(['export', 'live'] as const)(
    '%s: each bad former slug fails the load, naming _id and field',
    async (kind) => {
      const dir = variant((docs) =>
        docs.map((doc) =>
          doc._id === 'article-worry' ? { ...doc, previousSlugs: ['worry-basics', ...hostile] } : doc,
        ),
      );
      const error = await load(kind, 'articles', { exportPath: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      const message = (error as Error).message;
      hostile.forEach((_, index) => {
        expect(message).toContain(
          `article "article-worry": previousSlugs[${index + 1}] must be lowercase letters, numbers and single hyphens`,
        );
      });
      expect(message).not.toContain('previousSlugs[0]');
    },
  );

  test('good former slugs still load', async () => {
    const dir = variant((docs) =>
      docs.map((doc) =>
        doc._id === 'article-worry' ? { ...doc, previousSlugs: ['worry-basics', 'worry-101'] } : doc,
      ),
    );
    const { entries } = await load('export', 'articles', { exportPath: dir });
    const worry = entries.find((e) => e.id === 'understanding-worry');
    expect(worry?.data['previousSlugs']).toEqual(['worry-basics', 'worry-101']);
  });

  test('an MDX article’s former slugs follow the same rule', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-mdx-'));
    writeFileSync(
      path.join(dir, 'moved.mdx'),
      '---\ntitle: Moved\nslug: moved\nexcerpt: It moved.\npublishedAt: 2026-01-01\npreviousSlugs:\n  - "//evil.example"\n---\n\nText.\n',
    );
    await realMdxReader();
    await expect(load('export', 'articles', { mdxDir: dir })).rejects.toThrow(
      /article ".*moved\.mdx": previousSlugs\[0\] must be lowercase/,
    );
  });

  test('the Studio refuses the same former slugs, naming the field', () => {
    const problems = checkDocument({
      _id: 'article-worry',
      _type: 'article',
      title: 'T',
      slug: { current: 'understanding-worry' },
      excerpt: 'E',
      publishedAt: '2026-01-01T00:00:00Z',
      previousSlugs: ['worry-basics', ...hostile],
    }).filter((p) => p.path.startsWith('previousSlugs'));
    expect(problems.map((p) => p.path)).toEqual(hostile.map((_, index) => `previousSlugs[${index + 1}]`));
    expect(problems.every((p) => p.level === 'error')).toBe(true);
  });
});
