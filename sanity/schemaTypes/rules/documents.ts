import {
  altTextAdvice,
  altTextProblem,
  crisisHrefProblem,
  excerptProblem,
  futureDateAdvice,
  linkProblem,
  readingLevelAdvice,
  reviewAdvice,
  seoDescriptionAdvice,
  seoTitleAdvice,
  slugProblem,
  slugValue,
} from './fields.ts';
import {
  CONTENT_LANGUAGE_IDS,
  DEFAULT_CONTENT_LANGUAGE,
  SITE_SETTINGS_IDS,
  type ContentLanguage,
} from './languages.ts';
import { CALLOUT_TONES, CONTENT_TYPES, LIMITS, type ContentType } from './limits.ts';

/** One broken rule (error) or piece of editor guidance (warning), naming the document and the field. */
export interface Problem {
  level: 'error' | 'warning';
  /** The document's `_id`. */
  id: string;
  /** Where in the document, e.g. `body[3].alt`. */
  path: string;
  message: string;
}

type Doc = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim().length === 0;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** True for a content model document that is published (not a draft or a release version). */
export function isPublishedContent(doc: unknown): doc is Doc & { _id: string; _type: ContentType } {
  if (!isRecord(doc)) return false;
  const id = doc['_id'];
  const type = doc['_type'];
  return (
    typeof id === 'string' &&
    !id.startsWith('drafts.') &&
    !id.startsWith('versions.') &&
    typeof type === 'string' &&
    (CONTENT_TYPES as readonly string[]).includes(type)
  );
}

/** A document's language: its `language` field, English when it has none (`undefined` for an unknown value). */
export function languageOfDocument(doc: Doc): ContentLanguage | undefined {
  const value = doc['language'];
  if (value === undefined || value === null) return DEFAULT_CONTENT_LANGUAGE;
  return (CONTENT_LANGUAGE_IDS as readonly unknown[]).includes(value)
    ? (value as ContentLanguage)
    : undefined;
}

class Collector {
  readonly problems: Problem[] = [];
  readonly id: string;
  constructor(id: string) {
    this.id = id;
  }
  error(path: string, message: string | undefined): void {
    if (message !== undefined) this.problems.push({ level: 'error', id: this.id, path, message });
  }
  warning(path: string, message: string | undefined): void {
    if (message !== undefined) this.problems.push({ level: 'warning', id: this.id, path, message });
  }
  required(doc: Doc, field: string, what: string): void {
    if (isBlank(doc[field])) this.error(field, `${what} is required.`);
  }
}

function checkImage(c: Collector, path: string, image: unknown): void {
  c.error(path, altTextProblem(image));
  if (isRecord(image)) c.warning(`${path}.alt`, altTextAdvice(image['alt']));
}

function checkKeys(c: Collector, path: string, items: unknown[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = isRecord(item) ? item['_key'] : undefined;
    if (typeof key !== 'string' || key.length === 0) {
      c.error(`${path}[${index}]`, 'Every item in a list needs a _key.');
    } else if (seen.has(key)) {
      c.error(`${path}[${index}]`, `The _key "${key}" is used twice.`);
    } else {
      seen.add(key);
    }
  });
}

