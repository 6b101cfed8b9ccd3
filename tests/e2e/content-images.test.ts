import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_SOURCE_SIDE } from '../../src/lib/sanity/images.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { writeGeneratedExport, type GeneratedExport } from '../support/generated-export.ts';

// Real builds of an export generated here: one image of every format a Studio accepts, blocks the site does not
// know at two depths, and (in a second build) a 6,000 × 4,000 photo, with each build's peak memory measured.

const root = path.resolve(import.meta.dirname, '../..');
const preload = path.join(root, 'bench/maxrss-preload.mjs');

/** A build with its peak resident memory (MB), read by bench/maxrss-preload.mjs. */
async function measuredBuild(
  name: string,
  exportDir: string,
): Promise<{ build: BuildResult; peakMB: number }> {
  const report = path.join(root, '.builds', `${name}-${process.pid}.maxrss.json`);
  const build = await buildSite({
    outDir: name,
    env: {
      SANITY_EXPORT: exportDir,
      CONTENT_MDX_DIR: 'tests/fixtures/mdx/none',
      NODE_OPTIONS: `--import=${preload}`,
      BENCH_MAXRSS_FILE: report,
    },
  });
  const { maxRSS } = JSON.parse(readFileSync(report, 'utf8')) as { maxRSS: number };
  rmSync(report, { force: true });
  return { build, peakMB: Math.round(maxRSS / 1024) };
}

