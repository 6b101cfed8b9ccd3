import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { basicExport } from '../support/content-fixtures.ts';
import { startGroqServer, type GroqServer } from '../support/groq-server.ts';

// Real builds (each costs seconds on this machine), so facts are batched into two of them.

const TOKEN = 'sk-fixture-token-9f27c1d3e5';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

describe('a site built from the live API (fixture content, MDX beside it)', () => {
  let server: GroqServer;
  let build: BuildResult;
  const liveEnv = () => ({
    SANITY_PROJECT_ID: 'fixture',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: server.url,
    SANITY_TOKEN: TOKEN,
    CONTENT_MDX_DIR: 'tests/fixtures/mdx/basic',
  });
  const page = (route: string) =>
    readFileSync(path.join(build.outDir, 'client', route, 'index.html'), 'utf8');

  beforeAll(async () => {
    server = await startGroqServer({ exportDir: basicExport, token: TOKEN });
    build = await buildSite({ outDir: 'content-pipeline-live', env: liveEnv() });
  });
  afterAll(async () => {
    await server.close();
    rmSync(build.dir, { recursive: true, force: true });
  });

  test('the build succeeds and warns about dangling references naming both documents', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain(
      'article "article-dangling" refers to missing counselor "counselor-missing" (author); it is left out',
    );
  });

  test('a CMS article renders its title and Portable Text body with every custom block', () => {
    const html = page('articles/understanding-worry');
    expect(html).toMatch(/<h1[^>]*>Understanding worry<\/h1>/);
    expect(html).toContain('Worry, explained · Fixture Practice</title>');
    expect(html).toContain('Worry is &lt;script&gt;alert(1)&lt;/script&gt; normal.');
    expect(html).toContain('<h2 id="what-helps">What helps</h2>');
    expect(html).toContain('<h2 id="what-helps-1">What helps</h2>');
    expect(html).toContain('<p>Bad link text</p>');
    expect(html).not.toContain('javascript:');
    expect(html).toMatch(/role="note"[^>]*data-tone="tip"/);
    expect(html).toContain('Breathe slowly &amp; count.');
    expect(html).toContain('<legend class="text-xl font-semibold">Is counseling a fit?</legend>');
    expect(html).toContain('Want to talk?');
    expect(html).toContain('href="/contact/?from=understanding-worry');
    expect(html).toMatch(
      /<figure[^>]*>\s*<img[^>]+alt="Body image"[^>]*>\s*<figcaption[^>]*>A caption<\/figcaption>/,
    );
  });

  test('images are served from the site’s own origin, resized by the build', () => {
    const html = page('articles/understanding-worry');
    const srcs = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) {
      expect(src).toMatch(/^\/_astro\/[^/]+\.webp$/);
      expect(statSync(path.join(build.outDir, 'client', src)).size).toBeGreaterThan(0);
    }
    expect(html).toMatch(/<img[^>]+width="80"[^>]+height="60"|<img[^>]+height="60"/);
    // Nothing on any page points at the API host the content came from.
    for (const file of filesUnder(path.join(build.outDir, 'client'))) {
      if (/\.(html|js|css|json|xml)$/.test(file))
        expect(readFileSync(file, 'utf8')).not.toContain(server.url);
    }
  });

  test('an MDX article renders title, body and the same blocks as components', () => {
    const html = page('articles/sleep-and-worry');
    expect(html).toMatch(/<h1[^>]*>Sleep and worry<\/h1>/);
    expect(html).toContain('Lying awake with a busy mind is common.');
    expect(html).toContain('A wind-down routine');
    expect(html).toMatch(/role="note"[^>]*data-tone="tip"/);
    expect(html).toContain('Keep a notepad by the bed &amp; write the worry down.');
    expect(html).toContain('Is counseling a fit?');
    expect(html).toContain('Questions about sleep?');
    expect(html).toContain('href="/contact/?from=sleep-and-worry');
  });

  test('future-dated articles and drafts are not built', () => {
    const articles = path.join(build.outDir, 'client/articles');
    const built = readdirSync(articles, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'page')
      .map((d) => d.name)
      .sort();
    expect(built).toEqual(
      expect.arrayContaining(['grief-at-work', 'sleep-and-worry', 'understanding-worry']),
    );
    for (const hidden of ['not-yet', 'later', 'draft-worry', 'release-worry'])
      expect(built).not.toContain(hidden);
  });

  test('a second load with nothing changed rewrites no entry (digests)', async () => {
    const again = await buildSite({
      outDir: 'content-pipeline-live',
      keep: true,
      command: 'sync',
      env: liveEnv(),
    });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/\[sanity-articles\] 3 from .*: 0 written, 3 unchanged, 0 removed/);
    expect(again.output).toMatch(/\[sanity-counselors\] 2 from .*: 0 written, 2 unchanged, 0 removed/);
  });

  test('the read token never reaches dist/client', () => {
    for (const file of filesUnder(path.join(build.outDir, 'client'))) {
      expect(readFileSync(file).includes(TOKEN), file).toBe(false);
    }
    expect(server.requests.some((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});

describe('a slug used twice', () => {
  test('fails the build naming both articles', async () => {
    const build = await buildSite({
      outDir: 'content-pipeline-clash',
      env: { SANITY_EXPORT: 'tests/fixtures/datasets/basic', CONTENT_MDX_DIR: 'tests/fixtures/mdx/clash' },
    });
    rmSync(build.dir, { recursive: true, force: true });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'article "tests/fixtures/mdx/clash/understanding-worry.mdx" (MDX): slug "understanding-worry" is already used by article "article-worry" (Sanity)',
    );
  });
});