/** Checks Portable Text: keys, link schemes, and (in an article body) the custom blocks. */
function checkPortableText(c: Collector, path: string, value: unknown, allowCustomBlocks: boolean): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    c.error(path, 'Rich text must be a list of blocks.');
    return;
  }
  checkKeys(c, path, value);
  value.forEach((node, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(node)) {
      c.error(at, 'Not a block.');
      return;
    }
    const type = node['_type'];
    if (type === 'block') {
      asArray(node['markDefs']).forEach((def, defIndex) => {
        if (isRecord(def) && def['_type'] === 'link')
          c.error(`${at}.markDefs[${defIndex}].href`, linkProblem(def['href']));
      });
      checkKeys(c, `${at}.children`, asArray(node['children']));
      return;
    }
    if (!allowCustomBlocks) {
      c.error(at, `Blocks of type "${String(type)}" are not allowed here.`);
      return;
    }
    switch (type) {
      case 'image':
        checkImage(c, at, node);
        if (!isRecord(node['asset']) && typeof node['_sanityAsset'] !== 'string')
          c.error(at, 'Upload an image.');
        break;
      case 'callout':
        if (!(CALLOUT_TONES as readonly unknown[]).includes(node['tone'])) {
          c.error(`${at}.tone`, `Choose a tone: ${CALLOUT_TONES.join(', ')}.`);
        }
        if (asArray(node['body']).length === 0) c.error(`${at}.body`, 'A callout needs some text.');
        checkPortableText(c, `${at}.body`, node['body'], false);
        break;
      case 'checklistEmbed': {
        const ref = isRecord(node['checklist']) ? node['checklist']['_ref'] : undefined;
        if (isBlank(ref)) c.error(`${at}.checklist`, 'Choose which fit checklist to show.');
        break;
      }
      case 'consultationCta':
        break;
      default:
        c.error(at, `Blocks of type "${String(type)}" are not part of the content model.`);
    }
  });
}