const imgTags = (html: string) => [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('an export with one image of every format', () => {
  let generated: GeneratedExport;
  let plain: { build: BuildResult; peakMB: number } | undefined;
  let large: { build: BuildResult; peakMB: number } | undefined;
  const done = (b: typeof plain) => {
    if (!b) throw new Error('the build did not run');
    return b;
  };
  const client = (b: BuildResult) => path.join(b.outDir, 'client');
  const page = (b: BuildResult, route: string) =>
    readFileSync(path.join(client(b), route, 'index.html'), 'utf8');

  beforeAll(async () => {
    generated = await writeGeneratedExport(path.join(root, '.builds'));
    plain = await measuredBuild('content-images', generated.dir);
    // The same export plus a 6,000 × 4,000 JPEG of about 25 MB in the article body.
    const withLarge = await writeGeneratedExport(path.join(root, '.builds'), { large: true });
    try {
      large = await measuredBuild('content-images-large', withLarge.dir);
    } finally {
      withLarge.remove();
    }
  });
  afterAll(() => {
    generated.remove();
    for (const b of [plain, large]) if (b) rmSync(b.build.dir, { recursive: true, force: true });
  });

  test('the build succeeds, leaving out unknown blocks at both depths with their stored positions', () => {
    expect(done(plain).build.code, done(plain).build.output).toBe(0);
    expect(done(plain).build.output).toContain(
      'article "article-formats" has a body[1] of unknown type "videoEmbed"; it is left out',
    );
    expect(done(plain).build.output).toContain(
      'article "article-formats" has a body[11].body[1] of unknown type "table"; it is left out',
    );
  });

  test('every image shows with its alt text, from the site’s own origin, in a format its name says', async () => {
    const html = page(done(plain).build, 'articles/every-kind-of-picture');
    const tags = imgTags(html);
    for (const image of generated.images) {
      const tag = tags.find((t) => attr(t, 'alt') === `The ${image.name} test image`);
      expect(tag, `${image.name} is on the page`).toBeDefined();
      const src = attr(tag ?? '', 'src') ?? '';
      expect(src).toMatch(/^\/_astro\/[^/]+\.(webp|svg)$/);
      const file = path.join(client(done(plain).build), src);
      if (image.name === 'svg') {
        expect(src).toMatch(/\.svg$/);
        expect(readFileSync(file, 'utf8')).toMatch(/^<svg[\s>]/);
      } else {
        expect((await sharp(file).metadata()).format).toBe('webp');
      }
      expect(Number(attr(tag ?? '', 'width'))).toBeGreaterThan(0);
      expect(Number(attr(tag ?? '', 'height'))).toBeGreaterThan(0);
    }
  });

  test('no uploaded original is copied into the build; nothing served is larger than the bounded copy', async () => {
    const dir = path.join(client(done(large).build), '_astro');
    const files = readdirSync(dir);
    // Astro copies the aspect cuts it was given (`-a<box>`) whether or not a page shows them; the image itself is
    // only served as resized WebP (or as SVG), and JPEGs only as link previews of SVGs.
    const originals = files.filter(
      (f) => /\.(png|jpe?g|avif|tiff?|gif)$/i.test(f) && !/-a\d+_\d+_\d+_\d+\./.test(f),
    );
    expect(originals.filter((f) => !/-svg-s.*\.jpg$/.test(f))).toEqual([]);
    for (const file of files.filter((f) => /\.(png|jpe?g|webp|avif|gif)$/i.test(f))) {
      const meta = await sharp(path.join(dir, file)).metadata();
      expect(Math.max(meta.width, meta.height), file).toBeLessThanOrEqual(MAX_SOURCE_SIDE);
    }
  });

  test('an SVG main image is cut to 16:9 through its viewBox; its link preview is a real JPEG', async () => {
    const html = page(done(plain).build, 'articles/every-kind-of-picture');
    const main = imgTags(html).find((t) => attr(t, 'alt') === 'A round green emblem, wide') ?? '';
    expect(attr(main, 'src')).toMatch(/\.svg$/);
    expect([attr(main, 'width'), attr(main, 'height')]).toEqual(['800', '450']);
    const svg = readFileSync(path.join(client(done(plain).build), attr(main, 'src') ?? ''), 'utf8');
    expect(svg).toContain('viewBox="0 175 800 450"');
    const preview = /<meta property="og:image" content="[^"]*?(\/_astro\/[^"]+)"/.exec(html)?.[1] ?? '';
    expect(preview).toMatch(/\.jpg$/);
    expect((await sharp(path.join(client(done(plain).build), preview)).metadata()).format).toBe('jpeg');
  });

  test('a transparent PNG main image gets a link preview on white, not black', async () => {
    const html = page(done(plain).build, 'articles/logo-on-nothing');
    const preview = /<meta property="og:image" content="[^"]*?(\/_astro\/[^"]+)"/.exec(html)?.[1] ?? '';
    expect(preview).toMatch(/\.jpg$/);
    // The 16:9 cut of a 320 × 200 circle on nothing: its top-left corner is outside the circle.
    const { data } = await sharp(path.join(client(done(plain).build), preview))
      .extract({ left: 0, top: 0, width: 4, height: 4 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(240);
  });

  test('images with a blurred preview or a dominant colour show it while they load, without script or style', () => {
    const html = page(done(plain).build, 'articles/every-kind-of-picture');
    const under = (name: string) =>
      new RegExp(
        `<span class="not-prose relative block overflow-hidden rounded"><img src="(data:[^"]+)" alt="" aria-hidden="true" width="\\d+" height="\\d+" class="absolute inset-0 h-full w-full object-cover[^"]*"><img [^>]*alt="The ${name} test image"`,
      ).exec(html)?.[1];
    expect(under('jpeg-progressive')).toMatch(/^data:image\/jpeg;base64,/);
    expect(under('webp')).toMatch(/^data:image\/svg\+xml,/);
    expect(under('png-alpha')).toBeUndefined();
    expect(html).not.toMatch(/<img[^>]+style=/);
  });

  test('unknown marks and annotations keep their text; standard decorators render', () => {
    const html = page(done(plain).build, 'articles/every-kind-of-picture');
    expect(html).toContain('<p><strong>bold</strong> and <del>struck</del> and glowing and annotated</p>');
    expect(html).toContain('Before the table.');
    expect(html).toContain('After the table.');
    expect(html).not.toContain('video.example');
  });

  test('a 6,000 × 4,000 original builds, is never served at full size, and costs bounded memory', async () => {
    expect(done(large).build.code, done(large).build.output).toBe(0);
    const html = page(done(large).build, 'articles/every-kind-of-picture');
    const tag = imgTags(html).find((t) => attr(t, 'alt') === 'The jpeg-large test image') ?? '';
    expect(Number(attr(tag, 'width'))).toBe(MAX_SOURCE_SIDE);
    for (const src of (attr(tag, 'srcset') ?? '').split(', ').map((s) => s.split(' ')[0] ?? '')) {
      const file = path.join(client(done(large).build), src);
      const meta = await sharp(file).metadata();
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(MAX_SOURCE_SIDE);
      expect(statSync(file).size).toBeLessThan(25 * 1024 * 1024);
    }
    console.log(
      `peak RSS: ${done(plain).peakMB} MB without the large image, ${done(large).peakMB} MB with it`,
    );
    expect(done(large).peakMB - done(plain).peakMB).toBeLessThanOrEqual(300);
  });
});
