import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import {
  writeSeededShapeExport,
  writeStudioShapeExport,
  type RealShapeExport,
} from '../support/real-shape-exports.ts';

// Builds tarballs shaped like real `sanity dataset export` output (tests/support/real-shape-exports.ts) and checks
// every article page: its title, every image (alt text, served from the site's own origin) and every link.

const root = path.resolve(import.meta.dirname, '../..');

const tags = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe.each([
  ['studio', writeStudioShapeExport],
  ['seeded', writeSeededShapeExport],
] as const)('a %s-shaped export tarball', (_name, write) => {
  let fixture: RealShapeExport;
  let build: BuildResult;
  const client = () => path.join(build.outDir, 'client');

  beforeAll(async () => {
    fixture = await write(path.join(root, '.builds'));
    build = await buildSite({
      outDir: `content-real-${fixture.name}`,
      env: { SANITY_EXPORT: fixture.tarball, CONTENT_MDX_DIR: 'tests/fixtures/mdx/none' },
    });
  });
  afterAll(() => {
    fixture.remove();
    rmSync(build.dir, { recursive: true, force: true });
  });

  test('builds, warning about each block type the site does not know', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(/has a body\[8\] of unknown type "code"; it is left out/);
    if (fixture.name === 'seeded') {
      expect(build.output).toContain(
        'article "article_when-grief-visits" has a body[1] of unknown type "youtube"; it is left out',
      );
      expect(build.output).toContain(
        'article "article_when-grief-visits" has a body[2].body[1] of unknown type "table"; it is left out',
      );
    }
  });

  test('every published article has a page, and nothing else does (drafts and other types stay out)', () => {
    const built = readdirSync(path.join(client(), 'articles'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'page')
      .map((d) => d.name)
      .sort();
    expect(built).toEqual(fixture.articles.map((a) => a.slug).sort());
  });

  test('every article page: its title, its images with alt text from the site’s own origin, working links', () => {
    for (const article of fixture.articles) {
      const html = readFileSync(path.join(client(), 'articles', article.slug, 'index.html'), 'utf8');
      expect(html).toMatch(
        new RegExp(`<h1[^>]*>${article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
      );
      expect(html).not.toContain('(draft)');
      const images = tags(html, 'img');
      for (const alt of article.alts) {
        const image = images.find((t) => attr(t, 'alt') === alt);
        expect(image, `${article.slug}: image "${alt}"`).toBeDefined();
      }
      for (const image of images) {
        const src = attr(image, 'src') ?? '';
        if (src.startsWith('data:')) {
          // A placeholder under an image: decorative, hidden from assistive technology.
          expect(attr(image, 'alt')).toBe('');
          expect(image).toContain('aria-hidden="true"');
          continue;
        }
        expect(attr(image, 'alt'), `${article.slug}: ${src} has alt text`).toBeTruthy();
        expect(src).toMatch(/^\/_astro\//);
        expect(existsSync(path.join(client(), src)), src).toBe(true);
      }
      const ids = new Set(
        tags(html, '[a-z0-9]+')
          .map((t) => attr(t, 'id'))
          .filter(Boolean),
      );
      for (const anchor of tags(html, 'a')) {
        const href = attr(anchor, 'href') ?? '';
        expect(href, `${article.slug}: a link with an address`).not.toBe('');
        if (href.startsWith('#')) expect(ids.has(href.slice(1)), `${article.slug}: ${href}`).toBe(true);
        else if (href.startsWith('/')) {
          const [pathname = ''] = href.split(/[?#]/);
          // A built page, or a route the server renders (the contact form).
          const route = pathname.replace(/\/$/, '');
          const found = [
            path.join(client(), pathname, 'index.html'),
            path.join(client(), pathname),
            path.join(root, 'src/pages', route, 'index.astro'),
            path.join(root, 'src/pages', `${route}.astro`),
          ].some((candidate) => existsSync(candidate));
          expect(found, `${article.slug}: ${href} is a page`).toBe(true);
        } else expect(href).toMatch(/^(https:|mailto:|tel:|sms:)/);
      }
    }
  });

  test('the body renders as the Studio stored it: marks, links, nested lists, quote', () => {
    const html = readFileSync(path.join(client(), 'articles', 'coping-with-change', 'index.html'), 'utf8');
    expect(html).toContain(
      '<p>Change can feel <strong>heavy</strong>, even when it is <em>welcome</em>.</p>',
    );
    expect(html).toContain('<a href="https://example.org/guide" rel="noopener noreferrer">guide</a>');
    expect(html).toContain('<a href="#small-steps">start here</a>');
    expect(html).toContain('<h2 id="small-steps">Small steps</h2>');
    expect(html).toContain(
      '<ul><li>Name one thing that changed<ol><li>Write it down</li><li>Say it to someone</li></ol></li><li>Rest when you can</li></ul>',
    );
    expect(html).toContain('<blockquote>It is fine to ask for help early.</blockquote>');
    expect(html).toContain('<p>Strike the word <del>should</del> and keep the <u>kind</u> words.</p>');
    expect(html).not.toContain('breathe();');
  });
});