function checkSiteSettings(c: Collector, doc: Doc, language: ContentLanguage): void {
  const expected = SITE_SETTINGS_IDS[language];
  if (doc['_id'] !== expected)
    c.error('_id', `Site settings is one singleton per language: its _id must be "${expected}".`);
  c.required(doc, 'title', "The practice's name");
  c.required(doc, 'crisisMessage', 'A crisis message');
  c.warning('description', seoDescriptionAdvice(doc['description']));
  const links = asArray(doc['crisisLinks']);
  checkKeys(c, 'crisisLinks', links);
  links.forEach((link, index) => {
    const at = `crisisLinks[${index}]`;
    if (!isRecord(link)) return c.error(at, 'Not a link.');
    if (isBlank(link['label'])) c.error(`${at}.label`, 'A crisis link needs a label.');
    c.error(`${at}.href`, crisisHrefProblem(link['href']));
  });
  const email = doc['email'];
  if (typeof email === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    c.error('email', 'Not an email address.');
}

function checkTopic(c: Collector, doc: Doc): void {
  c.required(doc, 'title', 'A title');
  c.error('slug', slugProblem(doc['slug']));
}

function checkCounselor(c: Collector, doc: Doc, language: ContentLanguage): void {
  // A translation holds only text: its name, slug, photo and other facts come from the English document.
  if (language === DEFAULT_CONTENT_LANGUAGE) {
    c.required(doc, 'name', 'A name');
    c.error('slug', slugProblem(doc['slug']));
  }
  checkImage(c, 'photo', doc['photo']);
  checkPortableText(c, 'bio', doc['bio'], false);
  for (const field of ['specialties', 'insurance']) {
    asArray(doc[field]).forEach((entry, index) => {
      if (isBlank(entry)) c.error(`${field}[${index}]`, 'Empty entries are not allowed.');
    });
  }
}

function checkChecklist(c: Collector, doc: Doc): void {
  c.required(doc, 'title', 'A title');
  const items = asArray(doc['items']);
  if (items.length < LIMITS.checklistItemsMin || items.length > LIMITS.checklistItemsMax) {
    c.error(
      'items',
      `A checklist has ${LIMITS.checklistItemsMin} to ${LIMITS.checklistItemsMax} items (this has ${items.length}).`,
    );
  }
  checkKeys(c, 'items', items);
  items.forEach((item, index) => {
    if (!isRecord(item) || isBlank(item['label']))
      c.error(`items[${index}].label`, 'Every item needs a label.');
  });
  const outcomes = asArray(doc['outcomes']);
  if (outcomes.length === 0)
    c.error('outcomes', 'Add at least one outcome, so ticking items leads somewhere.');
  checkKeys(c, 'outcomes', outcomes);
  outcomes.forEach((outcome, index) => {
    const at = `outcomes[${index}]`;
    const min = isRecord(outcome) ? outcome['minChecked'] : undefined;
    if (typeof min !== 'number' || !Number.isInteger(min) || min < 0) {
      c.error(`${at}.minChecked`, 'The threshold is a whole number, 0 or more.');
    } else if (min > items.length) {
      c.warning(`${at}.minChecked`, `Nobody can tick ${min} items: the checklist has ${items.length}.`);
    }
    if (isRecord(outcome) && isBlank(outcome['heading']) && isBlank(outcome['body'])) {
      c.warning(at, 'An outcome with neither heading nor text shows nothing.');
    }
  });
}

function checkArticle(c: Collector, doc: Doc, language: ContentLanguage, now: Date): void {
  c.required(doc, 'title', 'A title');
  c.error('slug', slugProblem(doc['slug']));
  c.error('excerpt', excerptProblem(doc['excerpt']));
  const published = doc['publishedAt'];
  if (typeof published !== 'string' || Number.isNaN(Date.parse(published))) {
    c.error('publishedAt', 'A publish date is required.');
  } else {
    c.warning('publishedAt', futureDateAdvice(published, now));
  }
  const updated = doc['updatedAt'];
  if (updated !== undefined) {
    if (typeof updated !== 'string' || Number.isNaN(Date.parse(updated))) c.error('updatedAt', 'Not a date.');
    else if (typeof published === 'string' && Date.parse(updated) < Date.parse(published)) {
      c.warning('updatedAt', 'The update date is before the publish date.');
    }
  }
  const reviewed = doc['reviewedAt'];
  if (reviewed !== undefined && (typeof reviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(reviewed))) {
    c.error('reviewedAt', 'A review date looks like 2026-03-31.');
  }
  const review = reviewAdvice(doc['reviewedBy'], doc['reviewedAt'], now);
  if (review) c.warning(review.field, review.message);
  for (const field of ['author', 'reviewedBy']) {
    const ref = doc[field];
    if (ref !== undefined && (!isRecord(ref) || isBlank(ref['_ref']))) c.error(field, 'Not a reference.');
  }
  const topics = asArray(doc['topics']);
  checkKeys(c, 'topics', topics);
  checkImage(c, 'mainImage', doc['mainImage']);
  checkPortableText(c, 'body', doc['body'], true);
  c.warning('body', readingLevelAdvice(doc['body'], language));
  const seo = doc['seo'];
  if (isRecord(seo)) {
    c.warning('seo.title', seoTitleAdvice(seo['title']));
    c.warning('seo.description', seoDescriptionAdvice(seo['description']));
  }
  asArray(doc['previousSlugs']).forEach((old, index) => {
    c.error(`previousSlugs[${index}]`, slugProblem({ current: old }));
  });
}

/**
 * Checks one document against the content model's rules (errors) and the editor guidance (warnings). Documents
 * of other types, drafts and versions are not checked (the site ignores them). `now` decides what is "future".
 */
export function checkDocument(doc: unknown, now: Date = new Date()): Problem[] {
  if (!isPublishedContent(doc)) return [];
  const c = new Collector(doc._id);
  const language = languageOfDocument(doc);
  if (language === undefined) {
    c.error('language', `The language must be one of ${CONTENT_LANGUAGE_IDS.join(', ')}.`);
    return c.problems;
  }
  switch (doc._type) {
    case 'siteSettings':
      checkSiteSettings(c, doc, language);
      break;
    case 'topic':
      checkTopic(c, doc);
      break;
    case 'counselor':
      checkCounselor(c, doc, language);
      break;
    case 'fitChecklist':
      checkChecklist(c, doc);
      break;
    case 'article':
      checkArticle(c, doc, language, now);
      break;
  }
  return c.problems;
}

/** Collects every `_ref` in a value (references, image assets excluded). */
function collectRefs(value: unknown, path: string, out: { path: string; ref: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectRefs(item, `${path}[${index}]`, out);
    });
  } else if (isRecord(value)) {
    if (value['_type'] === 'reference' && typeof value['_ref'] === 'string') {
      out.push({ path, ref: value['_ref'] });
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'asset') collectRefs(child, path === '' ? key : `${path}.${key}`, out);
    }
  }
}

