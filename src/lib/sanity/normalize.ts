import type { FetchPolicy } from './fetch-asset.ts';
import { materializeImage, type RawImage } from './images.ts';
import type {
  ArticlesQueryResult,
  ChecklistsQueryResult,
  CounselorsQueryResult,
  SiteSettingsQueryResult,
  TopicsQueryResult,
} from './sanity.types.ts';
import {
  COUNSELOR_FACT_FIELDS,
  DEFAULT_CONTENT_LANGUAGE,
  SITE_SETTINGS_IDS,
} from '../../../sanity/schemaTypes/rules/languages.ts';
import { normalizedSchemas as schemas } from './schemas.ts';
import { documentLanguage, groupMembers, type TranslationGroup } from './translations.ts';
import { check, ContentRuleError, findSlugClashes } from './validate.ts';

// Turns GROQ results (the same for the live API and an export) into the normalized entries the
// collections store. Rules from the content model live here: future-dated articles are left out,
// missing references become absent with a warning naming both documents, rule-breaking documents
// fail with their `_id` and field. Every entry carries its `language` (English when the document names none);
// rules that compare documents (unique slugs) compare documents of one language.

/** What normalization needs from the loader. */
export interface NormalizeContext {
  /** Articles dated after this are not published yet. */
  now: Date;
  /** Build log warnings (dangling references, dropped blocks). */
  warn(message: string): void;
  /** Folder for image files (originals, crops, aspect cuts). */
  imageDir: string;
  /** How images are fetched from the live API (src/lib/sanity/fetch-asset.ts has the defaults). */
  imageFetch?: FetchPolicy | undefined;
}

type Raw = Record<string, unknown>;

/** `T` as {@link compact} leaves it: GROQ's `null` removed, so a field that may be `null` becomes optional. */
export type Compact<T> = unknown extends T
  ? T
  : T extends readonly (infer Item)[]
    ? Compact<Item>[]
    : T extends object
      ? { [K in keyof T as null extends T[K] ? never : K]: Compact<T[K]> } & {
          [K in keyof T as null extends T[K] ? K : never]?: unknown extends T[K]
            ? T[K]
            : Compact<NonNullable<T[K]>>;
        }
      : T;

/** Drops `null` (GROQ's "no value") from objects so optional fields read as absent. */
export function compact<T>(value: T): Compact<T>;
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map((item) => compact(item));
  if (value === null || typeof value !== 'object') return value;
  const out: Raw = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== null && child !== undefined) out[key] = compact(child);
  }
  return out;
}

const asArray = (value: unknown): Raw[] =>
  Array.isArray(value) ? value.filter((v): v is Raw => !!v && typeof v === 'object') : [];

/** A resolved reference, or undefined with a warning when its target is missing or of another type. */
function resolved(
  owner: string,
  field: string,
  ref: unknown,
  doc: unknown,
  type: string,
  ctx: NormalizeContext,
): Raw | undefined {
  if (typeof ref !== 'string') return undefined;
  if (doc && typeof doc === 'object' && (doc as Raw)['_type'] === type) return doc as Raw;
  ctx.warn(`${owner} refers to missing ${type} "${ref}" (${field}); it is left out`);
  return undefined;
}

async function image(owner: string, field: string, raw: unknown, ctx: NormalizeContext) {
  if (!raw || typeof raw !== 'object') return undefined;
  const img = raw as RawImage;
  if (!img.assetRef && !img.asset) return undefined;
  if (!img.asset) {
    ctx.warn(`${owner} refers to missing image asset "${img.assetRef}" (${field}); it is left out`);
    return undefined;
  }
  try {
    return await materializeImage(img, ctx.imageDir, ctx.imageFetch);
  } catch (error) {
    // The build stops here, naming what an editor can find: the document, the field and the asset.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentRuleError([`${owner}: ${field}: image asset "${img.asset._id}": ${reason}`]);
  }
}

function checklistShape(raw: Raw) {
  const shape = compact(raw);
  delete shape['_type'];
  shape['language'] = documentLanguage(shape['language']);
  return shape;
}

