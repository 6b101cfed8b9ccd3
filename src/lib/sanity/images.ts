import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FETCH_POLICY, fetchToFile, type FetchPolicy } from './fetch-asset.ts';
import { rootSvgElement, sanitizeSvg, svgWindow } from './svg.ts';

/** An image field as the GROQ projection returns it (asset resolved). */
export interface RawImage {
  alt?: string | null;
  caption?: string | null;
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null;
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null;
  assetRef?: string | null;
  asset?: {
    _id: string;
    url?: string | null;
    extension?: string | null;
    width?: number | null;
    height?: number | null;
    /** Sanity's blurred preview of the image, a small base64 data URL. */
    lqip?: string | null;
    /** The dominant colour Sanity found (`#rrggbb`). */
    color?: string | null;
    /** False when the image has transparent parts (a placeholder would show through them). */
    opaque?: boolean | null;
  } | null;
}

/** What shows while an image loads: Sanity's blurred preview, else its dominant colour. */
export interface Placeholder {
  /** A data URL (`data:image/jpeg;base64,…`). */
  src: string;
  kind: 'lqip' | 'color';
}

/** A pixel rectangle in an image. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The named aspect ratios every image is also cut to, around its hotspot (cards, portraits). */
export const IMAGE_ASPECTS = { wide: 16 / 9, square: 1 } as const;
/** A name in {@link IMAGE_ASPECTS}. */
export type ImageAspect = keyof typeof IMAGE_ASPECTS;

/** An image ready for Astro: a local file (crop applied) plus the same image cut to each aspect. */
export interface MaterializedImage {
  src: string;
  assetId: string;
  width: number;
  height: number;
  alt?: string;
  caption?: string;
  hotspot?: { x: number; y: number };
  /** Set when the files are SVG (served as they are, never resized). */
  svg?: true;
  placeholder?: Placeholder;
  variants: Record<ImageAspect, { src: string; width: number; height: number; raster?: string }>;
}

/** The widest raster copy made of an SVG's aspect cut (for link previews, which take no SVG). */
export const SVG_RASTER_MAX_WIDTH = 1200;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The rectangle the editor's crop keeps (crop values are fractions cut from each side). */
export function cropBox(width: number, height: number, crop: RawImage['crop']): Box {
  const left = Math.round(clamp(crop?.left ?? 0, 0, 1) * width);
  const top = Math.round(clamp(crop?.top ?? 0, 0, 1) * height);
  const right = Math.round(clamp(crop?.right ?? 0, 0, 1) * width);
  const bottom = Math.round(clamp(crop?.bottom ?? 0, 0, 1) * height);
  return { left, top, width: Math.max(1, width - left - right), height: Math.max(1, height - top - bottom) };
}

/**
 * The largest rectangle of the given aspect ratio inside a `width`×`height` image, placed so the hotspot
 * (fractions of the image) stays in frame and as near the centre as the edges allow.
 */
export function aspectBox(width: number, height: number, aspect: number, hotspot = { x: 0.5, y: 0.5 }): Box {
  if (width / height > aspect) {
    const w = Math.max(1, Math.min(width, Math.round(height * aspect)));
    const left = clamp(Math.round(hotspot.x * width - w / 2), 0, width - w);
    return { left, top: 0, width: w, height };
  }
  const h = Math.max(1, Math.min(height, Math.round(width / aspect)));
  const top = clamp(Math.round(hotspot.y * height - h / 2), 0, height - h);
  return { left: 0, top, width, height: h };
}

/** Where the hotspot lands inside the cropped image, as fractions of it. */
export function hotspotInBox(
  width: number,
  height: number,
  box: Box,
  hotspot: RawImage['hotspot'],
): { x: number; y: number } | undefined {
  if (hotspot?.x === undefined || hotspot.y === undefined) return undefined;
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  return {
    x: round(clamp((hotspot.x * width - box.left) / box.width, 0, 1)),
    y: round(clamp((hotspot.y * height - box.top) / box.height, 0, 1)),
  };
}

