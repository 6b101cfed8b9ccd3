import { describe, expect, it } from 'vitest';
import { articleJsonLd, organizationJsonLd } from '../../../src/lib/reader/json-ld.ts';
import { relatedArticles } from '../../../src/lib/reader/related.ts';
import { fullTitle, metaDescription, serializeJsonLd } from '../../../src/lib/reader/seo.ts';

const article = (slug: string, day: number, topics: string[]) => ({
  slug,
  publishedAt: new Date(Date.UTC(2026, 0, day)),
  topics: topics.map((t) => ({ slug: t })),
});

describe('related articles', () => {
  const self = article('self', 10, ['anxiety', 'sleep']);
  const grief = article('none-newest', 20, ['grief']);
  const all = [
    self,
    article('both-old', 1, ['anxiety', 'sleep']),
    article('one-new', 9, ['sleep']),
    article('one-newer', 12, ['anxiety']),
    grief,
    article('none-old', 2, []),
  ];
  it('ranks shared topics first, then recency, never the article itself', () => {
    expect(relatedArticles(all, self).map((a) => a.slug)).toEqual(['both-old', 'one-newer', 'one-new']);
  });
  it('fills with the newest others when few share a topic', () => {
    expect(relatedArticles(all, grief).map((a) => a.slug)).toEqual(['one-newer', 'self', 'one-new']);
  });
  it('reads each article once per list, not once per page, at 1,000 articles (one index per list)', () => {
    let reads = 0;
    const many = Array.from({ length: 1000 }, (_, i) => {
      const topics = [`t${i % 7}`, `t${i % 11}`].map((t) => ({ slug: t }));
      return {
        slug: `a${i}`,
        publishedAt: new Date(Date.UTC(2026, 0, i % 28)),
        get topics() {
          reads += 1;
          return topics;
        },
      };
    });
    for (const a of many) expect(relatedArticles(many, a)).toHaveLength(3);
    // Building the index reads every article's topics a few times; each page then reads its own. Rescanning the
    // list for every page would read them a million times.
    expect(reads).toBeLessThan(10 * many.length);
  });
});

describe('what search engines and link previews read', () => {
  it('titles pages with the practice name', () => {
    expect(fullTitle('Grief', 'Abide')).toBe('Grief · Abide');
    expect(fullTitle(undefined, 'Abide')).toBe('Abide');
  });
  it('prefers the SEO description, else the excerpt, and keeps it short', () => {
    expect(metaDescription(undefined, '  An excerpt. ')).toBe('An excerpt.');
    expect(metaDescription('SEO text', 'excerpt')).toBe('SEO text');
    const long = metaDescription('word '.repeat(60)) ?? '';
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('…')).toBe(true);
  });
  it('escapes < in JSON-LD so a title can never end the script', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
  it('describes an article with author, reviewer and dates', () => {
    const data = articleJsonLd({
      site: 'https://example.org',
      inLanguage: 'en-US',
      profile: (slug) => `/counselors/${slug}/`,
      siteName: 'Abide',
      url: 'https://example.org/articles/x/',
      title: 'X',
      description: 'd',
      publishedAt: new Date('2026-01-02T00:00:00Z'),
      author: { name: 'A B', slug: 'a-b', credentials: 'LPC' },
      reviewedBy: { name: 'C D', slug: 'c-d' },
      reviewedAt: '2026-01-05',
      topics: ['Anxiety'],
    }) as Record<string, unknown>;
    expect(data['@type']).toBe('Article');
    expect(data['datePublished']).toBe('2026-01-02T00:00:00.000Z');
    expect(data['dateModified']).toBe('2026-01-02T00:00:00.000Z');
    expect(data['author']).toMatchObject({
      '@type': 'Person',
      name: 'A B',
      url: 'https://example.org/counselors/a-b/',
    });
    expect(data['reviewedBy']).toMatchObject({ name: 'C D' });
    expect(data['lastReviewed']).toBe('2026-01-05');
  });
  it('describes the practice as an organization', () => {
    const data = organizationJsonLd({ name: 'Abide', url: 'https://example.org/', address: 'A St\nTown' });
    expect(data).toMatchObject({ name: 'Abide', address: 'A St, Town' });
  });
});

describe('former slugs', () => {
  it('redirect to the current page, unless the old slug is live or claimed twice', async () => {
    const { redirectPaths } = await import('../../../src/lib/reader/redirects.ts');
    const warnings: string[] = [];
    const redirects = redirectPaths(
      [
        { slug: 'new', previousSlugs: ['old', 'old', 'new', 'taken', 'shared'] },
        { slug: 'taken', previousSlugs: [] },
        { slug: 'other', previousSlugs: ['shared'] },
      ],
      (m) => warnings.push(m),
    );
    expect(redirects).toEqual([{ from: 'old', to: '/articles/new/' }]);
    expect(warnings).toHaveLength(2);
  });
});
