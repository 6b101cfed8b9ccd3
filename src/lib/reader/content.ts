import { getCollection, type CollectionEntry } from 'astro:content';
import { mdxWords, readingMinutes } from './reading-time.ts';

// The collections as reader pages use them, read and sorted once per build (module-level memo):
// a 1,000-article build must not re-sort or rescan the collection for every page.

/** An article entry as stored in the `articles` collection. */
export type ArticleEntry = CollectionEntry<'articles'>;
/** An article's data (what the pages render). */
export type ArticleData = ArticleEntry['data'];

let articles: Promise<ArticleEntry[]> | undefined;
let topics: Promise<CollectionEntry<'topics'>[]> | undefined;
let counselors: Promise<CollectionEntry<'counselors'>[]> | undefined;
const minutes = new WeakMap<ArticleEntry, number>();

/** Every published article, newest first (future-dated ones never reach the collection). */
export function getArticles(): Promise<ArticleEntry[]> {
  articles ??= getCollection('articles').then((all) =>
    all.sort(
      (a, b) =>
        b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.data.slug.localeCompare(b.data.slug),
    ),
  );
  return articles;
}

/** Articles that search engines, the sitemap and RSS may list (no `seo.noIndex`). */
export async function getIndexableArticles(): Promise<ArticleEntry[]> {
  return (await getArticles()).filter((a) => !a.data.seo?.noIndex);
}

/** Topics A–Z. */
export function getTopics(): Promise<CollectionEntry<'topics'>[]> {
  topics ??= getCollection('topics').then((all) =>
    all.sort((a, b) => a.data.title.localeCompare(b.data.title)),
  );
  return topics;
}

/** Counselors A–Z by name. */
export function getCounselors(): Promise<CollectionEntry<'counselors'>[]> {
  counselors ??= getCollection('counselors').then((all) =>
    all.sort((a, b) => a.data.name.localeCompare(b.data.name)),
  );
  return counselors;
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

let relatables: Promise<RelatableArticle[]> | undefined;

/** Every article in the shape `relatedArticles` ranks (one array per build, so its topic index is built once). */
export function getRelatableArticles(): Promise<RelatableArticle[]> {
  relatables ??= getArticles().then((all) =>
    all.map((entry) => ({
      slug: entry.data.slug,
      publishedAt: entry.data.publishedAt,
      topics: entry.data.topics,
      entry,
    })),
  );
  return relatables;
}
