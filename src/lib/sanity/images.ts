import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  } | null;
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
  variants: Record<ImageAspect, { src: string; width: number; height: number }>;
}

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

/** Makes sure the asset's original is in the cache folder; returns its path. */
async function original(url: string, assetId: string, ext: string, dir: string): Promise<string> {
  const target = path.join(dir, `${assetId}.${ext}`);
  await once(target, async () => {
    const partial = partialName(target);
    if (url.startsWith('file:')) {
      await copyFile(fileURLToPath(url), partial);
    } else {
      // Fetched once at build time; pages then load the resized copies from the site's own origin.
      const response = await fetch(url);
      if (!response.ok) throw new Error(`image ${assetId}: ${url} answered ${response.status}`);
      await writeFile(partial, Buffer.from(await response.arrayBuffer()));
    }
    await rename(partial, target);
  });
  return target;
}

// sharp is loaded the first time an image is cut or measured: content without images never needs it.
async function loadSharp() {
  return (await import('sharp')).default;
}

function cut(source: string, box: Box, target: string): Promise<void> {
  return once(target, async () => {
    const partial = `${partialName(target)}${path.extname(target)}`;
    const sharp = await loadSharp();
    await sharp(source).extract(box).toFile(partial);
    await rename(partial, target);
  });
}

/**
 * Turns a resolved image field into local files in `dir`, named by asset id and crop, so the same
 * content gives the same entry whichever source it came from, and files already made are reused.
 */
export async function materializeImage(raw: RawImage, dir: string): Promise<MaterializedImage> {
  const asset = raw.asset;
  if (!asset?.url) throw new Error(`image asset ${asset?._id ?? '(unknown)'} has no url`);
  await mkdir(dir, { recursive: true });
  const ext = (
    asset.extension ??
    (path.extname(new URL(asset.url).pathname).slice(1) || 'jpg')
  ).toLowerCase();
  const file = await original(asset.url, asset._id, ext, dir);
  let { width, height } = asset;
  if (!width || !height) {
    const meta = await (await loadSharp())(file).metadata();
    width = meta.width;
    height = meta.height;
  }
  const crop = cropBox(width, height, raw.crop);
  const cropped = isWhole(crop, width, height)
    ? file
    : path.join(dir, `${asset._id}-c${crop.left}_${crop.top}_${crop.width}_${crop.height}.${ext}`);
  if (cropped !== file) await cut(file, crop, cropped);
  const hotspot = hotspotInBox(width, height, crop, raw.hotspot);

  const variants = {} as MaterializedImage['variants'];
  for (const [name, aspect] of Object.entries(IMAGE_ASPECTS) as [ImageAspect, number][]) {
    const box = aspectBox(crop.width, crop.height, aspect, hotspot);
    const target = isWhole(box, crop.width, crop.height)
      ? cropped
      : path.join(
          dir,
          `${path.basename(cropped, `.${ext}`)}-a${box.left}_${box.top}_${box.width}_${box.height}.${ext}`,
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
    variants,
  };
}