/** The language a site settings singleton is for: its `_id` decides (`siteSettings`, `siteSettings-es`). */
function settingsLanguage(id: string) {
  const found = Object.entries(SITE_SETTINGS_IDS).find(([, settingsId]) => settingsId === id);
  return found ? found[0] : DEFAULT_CONTENT_LANGUAGE;
}

/** One site settings singleton (its home page image turned into local files), or undefined when there is none. */
export async function normalizeSiteSettings(
  raw: SiteSettingsQueryResult[number] | undefined,
  ctx: NormalizeContext,
) {
  if (!raw || typeof raw !== 'object') return undefined;
  const settings = compact(raw) as Raw;
  const id = typeof settings['_id'] === 'string' ? settings['_id'] : SITE_SETTINGS_IDS.en;
  delete settings['_id'];
  settings['language'] = settingsLanguage(id);
  const hero = await image(`siteSettings "${id}"`, 'heroImage', (raw as Raw)['heroImage'], ctx);
  delete settings['heroImage'];
  if (hero) settings['heroImage'] = hero;
  const problems: string[] = [];
  check(schemas.siteSettings, settings, 'siteSettings', id, problems);
  if (problems.length) throw new ContentRuleError(problems);
  return settings;
}

/** Slug clashes among entries, compared within each language (the same slug may name an article in each). */
function slugClashesPerLanguage(
  type: string,
  entries: readonly { _id: string; slug: string; language?: unknown; origin?: string | undefined }[],
): string[] {
  const byLanguage = new Map<unknown, typeof entries>();
  for (const entry of entries) {
    const language = documentLanguage(entry.language);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), entry]);
  }
  return [...byLanguage.values()].flatMap((group) => findSlugClashes(type, group));
}

/** Every topic, checked. */
export function normalizeTopics(raw: TopicsQueryResult['documents']) {
  const problems: string[] = [];
  const entries = asArray(raw).map((doc) => {
    const entry = compact(doc) as Raw & { _id: string; slug: string };
    entry['language'] = documentLanguage(entry['language']);
    return entry;
  });
  for (const doc of entries) check(schemas.topic, doc, 'topic', doc._id, problems);
  if (!problems.length) problems.push(...slugClashesPerLanguage('topic', entries));
  if (problems.length) throw new ContentRuleError(problems);
  return entries;
}

/** Every fit checklist, checked. */
export function normalizeChecklists(raw: ChecklistsQueryResult['documents']) {
  const problems: string[] = [];
  const entries = asArray(raw).map((doc) => checklistShape(doc) as Raw & { _id: string });
  for (const doc of entries) check(schemas.checklist, doc, 'fitChecklist', doc._id, problems);
  if (problems.length) throw new ContentRuleError(problems);
  return entries;
}

/**
 * A counselor's translation with its facts (COUNSELOR_FACT_FIELDS) taken from the English document it is grouped
 * with; undefined, with a warning, when there is no published English document to take them from.
 */
function withEnglishFacts(
  doc: Raw & { _id: string },
  english: ReadonlyMap<string, Raw>,
  members: ReadonlyMap<string, string[]>,
  ctx: NormalizeContext,
): Raw | undefined {
  const source = (members.get(doc._id) ?? [])
    .map((id) => english.get(id))
    .find((found) => found !== undefined);
  if (!source) {
    ctx.warn(
      `counselor "${doc._id}" (${String(doc['language'])}) has no published English counselor to take its facts from; it is left out`,
    );
    return undefined;
  }
  const facts = new Set(COUNSELOR_FACT_FIELDS);
  const merged: Raw = Object.fromEntries(Object.entries(doc).filter(([field]) => !facts.has(field)));
  for (const field of facts)
    if (source[field] !== undefined && source[field] !== null) merged[field] = source[field];
  return merged;
}

/**
 * Every counselor in every language, photo turned into local files, checked. A translation keeps its own text and
 * takes its facts (name, slug, photo, fees...) from the English document in its translation group.
 */
