import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Plain Sanity documents, as read from an export. */
export type SanityDocument = Record<string, unknown> & { _id: string; _type: string };

/** The document types the content model defines (plus the asset documents images point at). */
export const CONTENT_TYPES: ReadonlySet<string> = new Set([
  'siteSettings',
  'topic',
  'counselor',
  'fitChecklist',
  'article',
  'sanity.imageAsset',
  // The document-internationalization plugin's groups of translations (src/lib/sanity/translations.ts).
  'translation.metadata',
]);

/** What an export holds once read: published content documents only, images mapped to files. */
export interface ExportDataset {
  documents: SanityDocument[];
  /** Documents left out because they are drafts, release versions or of an unknown type. */
  skipped: { drafts: number; unknownTypes: number };
}

/** The export as found on disk: the NDJSON file and the folder its `./images/...` paths are relative to. */
interface ExportFiles {
  ndjson: string;
  baseDir: string;
}

/** True for ids that are never published (`drafts.` and `versions.<release>.`). */
export function isUnpublishedId(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.');
}

// Every collection's loader locates the export at once: one extraction per tarball version and process, shared.
const extracting = new Map<string, Promise<string>>();

async function extractTarball(file: string): Promise<string> {
  const info = await stat(file);
  const key = createHash('sha256')
    .update(`${file}\0${info.size}\0${info.mtimeMs}`)
    .digest('hex')
    .slice(0, 16);
  let pending = extracting.get(key);
  if (!pending) {
    pending = extractOnce(file, path.join(os.tmpdir(), 'alliance-sanity-export', key));
    extracting.set(key, pending);
    pending.catch(() => extracting.delete(key));
  }
  return pending;
}

async function extractOnce(file: string, target: string): Promise<string> {
  if (!existsSync(target)) {
    // Extract beside the target, then rename: a half-extracted folder is never mistaken for a whole one. The name
    // is this extraction's own, so another build extracting the same tarball never removes it.
    const partial = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
    await mkdir(partial, { recursive: true });
    // Loaded here: most builds read an ndjson file or a folder and never need tar.
    const { extract } = await import('tar');
    await extract({ file, cwd: partial, strict: true });
    await rename(partial, target).catch(async (error: unknown) => {
      // Another build extracted the same tarball first: use theirs.
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(target)) throw error;
    });
  }
  return target;
}

/** Finds `data.ndjson` in a folder or in its single top-level folder (how `sanity dataset export` packs it). */
async function findInFolder(folder: string, origin: string): Promise<ExportFiles> {
  const direct = path.join(folder, 'data.ndjson');
  if (existsSync(direct)) return { ndjson: direct, baseDir: folder };
  const dirs = (await readdir(folder, { withFileTypes: true })).filter((d) => d.isDirectory());
  for (const dir of dirs) {
    const nested = path.join(folder, dir.name, 'data.ndjson');
    if (existsSync(nested)) return { ndjson: nested, baseDir: path.join(folder, dir.name) };
  }
  throw new Error(
    `SANITY_EXPORT "${origin}" holds no data.ndjson (looked in it and in its top-level folder)`,
  );
}

async function locate(exportPath: string): Promise<ExportFiles | undefined> {
  if (!existsSync(exportPath)) return undefined;
  const info = await stat(exportPath);
  if (info.isDirectory()) return findInFolder(exportPath, exportPath);
  if (/\.(tar\.gz|tgz)$/i.test(exportPath)) return findInFolder(await extractTarball(exportPath), exportPath);
  return { ndjson: exportPath, baseDir: path.dirname(exportPath) };
}

/** Reads the pixel size an export encodes in its image file names (`<sha1>-<w>x<h>.<ext>`). */
function assetFromFile(file: string): { id: string; width?: number; height?: number; extension: string } {
  const base = path.basename(file);
  const ext = path.extname(base).slice(1).toLowerCase();
  const stem = base.slice(0, base.length - ext.length - 1);
  const size = /-(\d+)x(\d+)$/.exec(stem);
  return {
    id: `image-${stem}-${ext}`,
    extension: ext,
    ...(size ? { width: Number(size[1]), height: Number(size[2]) } : {}),
  };
}

/**
 * What an export's `assets.json` says about each asset, keyed `image-<sha1>`: the asset document's own fields
 * (metadata with lqip, palette, dimensions, original file name …) that the document references cannot carry.
 */
export type AssetMetadataMap = ReadonlyMap<string, Record<string, unknown>>;