const isWhole = (box: Box, width: number, height: number) =>
  box.left === 0 && box.top === 0 && box.width === width && box.height === height;

/**
 * The longest side, in pixels, of the file the build works from. Pages show images at most 1,440 px wide, so a
 * larger original (a 6,000 × 4,000 phone photo) is scaled down once here: the build never decodes it again, and
 * it is never served at full size.
 */
export const MAX_SOURCE_SIDE = 2560;

// Loaders run side by side and share assets: each file is made once per process.
const making = new Map<string, Promise<void>>();
function once(target: string, make: () => Promise<void>): Promise<void> {
  if (existsSync(target)) return Promise.resolve();
  let pending = making.get(target);
  if (!pending) {
    pending = make();
    making.set(target, pending);
    pending.catch(() => making.delete(target));
  }
  return pending;
}
const partialName = (target: string) =>
  `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;

/** Writes a file under a temporary name, then renames it, so a half-written file is never mistaken for one. */
function make(target: string, write: (partial: string) => Promise<void>): Promise<void> {
  return once(target, async () => {
    // The temporary name keeps the extension: sharp chooses the format it writes from it.
    const partial = `${partialName(target)}${path.extname(target)}`;
    try {
      await write(partial);
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  });
}

/** Makes sure the asset's original is in the cache folder; returns its path. */
async function original(
  url: string,
  assetId: string,
  ext: string,
  dir: string,
  policy: FetchPolicy,
): Promise<string> {
  const target = path.join(dir, `${assetId}.${ext}`);
  await once(target, async () => {
    if (url.startsWith('file:')) {
      const file = fileURLToPath(url);
      if (!existsSync(file))
        throw new Error(`its file ${path.basename(file)} is missing from the export (${file})`);
      const partial = partialName(target);
      await copyFile(file, partial);
      await rename(partial, target);
    } else {
      // Fetched once at build time; pages then load the resized copies from the site's own origin.
      await fetchToFile(url, target, policy);
    }
  });
  return target;
}

// sharp is loaded the first time an image is cut or measured: content without images never needs it.
async function loadSharp() {
  return (await import('sharp')).default;
}

function cut(source: string, box: Box, target: string): Promise<void> {
  return make(target, async (partial) => {
    const sharp = await loadSharp();
    await sharp(source).extract(box).toFile(partial);
  });
}

/** What the build needs to know about an original before using it. */
interface SourceInfo {
  format: string;
  /** Pixel size as shown (EXIF orientation applied). */
  width: number;
  height: number;
  orientation: number;
  space: string;
  pages: number;
  hasAlpha: boolean;
}

async function inspect(file: string): Promise<SourceInfo> {
  const sharp = await loadSharp();
  const meta = await sharp(file).metadata();
  const orientation = meta.orientation ?? 1;
  const turned = orientation >= 5;
  return {
    format: meta.format,
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
    orientation,
    space: meta.space,
    pages: meta.pages ?? 1,
    hasAlpha: meta.hasAlpha,
  };
}

/** Formats Astro's image pipeline and browsers both take as they are (when upright, sRGB, one frame, not huge). */
const PASS_THROUGH = new Set(['jpeg', 'png', 'webp', 'gif', 'heif']);

/**
 * The extension of the upright, sRGB, single-frame, bounded copy of a raster original, or undefined when the
 * original can be used as it is. Animated GIFs and WebPs keep their first frame only: motion that plays by itself
 * needs a way to pause it (WCAG 2.2.2), and a still frame is a fraction of the bytes.
 */
function normalizedExtension(info: SourceInfo): string | undefined {
  const upright = info.orientation <= 1;
  const plainColour = info.space === 'srgb' || info.space === 'b-w';
  const small = Math.max(info.width, info.height) <= MAX_SOURCE_SIDE;
  if (PASS_THROUGH.has(info.format) && upright && plainColour && small && info.pages <= 1) return undefined;
  switch (info.format) {
    case 'jpeg':
      return 'jpg';
    case 'png':
    case 'webp':
      return info.format;
    case 'heif':
      return 'webp';
    default:
      // GIF, TIFF and anything else sharp reads: PNG keeps transparency; photos without it become JPEG.
      return info.hasAlpha || info.format === 'gif' ? 'png' : 'jpg';
  }
}

async function normalize(source: string, target: string): Promise<void> {
  await make(target, async (partial) => {
    const sharp = await loadSharp();
    const pipeline = sharp(source, { pages: 1 })
      .rotate()
      .resize({ width: MAX_SOURCE_SIDE, height: MAX_SOURCE_SIDE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb');
    const ext = path.extname(target);
    if (ext === '.jpg') pipeline.jpeg({ quality: 90 });
    else if (ext === '.webp') pipeline.webp({ quality: 90 });
    else pipeline.png();
    await pipeline.toFile(partial);
  });
}

/** True when a file's first bytes look like SVG (XML text with an `<svg` element), whatever its name. */
async function looksLikeSvg(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').trimStart();
    return head.startsWith('<') && /<svg[\s>]/i.test(head);
  } finally {
    await handle.close();
  }
}

/** Longest data URL taken as a blurred preview (Sanity's are well under 1 KB; anything larger is not one). */
const MAX_LQIP_LENGTH = 4096;

/**
 * The placeholder an asset's metadata gives, or none: never for images with transparent parts or SVGs (the
 * placeholder would show through them), and only from values of the expected shape, which are the only parts of
 * the asset document that reach the page as they are.
 */
export function placeholderFor(asset: RawImage['asset']): Placeholder | undefined {
  if (!asset || asset.opaque === false) return undefined;
  const lqip = asset.lqip;
  if (
    typeof lqip === 'string' &&
    lqip.length <= MAX_LQIP_LENGTH &&
    /^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/.test(lqip)
  )
    return { src: lqip, kind: 'lqip' };
  const color = asset.color;
  if (typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="${color.toLowerCase()}"/></svg>`;
    return { src: `data:image/svg+xml,${encodeURIComponent(svg)}`, kind: 'color' };
  }
  return undefined;
}

