import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

// Test images made here with sharp, one for each kind a Sanity Studio accepts, written as a dataset export stores
// them: `images/<sha1 of the bytes>-<width>x<height>.<ext>`, referenced as `image@file://./images/<file>`.

/** One generated image, as the export holds it. */
export interface GeneratedImage {
  /** What the test calls it (`jpeg-rotated`, `svg` …). */
  name: string;
  file: string;
  extension: string;
  /** The size the export's file name states (what Sanity's metadata says: the upright size). */
  width: number;
  height: number;
  /** `image@file://./images/<file>`. */
  pointer: string;
  /** `image-<sha1>-<w>x<h>-<ext>`. */
  assetId: string;
  /** `image-<sha1>`: the key `assets.json` files it under. */
  metadataKey: string;
}

/** A picture with a clear top (red band) and left (blue band), so a wrong rotation or crop is visible. */
function drawing(width: number, height: number) {
  const band = Math.max(2, Math.round(Math.min(width, height) / 8));
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect width="100%" height="100%" fill="#e8e4d8"/>` +
      `<rect width="100%" height="${band}" fill="#c0392b"/>` +
      `<rect width="${band}" height="100%" fill="#2c5aa0"/>` +
      `<circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#2e7d4f"/></svg>`,
  );
}

async function raster(width: number, height: number) {
  return sharp(drawing(width, height)).png().toBuffer();
}

/** The SVG test image: a logo-like drawing with a viewBox (and nothing a sanitizer needs to remove). */
export const SVG_TEXT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- A generated test logo -->\n' +
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 100 100">' +
  '<rect width="100" height="100" fill="#f4efe6"/><circle cx="50" cy="50" r="30" fill="#2e7d4f"/>' +
  '<text x="50" y="92" font-size="8" text-anchor="middle">Logo</text></svg>\n';

/** Every format from the Studio's image field, as `name → [extension, bytes, upright width, upright height]`. */
async function formats(): Promise<[string, string, Buffer, number, number][]> {
  const base = await raster(320, 200);
  const frames = await Promise.all(
    ['#c0392b', '#2c5aa0', '#2e7d4f'].map((fill) =>
      sharp({ create: { width: 120, height: 90, channels: 3, background: fill } })
        .raw()
        .toBuffer(),
    ),
  );
  // Three frames stacked in one strip; `pageHeight` makes sharp write them as an animation.
  const multi = await sharp(Buffer.concat(frames), {
    raw: { width: 120, height: 270, channels: 3, pageHeight: 90 },
  })
    .gif({ loop: 0, delay: [200, 200, 200] })
    .toBuffer();
  return [
    // A phone photo stored sideways: the pixels are 200×320, EXIF orientation 6 turns it to 320×200.
    [
      'jpeg-rotated',
      'jpg',
      await sharp(base).rotate(-90).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
      320,
      200,
    ],
    ['jpeg-cmyk', 'jpg', await sharp(base).toColourspace('cmyk').jpeg().toBuffer(), 320, 200],
    ['jpeg-progressive', 'jpg', await sharp(base).jpeg({ progressive: true }).toBuffer(), 320, 200],
    // A logo on nothing: a circle with fully transparent corners.
    [
      'png-alpha',
      'png',
      await sharp(
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><circle cx="160" cy="100" r="90" fill="#2e7d4f"/></svg>',
        ),
      )
        .png()
        .toBuffer(),
      320,
      200,
    ],
    ['webp', 'webp', await sharp(base).webp().toBuffer(), 320, 200],
    ['avif', 'avif', await sharp(base).avif({ effort: 0 }).toBuffer(), 320, 200],
    ['gif-animated', 'gif', multi, 120, 90],
    ['tiff', 'tiff', await sharp(base).tiff().toBuffer(), 320, 200],
    ['svg', 'svg', Buffer.from(SVG_TEXT), 800, 800],
  ];
}

function store(dir: string, name: string, extension: string, bytes: Buffer, width: number, height: number) {
  const sha = createHash('sha1').update(bytes).digest('hex');
  const file = `${sha}-${width}x${height}.${extension}`;
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  writeFileSync(path.join(dir, 'images', file), bytes);
  return {
    name,
    file,
    extension,
    width,
    height,
    pointer: `image@file://./images/${file}`,
    assetId: `image-${sha}-${width}x${height}-${extension}`,
    metadataKey: `image-${sha}`,
  };
}

/** Writes one image of every format into `<dir>/images/`. */
export async function writeFormatImages(dir: string): Promise<GeneratedImage[]> {
  return (await formats()).map(([name, ext, bytes, w, h]) => store(dir, name, ext, bytes, w, h));
}

/**
 * Writes a very large photo-like JPEG (6,000 × 4,000 by default, about 25 MB: random pixels compress as badly as
 * a camera's fine detail) into `<dir>/images/`.
 */
export async function writeLargeImage(dir: string, width = 6000, height = 4000): Promise<GeneratedImage> {
  const pixels = randomBytes(width * height * 3);
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
  return store(dir, 'jpeg-large', 'jpg', bytes, width, height);
}

/**
 * The asset document's own fields as an export's `assets.json` keeps them: Sanity's metadata, with a blurred
 * preview (a 20 px wide base64 JPEG, as Sanity makes) and the dominant colour computed here.
 */
export async function assetMetadata(dir: string, image: GeneratedImage): Promise<Record<string, unknown>> {
  const file = path.join(dir, 'images', image.file);
  const source = sharp(file, { pages: 1 }).rotate();
  const preview = await source
    .clone()
    .resize({ width: 20 })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 40 })
    .toBuffer();
  const { dominant, isOpaque } = await source.clone().stats();
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const meta = await sharp(file).metadata();
  return {
    _type: 'sanity.imageAsset',
    originalFilename: `${image.name}.${image.extension}`,
    size: meta.size,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width: image.width, height: image.height },
      lqip: `data:image/jpeg;base64,${preview.toString('base64')}`,
      palette: {
        _type: 'sanity.imagePalette',
        dominant: {
          _type: 'sanity.imagePaletteSwatch',
          background: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`,
        },
      },
      hasAlpha: meta.hasAlpha,
      isOpaque,
    },
  };
}
