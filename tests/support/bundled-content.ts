import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The demo content bundled with the project (the export `dist/` is built from). */
export const bundledExport = path.resolve(import.meta.dirname, '../../content/sanity');

/** A document of an export, as tests read it. */
export interface ExportDoc {
  _id: string;
  _type: string;
  language?: string;
  slug?: { current: string };
  [field: string]: unknown;
}

/** The bundled export's documents. */
export function bundledDocuments(): ExportDoc[] {
  return fs
    .readFileSync(path.join(bundledExport, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExportDoc);
}

/**
 * The `_id` of the document in `language` that the translation plugin's `translation.metadata` documents join with
 * the document `id`, if any.
 */
export function translationId(
  docs: readonly ExportDoc[],
  id: string | undefined,
  language = 'es',
): string | undefined {
  for (const doc of docs) {
    if (doc._type !== 'translation.metadata') continue;
    const refs = (doc['translations'] ?? []) as { _key: string; value?: { _ref: string } }[];
    if (refs.some((ref) => ref.value?._ref === id))
      return refs.find((ref) => ref._key === language)?.value?._ref;
  }
  return undefined;
}

/**
 * Writes an export folder holding `docs` and the bundled export's images (linked, not copied) in the system's
 * temporary folder; returns it. The caller removes it.
 */
export function writeExportWithBundledImages(docs: readonly ExportDoc[], name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `alliance-${name}-`));
  fs.writeFileSync(path.join(dir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  fs.symlinkSync(path.join(bundledExport, 'images'), path.join(dir, 'images'));
  return dir;
}
