import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContentLanguage } from '../sanity/schemas.ts';

// The collections as reader pages use them, read and sorted once per build and language (module-level memo):
// a 1,000-article build must not re-sort or rescan the collection for every page. Each returns the entries of one
// language (English when none is given).

/** An article entry as stored in the `articles` collection. */
export type ArticleEntry = CollectionEntry<'articles'>;
/** An article's data (what the pages render). */
export type ArticleData = ArticleEntry['data'];

const articles = new Map<ContentLanguage, Promise<ArticleEntry[]>>();
const topics = new Map<ContentLanguage, Promise<CollectionEntry<'topics'>[]>>();
const counselors = new Map<ContentLanguage, Promise<CollectionEntry<'counselors'>[]>>();

/** The memo's value for `language`, made once. */
function once<T>(memo: Map<ContentLanguage, Promise<T>>, language: ContentLanguage, make: () => Promise<T>) {
  let value = memo.get(language);
  if (!value) {
    value = make();
    memo.set(language, value);
  }
  return value;
}

/** Every published article of a language, newest first (future-dated ones never reach the collection). */
export function getArticles(language: ContentLanguage = 'en'): Promise<ArticleEntry[]> {
  return once(articles, language, () =>
    getCollection('articles', ({ data }) => data.language === language).then((all) =>
      all.sort(
        (a, b) =>
          b.data.publishedAt.getTime() - a.data.publishedAt.getTime() ||
          a.data.slug.localeCompare(b.data.slug),
      ),
    ),
  );
}

/** Articles of a language that search engines, the sitemap and RSS may list (no `seo.noIndex`). */
export async function getIndexableArticles(language: ContentLanguage = 'en'): Promise<ArticleEntry[]> {
  return (await getArticles(language)).filter((a) => !a.data.seo?.noIndex);
}

/** Topics of a language, A–Z. */
export function getTopics(language: ContentLanguage = 'en'): Promise<CollectionEntry<'topics'>[]> {
  return once(topics, language, () =>
    getCollection('topics', ({ data }) => data.language === language).then((all) =>
      all.sort((a, b) => a.data.title.localeCompare(b.data.title, language)),
    ),
  );
}

/** Counselors' pages in a language, A–Z by name. */
export function getCounselors(language: ContentLanguage = 'en'): Promise<CollectionEntry<'counselors'>[]> {
  return once(counselors, language, () =>
    getCollection('counselors', ({ data }) => data.language === language).then((all) =>
      all.sort((a, b) => a.data.name.localeCompare(b.data.name, language)),
    ),
  );
}

/** An article as related-article ranking reads it, keyed back to its entry. */
export interface RelatableArticle {
  slug: string;
  publishedAt: Date;
  topics: { slug: string }[];
  entry: ArticleEntry;
}

const relatables = new Map<ContentLanguage, Promise<RelatableArticle[]>>();

/**
 * Every article of a language in the shape `relatedArticles` ranks (one array per build and language, so its topic
 * index is built once).
 */
export function getRelatableArticles(language: ContentLanguage = 'en'): Promise<RelatableArticle[]> {
  return once(relatables, language, () =>
    getArticles(language).then((all) =>
      all.map((entry) => ({
        slug: entry.data.slug,
        publishedAt: entry.data.publishedAt,
        topics: entry.data.topics,
        entry,
      })),
    ),
  );
}