export async function normalizeCounselors(
  raw: CounselorsQueryResult['documents'],
  ctx: NormalizeContext,
  groups: readonly TranslationGroup[] | null = [],
) {
  const problems: string[] = [];
  const entries: (Raw & { _id: string; slug: string })[] = [];
  const documents = asArray(raw);
  const english = new Map(
    documents
      .filter((doc) => documentLanguage(doc['language']) === DEFAULT_CONTENT_LANGUAGE)
      .map((doc) => [String(doc['_id']), doc]),
  );
  const members = groupMembers(groups);
  for (const stored of documents) {
    const language = documentLanguage(stored['language']);
    const source =
      language === DEFAULT_CONTENT_LANGUAGE
        ? stored
        : withEnglishFacts(stored as Raw & { _id: string }, english, members, ctx);
    if (!source) continue;
    const doc = compact(source) as Raw & { _id: string; slug: string };
    doc['language'] = language;
    const owner = `counselor "${doc._id}"`;
    const photo = await image(owner, 'photo', source['photo'], ctx);
    const entry = { ...doc };
    delete entry['photo'];
    if (photo) entry['photo'] = photo;
    const bio = textBlocks(owner, 'bio', source['bio'], ctx);
    if (source['bio'] !== undefined && source['bio'] !== null) entry['bio'] = bio.blocks.map(compact);
    check(
      schemas.counselor,
      entry,
      'counselor',
      doc._id,
      problems,
      storedPath(
        'bio',
        bio.at.map((at) => ({ at })),
      ),
    );
    entries.push(entry);
  }
  if (!problems.length) problems.push(...slugClashesPerLanguage('counselor', entries));
  if (problems.length) throw new ContentRuleError(problems);
  return entries;
}

function counselorRef(raw: Raw) {
  const { name, slug, credentials, offersFreeConsultation } = compact(raw);
  return compact({ name, slug, credentials, offersFreeConsultation }) as Raw;
}

/** Each object in an array with its index as stored (items that are not objects are skipped, not counted out). */
const storedEntries = (value: unknown): [number, Raw][] =>
  Array.isArray(value)
    ? value.flatMap((v, index): [number, Raw][] => (v && typeof v === 'object' ? [[index, v as Raw]] : []))
    : [];

/**
 * Where each kept item of a body stood in the document: `at` for the block, `inner` for a callout's own blocks.
 * Kept blocks shift down when an unknown one is left out; messages name the position as stored.
 */
type Positions = { at: number; inner?: number[] }[];

/** Rewrites a path into the normalized entry (`body[7].body[1]`) to the path as stored (`body[8].body[2]`). */
function storedPath(field: string, positions: Positions) {
  return (path: readonly PropertyKey[]): PropertyKey[] => {
    const out = [...path];
    const outer = out[0] === field && typeof out[1] === 'number' ? positions[out[1]] : undefined;
    if (!outer) return out;
    const inner = out[2] === 'body' && typeof out[3] === 'number' ? outer.inner?.[out[3]] : undefined;
    if (inner !== undefined) out[3] = inner;
    out[1] = outer.at;
    return out;
  };
}

/** A block type the site does not render: left out with a warning naming document, field, position and type. */
function skipUnknown(owner: string, field: string, block: Raw, ctx: NormalizeContext): void {
  ctx.warn(`${owner} has a ${field} of unknown type "${String(block['_type'])}"; it is left out`);
}

/** Standard text blocks only (bios, callout bodies): anything else is left out with a warning. */
function textBlocks(owner: string, field: string, raw: unknown, ctx: NormalizeContext) {
  const blocks: Raw[] = [];
  const at: number[] = [];
  for (const [index, block] of storedEntries(raw)) {
    if (block['_type'] === 'block') {
      blocks.push(block);
      at.push(index);
    } else skipUnknown(owner, `${field}[${index}]`, block, ctx);
  }
  return { blocks, at };
}

/**
 * A resolved reference kept only when its document is in `language`: an article links topics and embeds checklists
 * of its own language, and names counselors by their English document (which holds their facts). Otherwise
 * undefined, with a warning naming both documents.
 */
function inLanguage(
  owner: string,
  field: string,
  doc: Raw | undefined,
  language: unknown,
  type: string,
  ctx: NormalizeContext,
): Raw | undefined {
  if (!doc) return undefined;
  const found = documentLanguage(doc['language']);
  if (found === language) return doc;
  ctx.warn(
    `${owner} refers to ${type} "${String(doc['_id'])}" (${String(found)}) in ${field}, which must be a ${String(language)} document; it is left out`,
  );
  return undefined;
}