/** Checks `translation.metadata` groups (the Studio plugin's): one item per language, each a reference to a document. */
function translationGroupProblems(docs: readonly unknown[], ids: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const doc of docs) {
    if (!isRecord(doc) || doc['_type'] !== 'translation.metadata' || typeof doc['_id'] !== 'string') continue;
    const id = doc['_id'];
    if (id.startsWith('drafts.') || id.startsWith('versions.')) continue;
    const items = asArray(doc['translations']);
    const keys = new Set<string>();
    items.forEach((item, index) => {
      const at = `translations[${index}]`;
      const key = isRecord(item) ? item['_key'] : undefined;
      const ref = isRecord(item) && isRecord(item['value']) ? item['value']['_ref'] : undefined;
      if (typeof key !== 'string' || !(CONTENT_LANGUAGE_IDS as readonly string[]).includes(key)) {
        problems.push({
          level: 'error',
          id,
          path: at,
          message: `The language key must be one of ${CONTENT_LANGUAGE_IDS.join(', ')}.`,
        });
      } else if (keys.has(key)) {
        problems.push({
          level: 'error',
          id,
          path: at,
          message: `The language "${key}" is in this group twice.`,
        });
      } else {
        keys.add(key);
      }
      if (typeof ref !== 'string' || ref.length === 0) {
        problems.push({ level: 'error', id, path: `${at}.value`, message: 'Not a reference.' });
      } else if (!ids.has(ref)) {
        problems.push({
          level: 'warning',
          id,
          path: `${at}.value`,
          message: `Refers to ${ref}, which does not exist.`,
        });
      }
    });
  }
  return problems;
}

/**
 * Checks a whole dataset: every document's rules, unique slugs per type and language (an article and its
 * translation may share a slug; an article's slug also may not equal another article's former slug in its
 * language), one site settings document per language, `translation.metadata` groups, and references that point
 * nowhere (warnings: the site renders without them).
 */
export function checkDataset(docs: readonly unknown[], now: Date = new Date()): Problem[] {
  const content = docs.filter(isPublishedContent);
  const problems = content.flatMap((doc) => checkDocument(doc, now));
  const ids = new Set(content.map((doc) => doc._id));
  const owners = new Map<string, string>();
  const languageKey = (doc: Doc) => languageOfDocument(doc) ?? String(doc['language']);
  for (const doc of content) {
    const slug = slugValue(doc['slug']);
    if (slug === undefined) continue;
    const key = `${doc._type}:${languageKey(doc)}:${slug}`;
    const owner = owners.get(key);
    if (owner === undefined) owners.set(key, doc._id);
    else
      problems.push({
        level: 'error',
        id: doc._id,
        path: 'slug',
        message: `The slug "${slug}" is already used by ${owner}.`,
      });
  }
  for (const doc of content) {
    if (doc._type !== 'article') continue;
    asArray(doc['previousSlugs']).forEach((old, index) => {
      const owner = owners.get(`article:${languageKey(doc)}:${String(old)}`);
      if (owner !== undefined && owner !== doc._id) {
        problems.push({
          level: 'error',
          id: doc._id,
          path: `previousSlugs[${index}]`,
          message: `The former slug "${String(old)}" is the current slug of ${owner}.`,
        });
      }
    });
  }
  const settingsByLanguage = new Map<string, typeof content>();
  for (const doc of content) {
    if (doc._type !== 'siteSettings') continue;
    const list = settingsByLanguage.get(languageKey(doc)) ?? [];
    list.push(doc);
    settingsByLanguage.set(languageKey(doc), list);
  }
  for (const settings of settingsByLanguage.values()) {
    for (const doc of settings.slice(1)) {
      problems.push({
        level: 'error',
        id: doc._id,
        path: '_id',
        message: 'There can be only one site settings document per language.',
      });
    }
  }
  for (const doc of content) {
    const refs: { path: string; ref: string }[] = [];
    collectRefs(doc, '', refs);
    for (const { path, ref } of refs) {
      if (!ids.has(ref))
        problems.push({
          level: 'warning',
          id: doc._id,
          path,
          message: `Refers to ${ref}, which does not exist.`,
        });
    }
  }
  problems.push(...translationGroupProblems(docs, ids));
  return problems;
}
