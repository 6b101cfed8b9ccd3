import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

// A small dataset with one article marked `seo.noIndex`, built into its own folder with its own Astro cache.
const OUT = path.resolve('.builds/reader-noindex');
const read = (file: string) => fs.readFileSync(path.join(OUT, 'client', file), 'utf8');

beforeAll(() => {
  buildIfStale({
    distDir: OUT,
    quiet: true,
    env: {
      ...process.env,
      SANITY_EXPORT: path.resolve('tests/fixtures/reader-noindex'),
      CONTENT_MDX_DIR: path.resolve('tests/fixtures/reader-noindex/no-mdx'),
      ASTRO_CACHE_DIR: path.resolve('.builds/reader-noindex-cache'),
    },
  });
}, 300_000);

describe('an article marked noIndex', () => {
  it('is built and readable, but tells search engines to leave it out', () => {
    const html = read('articles/hidden-article/index.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(read('articles/public-article/index.html')).not.toContain('noindex');
  });
  it('is left out of the sitemap and the RSS feed', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('/articles/public-article/</loc>');
    expect(sitemap).not.toContain('hidden-article');
    const rss = read('rss.xml');
    expect(rss).toContain('/articles/public-article/');
    expect(rss).not.toContain('hidden-article');
  });
  it('still appears in listings for people browsing the site', () => {
    expect(read('articles/index.html')).toContain('/articles/hidden-article/');
  });
  it('drafts are never built', () => {
    expect(fs.existsSync(path.join(OUT, 'client/articles/draft-article'))).toBe(false);
  });
});

describe('a site with only a couple of articles', () => {
  it('has one listing page and no pagination', () => {
    const html = read('articles/index.html');
    expect(html).not.toContain('aria-label="Pages"');
    expect(fs.existsSync(path.join(OUT, 'client/articles/page'))).toBe(false);
  });
  it('still fills related reading with the newest other article', () => {
    const html = read('articles/public-article/index.html');
    const related = html.slice(html.indexOf('id="related-heading"'));
    expect(related).toContain('/articles/hidden-article/');
  });
  it('uses the article link without a counselor when the author offers no consultation', () => {
    const html = read('articles/public-article/index.html');
    expect(html).toContain('href="/contact/?from=public-article"');
    expect(html).not.toContain('counselor=lee-park');
  });
});
