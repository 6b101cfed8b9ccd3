import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLanguage, isLanguage, type Language } from '../../i18n/languages.ts';
import { mdxWords, readingMinutes } from './reading-time.ts';

// The collections as reader pages use them, one language at a time, read and sorted once per build (module-level
// memo): a 1,000-article build must not re-sort or rescan the collection for every page.

/** An article entry as stored in the `articles` collection. */
export type ArticleEntry = CollectionEntry<'articles'>;
/** An article's data (what the pages render). */
export type ArticleData = ArticleEntry['data'];

const articles = new Map<Language, Promise<ArticleEntry[]>>();
const topics = new Map<Language, Promise<CollectionEntry<'topics'>[]>>();
const counselors = new Map<Language, Promise<CollectionEntry<'counselors'>[]>>();
const minutes = new WeakMap<ArticleEntry, number>();

/** The language an entry is written in (entries stored before languages existed are English). */
export function entryLanguage(data: object): Language {
  const value: unknown = (data as { language?: unknown }).language;
  return isLanguage(value) ? value : defaultLanguage;
}

function memo<T>(cache: Map<Language, Promise<T>>, language: Language, load: () => Promise<T>): Promise<T> {
  let value = cache.get(language);
  if (!value) cache.set(language, (value = load()));
  return value;
}

/** Every published article in a language, newest first (future-dated ones never reach the collection). */
export function getArticles(language: Language = defaultLanguage): Promise<ArticleEntry[]> {
  return memo(articles, language, async () =>
    (await getCollection('articles', ({ data }) => entryLanguage(data) === language)).sort(
      (a, b) =>
        b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.data.slug.localeCompare(b.data.slug),
    ),
  );
}

/** Articles that search engines, the sitemap and RSS may list (no `seo.noIndex`). */
export async function getIndexableArticles(language: Language = defaultLanguage): Promise<ArticleEntry[]> {
  return (await getArticles(language)).filter((a) => !a.data.seo?.noIndex);
}

/** Topics in a language, A–Z as that language sorts. */
export function getTopics(language: Language = defaultLanguage): Promise<CollectionEntry<'topics'>[]> {
  return memo(topics, language, async () =>
    (await getCollection('topics', ({ data }) => entryLanguage(data) === language)).sort((a, b) =>
      a.data.title.localeCompare(b.data.title, language),
    ),
  );
}

/** Counselors with a profile in a language, A–Z by name. */
export function getCounselors(
  language: Language = defaultLanguage,
): Promise<CollectionEntry<'counselors'>[]> {
  return memo(counselors, language, async () =>
    (await getCollection('counselors', ({ data }) => entryLanguage(data) === language)).sort((a, b) =>
      a.data.name.localeCompare(b.data.name, language),
    ),
  );
}

/** Minutes to read an article: its words as the loader counted them, or the MDX source for MDX articles. */
export function articleReadingMinutes(entry: ArticleEntry): number {
  let value = minutes.get(entry);
  if (value === undefined) {
    const words = entry.data.source === 'mdx' ? mdxWords(entry.body ?? '') : (entry.data.words ?? 0);
    value = readingMinutes(words);
    minutes.set(entry, value);
  }
  return value;
}

/** An article as related-article ranking reads it, keyed back to its entry. */
export interface RelatableArticle {
  slug: string;
  publishedAt: Date;
  topics: { slug: string }[];
  entry: ArticleEntry;
}

const relatables = new Map<Language, Promise<RelatableArticle[]>>();

/**
 * Every article of a language in the shape `relatedArticles` ranks (one array per language and build, so its
 * topic index is built once).
 */
export function getRelatableArticles(language: Language = defaultLanguage): Promise<RelatableArticle[]> {
  return memo(relatables, language, async () =>
    (await getArticles(language)).map((entry) => ({
      slug: entry.data.slug,
      publishedAt: entry.data.publishedAt,
      topics: entry.data.topics,
      entry,
    })),
  );
}