/**
 * Turns a resolved image field into local files in `dir`, named by asset id and crop, so the same
 * content gives the same entry whichever source it came from, and files already made are reused.
 * SVG stays SVG (crops and aspect cuts are new SVG files that show part of it through `viewBox`); other formats
 * are cut as pixels, from an upright, sRGB, bounded copy when the original is none of those.
 */
export async function materializeImage(
  raw: RawImage,
  dir: string,
  policy: FetchPolicy = DEFAULT_FETCH_POLICY,
): Promise<MaterializedImage> {
  const asset = raw.asset;
  if (!asset?.url) throw new Error('has no url');
  await mkdir(dir, { recursive: true });
  const ext = (
    asset.extension ??
    (path.extname(new URL(asset.url).pathname).slice(1) || 'jpg')
  ).toLowerCase();
  const file = await original(asset.url, asset._id, ext, dir, policy);
  const svg = ext === 'svg' || (await looksLikeSvg(file));
  let info: SourceInfo;
  try {
    info = await inspect(file);
  } catch (error) {
    throw new Error(
      `its file is not an image the build can read (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  if (svg) return materializeSvg(raw, asset._id, file, info, dir);

  // Transparent parts show whatever is behind the image: no placeholder for them, whatever the metadata says.
  const placeholder = info.hasAlpha && asset.opaque !== true ? undefined : placeholderFor(asset);
  const outExt = normalizedExtension(info);
  const upright = outExt ? path.join(dir, `${asset._id}-n.${outExt}`) : file;
  if (outExt) await normalize(file, upright);
  const { width, height } = outExt ? await inspect(upright) : info;
  const fileExt = path.extname(upright).slice(1);

  const crop = cropBox(width, height, raw.crop);
  const cropped = isWhole(crop, width, height)
    ? upright
    : path.join(
        dir,
        `${path.basename(upright, `.${fileExt}`)}-c${crop.left}_${crop.top}_${crop.width}_${crop.height}.${fileExt}`,
      );
  if (cropped !== upright) await cut(upright, crop, cropped);
  const hotspot = hotspotInBox(width, height, crop, raw.hotspot);

  const variants = {} as MaterializedImage['variants'];
  for (const [name, aspect] of Object.entries(IMAGE_ASPECTS) as [ImageAspect, number][]) {
    const box = aspectBox(crop.width, crop.height, aspect, hotspot);
    const target = isWhole(box, crop.width, crop.height)
      ? cropped
      : path.join(
          dir,
          `${path.basename(cropped, `.${fileExt}`)}-a${box.left}_${box.top}_${box.width}_${box.height}.${fileExt}`,
        );
    if (target !== cropped) await cut(cropped, box, target);
    variants[name] = { src: target, width: box.width, height: box.height };
  }

  return {
    src: cropped,
    assetId: asset._id,
    width: crop.width,
    height: crop.height,
    ...(raw.alt ? { alt: raw.alt } : {}),
    ...(raw.caption ? { caption: raw.caption } : {}),
    ...(hotspot ? { hotspot } : {}),
    ...(placeholder ? { placeholder } : {}),
    variants,
  };
}

async function materializeSvg(
  raw: RawImage,
  assetId: string,
  file: string,
  info: SourceInfo,
  dir: string,
): Promise<MaterializedImage> {
  const text = await readFile(file, 'utf8');
  const root = rootSvgElement(text);
  if (!root) throw new Error('its file is not an SVG (no <svg> element)');
  // The copy the site serves: the same drawing without scripts, event handlers or references to other sites.
  const safe = path.join(dir, `${assetId}-s.svg`);
  await make(safe, (partial) => writeFile(partial, sanitizeSvg(root)));
  const { width, height } = info;
  const view = async (box: Box, name: string): Promise<string> => {
    if (isWhole(box, width, height)) return safe;
    const target = path.join(dir, `${name}.svg`);
    await make(target, (partial) => writeFile(partial, svgWindow(sanitizeSvg(root), width, height, box)));
    return target;
  };
  const crop = cropBox(width, height, raw.crop);
  const cropTag = isWhole(crop, width, height)
    ? ''
    : `-c${crop.left}_${crop.top}_${crop.width}_${crop.height}`;
  const cropped = await view(crop, `${assetId}-s${cropTag}`);
  const hotspot = hotspotInBox(width, height, crop, raw.hotspot);
  const variants = {} as MaterializedImage['variants'];
  for (const [name, aspect] of Object.entries(IMAGE_ASPECTS) as [ImageAspect, number][]) {
    const box = aspectBox(crop.width, crop.height, aspect, hotspot);
    const inOriginal = { ...box, left: box.left + crop.left, top: box.top + crop.top };
    const target = isWhole(box, crop.width, crop.height)
      ? cropped
      : await view(inOriginal, `${assetId}-s${cropTag}-a${box.left}_${box.top}_${box.width}_${box.height}`);
    // Link previews (Open Graph) need pixels: a PNG of the same window, under its own name.
    const raster = target.replace(/\.svg$/, '.png');
    await make(raster, async (partial) => {
      const sharp = await loadSharp();
      await sharp(target)
        .resize({ width: Math.min(SVG_RASTER_MAX_WIDTH, box.width) })
        // Previews are JPEG, which has no transparency: a drawing on nothing gets a white page, not black.
        .flatten({ background: '#ffffff' })
        .png()
        .toFile(partial);
    });
    variants[name] = { src: target, width: box.width, height: box.height, raster };
  }
  return {
    src: cropped,
    assetId,
    svg: true,
    width: crop.width,
    height: crop.height,
    ...(raw.alt ? { alt: raw.alt } : {}),
    ...(raw.caption ? { caption: raw.caption } : {}),
    ...(hotspot ? { hotspot } : {}),
    variants,
  };
}
