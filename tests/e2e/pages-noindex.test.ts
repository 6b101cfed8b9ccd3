import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';

// A small dataset with one article marked `seo.noIndex`, built into its own folder from its own root.
let build: BuildResult;
const read = (file: string) => fs.readFileSync(path.join(build.outDir, 'client', file), 'utf8');

beforeAll(async () => {
  build = await buildSite({
    outDir: 'reader-noindex',
    env: {
      SANITY_EXPORT: 'tests/fixtures/reader-noindex',
      CONTENT_MDX_DIR: 'tests/fixtures/reader-noindex/no-mdx',
    },
  });
  expect(build.code, build.output).toBe(0);
}, 300_000);

afterAll(() => {
  fs.rmSync(build.dir, { recursive: true, force: true });
});

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
    expect(fs.existsSync(path.join(build.outDir, 'client/articles/draft-article'))).toBe(false);
  });
});

describe('a site with only a couple of articles', () => {
  it('has one listing page and no pagination', () => {
    const html = read('articles/index.html');
    expect(html).not.toContain('aria-label="Pages"');
    expect(fs.existsSync(path.join(build.outDir, 'client/articles/page'))).toBe(false);
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
