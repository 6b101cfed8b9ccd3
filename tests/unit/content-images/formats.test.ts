import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_SOURCE_SIDE, materializeImage, type RawImage } from '../../../src/lib/sanity/images.ts';
import { writeFormatImages, writeLargeImage, type GeneratedImage } from '../../support/image-formats.ts';

// Every kind of image a Studio accepts, generated here, turned into the files the build works from.

let dir: string;
let images: GeneratedImage[];
const work = () => mkdtempSync(path.join(os.tmpdir(), 'alliance-formats-out-'));

function raw(image: GeneratedImage, extra: Partial<RawImage> = {}): RawImage {
  return {
    alt: `The ${image.name} test image`,
    asset: {
      _id: image.assetId,
      url: pathToFileURL(path.join(dir, 'images', image.file)).href,
      extension: image.extension,
      width: image.width,
      height: image.height,
    },
    ...extra,
  };
}

const named = (name: string) => {
  const image = images.find((i) => i.name === name);
  if (!image) throw new Error(`no ${name} image`);
  return image;
};

/** The format a file really holds, and that its name says the same. */
async function realFormat(file: string): Promise<string> {
  const { format } = await sharp(file).metadata();
  const ext = path.extname(file).slice(1);
  const expected = {
    jpg: 'jpeg',
    jpeg: 'jpeg',
    png: 'png',
    webp: 'webp',
    gif: 'gif',
    avif: 'heif',
    svg: 'svg',
  }[ext];
  expect(format, `${file} holds ${format}`).toBe(expected);
  return format;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-formats-'));
  images = await writeFormatImages(dir);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('every format becomes files whose names say what they hold', () => {
  test.each([
    'jpeg-rotated',
    'jpeg-cmyk',
    'jpeg-progressive',
    'png-alpha',
    'webp',
    'avif',
    'gif-animated',
    'tiff',
    'svg',
  ])('%s: the image, its crop and both aspect cuts', async (name) => {
    const out = work();
    const image = await materializeImage(
      raw(named(name), { crop: { top: 0.1, bottom: 0, left: 0.05, right: 0.05 } }),
      out,
    );
    for (const file of [image.src, image.variants.wide.src, image.variants.square.src]) {
      expect(path.dirname(file)).toBe(out);
      await realFormat(file);
    }
    expect(image.width).toBeGreaterThan(0);
    expect(image.variants.square.width).toBe(image.variants.square.height);
  });

  test('a sideways phone photo is turned upright before it is cut (EXIF orientation 6)', async () => {
    const image = await materializeImage(raw(named('jpeg-rotated')), work());
    expect([image.width, image.height]).toEqual([320, 200]);
    const { data, info } = await sharp(image.src).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([320, 200]);
    // The red band is along the top once upright: the pixel at the top middle is red.
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    const [r, g, b] = at(160, 5);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
  });

  test('a CMYK JPEG becomes sRGB', async () => {
    const image = await materializeImage(raw(named('jpeg-cmyk')), work());
    expect((await sharp(image.src).metadata()).space).toBe('srgb');
  });

  test('an animated GIF shows its first frame, as a PNG under its own name', async () => {
    const image = await materializeImage(raw(named('gif-animated')), work());
    expect(image.src).toMatch(/\.png$/);
    const meta = await sharp(image.src).metadata();
    expect(meta.pages ?? 1).toBe(1);
    const { data } = await sharp(image.src).raw().toBuffer({ resolveWithObject: true });
    // The first frame is the red one.
    expect(data[0]).toBeGreaterThan(150);
  });

  test('a PNG keeps its transparency', async () => {
    const image = await materializeImage(raw(named('png-alpha')), work());
    expect((await sharp(image.src).metadata()).hasAlpha).toBe(true);
    expect((await sharp(image.src).stats()).isOpaque).toBe(false);
  });

  test('an SVG stays SVG: crops and aspect cuts are windows on the drawing (viewBox), never pixels', async () => {
    const image = await materializeImage(
      raw(named('svg'), { crop: { top: 0, bottom: 0.5, left: 0, right: 0 }, hotspot: { x: 0.5, y: 0.25 } }),
      work(),
    );
    expect([image.width, image.height]).toEqual([800, 400]);
    const cropped = readFileSync(image.src, 'utf8');
    expect(cropped).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="400" viewBox="0 0 800 400">/,
    );
    expect(cropped).toContain('<circle cx="50" cy="50" r="30" fill="#2e7d4f"/>');
    expect(image.variants.square).toMatchObject({ width: 400, height: 400 });
    expect(readFileSync(image.variants.square.src, 'utf8')).toContain('viewBox="200 0 400 400"');
    expect(image.variants.wide.src).toMatch(/\.svg$/);
  });

  test('an SVG is served without scripts, event handlers or references to other sites', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = path.join(dir, 'images', 'hostile.svg');
    writeFileSync(
      file,
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">' +
        '<script>alert(2)</script><image href="https://tracker.example/p.png" width="10" height="10"/>' +
        '<use xlink:href="#dot"/><rect fill="url(https://tracker.example/x)" style="background:url(\'https://t.example\')"/></svg>',
    );
    const image = await materializeImage(
      {
        alt: 'x',
        asset: { _id: 'image-hostile-10x10-svg', url: pathToFileURL(file).href, extension: 'svg' },
      },
      work(),
    );
    const served = readFileSync(image.src, 'utf8');
    expect(served).not.toMatch(/script|onload|tracker\.example|t\.example/);
    expect(served).toContain('xlink:href="#dot"');
  });

  test('a file that is not an image fails, saying so', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = path.join(dir, 'images', 'broken.png');
    writeFileSync(file, 'not an image at all');
    await expect(
      materializeImage(
        { alt: 'x', asset: { _id: 'image-broken-1x1-png', url: pathToFileURL(file).href } },
        work(),
      ),
    ).rejects.toThrow(/not an image the build can read/);
  });
});

describe('a very large original', () => {
  test('a 6,000 × 4,000 photo is scaled down once; nothing the build serves is full size', async () => {
    const large = await writeLargeImage(dir);
    const image = await materializeImage(raw(large), work());
    expect(Math.max(image.width, image.height)).toBe(MAX_SOURCE_SIDE);
    expect(image.height).toBe(Math.round((MAX_SOURCE_SIDE * 4000) / 6000));
    for (const file of [image.src, image.variants.wide.src, image.variants.square.src]) {
      const meta = await sharp(file).metadata();
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(MAX_SOURCE_SIDE);
    }
  }, 120_000);
});