/** Reads `assets.json` beside `data.ndjson` (an empty map when there is none or it is not an object). */
async function readAssetMetadata(baseDir: string): Promise<AssetMetadataMap> {
  const file = path.join(baseDir, 'assets.json');
  if (!existsSync(file)) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON`, { cause: error });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return new Map();
  return new Map(
    Object.entries(parsed as Record<string, unknown>).filter(
      (entry): entry is [string, Record<string, unknown>] =>
        !!entry[1] && typeof entry[1] === 'object' && !Array.isArray(entry[1]),
    ),
  );
}

/**
 * Replaces each `_sanityAsset: "image@file://./images/<file>"` with a reference to a synthesized
 * `sanity.imageAsset` document, the form a live dataset has, so one set of GROQ queries serves both.
 */
function mapAssets(
  value: unknown,
  baseDir: string,
  assets: Map<string, SanityDocument>,
  known: AssetMetadataMap,
): unknown {
  if (Array.isArray(value)) {
    const out = value.map((item) => mapAssets(item, baseDir, assets, known));
    return out.some((item, index) => item !== value[index]) ? out : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const pointer = record['_sanityAsset'];
  let result: Record<string, unknown> | undefined;
  if (typeof pointer === 'string' && pointer.startsWith('image@')) {
    const location = pointer.slice('image@'.length);
    const file = location.startsWith('file://')
      ? path.resolve(baseDir, location.slice('file://'.length))
      : location;
    const asset = assetFromFile(file);
    if (!assets.has(asset.id)) {
      const stored = known.get(asset.id.replace(/-\d+x\d+-[a-z0-9]+$/i, '')) ?? {};
      const storedMetadata = stored['metadata'];
      const metadata = {
        ...(storedMetadata && typeof storedMetadata === 'object' ? storedMetadata : {}),
        ...(asset.width && asset.height ? { dimensions: { width: asset.width, height: asset.height } } : {}),
      };
      assets.set(asset.id, {
        ...stored,
        _id: asset.id,
        _type: 'sanity.imageAsset',
        url: location.startsWith('file://') ? pathToFileURL(file).href : location,
        extension: asset.extension,
        ...(Object.keys(metadata).length ? { metadata } : {}),
      });
    }
    result = { ...record, asset: { _type: 'reference', _ref: asset.id } };
    delete result['_sanityAsset'];
  }
  for (const [key, child] of Object.entries(result ?? record)) {
    const mapped = mapAssets(child, baseDir, assets, known);
    if (mapped !== child) {
      result ??= { ...record };
      result[key] = mapped;
    }
  }
  return result ?? value;
}

/** Parses an export's NDJSON: published documents of known types, images mapped to local files. */
export function parseExport(
  text: string,
  baseDir: string,
  origin = 'export',
  known: AssetMetadataMap = new Map(),
): ExportDataset {
  const documents: SanityDocument[] = [];
  const assets = new Map<string, SanityDocument>();
  const skipped = { drafts: 0, unknownTypes: 0 };
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    if (line.trim() === '') continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      throw new Error(`${origin} line ${lineNo} is not valid JSON`);
    }
    if (!doc || typeof doc !== 'object') continue;
    const { _id: id, _type: type } = doc as Record<string, unknown>;
    if (typeof id !== 'string' || typeof type !== 'string') continue;
    // groq-js has no perspectives: drafts and release versions are dropped here, never evaluated.
    if (isUnpublishedId(id)) {
      skipped.drafts += 1;
      continue;
    }
    if (!CONTENT_TYPES.has(type)) {
      skipped.unknownTypes += 1;
      continue;
    }
    if (type === 'sanity.imageAsset') {
      assets.set(id, doc as SanityDocument);
      continue;
    }
    // Only documents that mention an exported file are walked (most articles have no image).
    documents.push(
      line.includes('"_sanityAsset"')
        ? (mapAssets(doc, baseDir, assets, known) as SanityDocument)
        : (doc as SanityDocument),
    );
  }
  return { documents: [...documents, ...assets.values()], skipped };
}

const cache = new Map<string, Promise<ExportDataset>>();

/**
 * Reads a dataset export once per process and version of the file (every collection's loader shares
 * it): a `.ndjson` file, a folder holding `data.ndjson` and `images/`, or a `.tar.gz` whose files sit in
 * one top-level folder. Resolves to `undefined` when nothing is at the path.
 */
export async function readExport(exportPath: string): Promise<ExportDataset | undefined> {
  const files = await locate(exportPath);
  if (!files) return undefined;
  const info = await stat(files.ndjson);
  const key = `${files.ndjson}\0${info.size}\0${info.mtimeMs}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = Promise.all([readFile(files.ndjson, 'utf8'), readAssetMetadata(files.baseDir)]).then(
      ([text, known]) => parseExport(text, files.baseDir, files.ndjson, known),
    );
    cache.set(key, pending);
    // A failed read is not remembered, so a fixed export is read again.
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