async function body(owner: string, raw: unknown, ctx: NormalizeContext, language: unknown) {
  const out: Raw[] = [];
  const positions: Positions = [];
  for (const [index, block] of storedEntries(raw)) {
    const field = `body[${index}]`;
    const kept = out.length;
    switch (block['_type']) {
      case 'block':
        out.push(block);
        break;
      case 'image': {
        const img = await image(owner, field, block, ctx);
        if (img) out.push({ _type: 'image', ...(block['_key'] ? { _key: block['_key'] } : {}), ...img });
        else if (!block['assetRef'])
          out.push(compact({ _type: 'image', _key: block['_key'], alt: block['alt'] }));
        break;
      }
      case 'checklistEmbed': {
        const target = inLanguage(
          owner,
          `${field}.checklist`,
          resolved(
            owner,
            `${field}.checklist`,
            block['checklistRef'],
            block['checklist'],
            'fitChecklist',
            ctx,
          ),
          language,
          'fitChecklist',
          ctx,
        );
        if (target)
          out.push(
            compact({
              _type: 'checklistEmbed',
              _key: block['_key'],
              checklist: checklistShape(target),
            }),
          );
        break;
      }
      case 'callout': {
        const { _type, _key, tone } = block;
        const text = textBlocks(owner, `${field}.body`, block['body'], ctx);
        out.push(compact({ _type, _key, tone, body: text.blocks }));
        positions.push({ at: index, inner: text.at });
        continue;
      }
      case 'consultationCta': {
        const { _type, _key, heading, body: text } = block;
        out.push(compact({ _type, _key, heading, body: text }));
        break;
      }
      default:
        skipUnknown(owner, field, block, ctx);
    }
    if (out.length > kept) positions.push({ at: index });
  }
  return { blocks: out, rename: storedPath('body', positions) };
}

/**
 * Every published CMS article in every language (future-dated ones left out), references resolved, checked. Topics
 * and checklists come from the article's own language; bylines name English counselor documents.
 */
export async function normalizeArticles(raw: ArticlesQueryResult['documents'], ctx: NormalizeContext) {
  const problems: string[] = [];
  const entries: (Raw & { _id: string; slug: string })[] = [];
  for (const doc of asArray(raw)) {
    const id = String(doc['_id']);
    const owner = `article "${id}"`;
    const language = documentLanguage(doc['language']);
    const counselor = (field: 'author' | 'reviewedBy') =>
      inLanguage(
        owner,
        field,
        resolved(owner, field, doc[`${field}Ref`], doc[field], 'counselor', ctx),
        DEFAULT_CONTENT_LANGUAGE,
        'counselor',
        ctx,
      );
    const author = counselor('author');
    const reviewedBy = counselor('reviewedBy');
    const topics = asArray(doc['topics'])
      .map((t) =>
        inLanguage(
          owner,
          'topics',
          resolved(owner, 'topics', t['ref'], t['doc'], 'topic', ctx),
          language,
          'topic',
          ctx,
        ),
      )
      .filter((t): t is Raw => !!t)
      .map((t) => ({ title: t['title'], slug: t['slug'] }));
    const mainImage = await image(owner, 'mainImage', doc['mainImage'], ctx);
    const entry = compact({
      _id: id,
      source: 'sanity',
      language,
      title: doc['title'],
      slug: doc['slug'],
      excerpt: doc['excerpt'],
      publishedAt: doc['publishedAt'],
      updatedAt: doc['updatedAt'],
      author: author && counselorRef(author),
      reviewedBy: reviewedBy && counselorRef(reviewedBy),
      reviewedAt: doc['reviewedAt'],
      topics,
      mainImage,
      references: doc['references'],
      seo: doc['seo'],
      contentNote: doc['contentNote'],
      featured: doc['featured'],
      previousSlugs: doc['previousSlugs'],
    }) as Raw & { _id: string; slug: string };
    const text = await body(owner, doc['body'], ctx, language);
    entry['body'] = text.blocks;
    const parsed = check(schemas.article, entry, 'article', id, problems, text.rename);
    if (parsed && parsed.publishedAt.getTime() > ctx.now.getTime()) continue;
    entries.push(entry);
  }
  if (problems.length) throw new ContentRuleError(problems);
  return entries;
}
