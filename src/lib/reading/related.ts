/** The fields related-article ranking reads. */
export interface Relatable {
  slug: string;
  publishedAt: Date;
  topics: readonly { slug: string }[];
}

/** How many related articles an article page shows. */
export const RELATED_LIMIT = 3;

type RelatedIndex<T extends Relatable> = Map<string, T[]>;

// One index per article list (the build's collection is read once), so 1,000 pages don't each rescan 1,000 articles.
const indexes = new WeakMap<readonly Relatable[], Map<string, unknown>>();

function newestFirst(a: Relatable, b: Relatable): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug);
}

function topicIndex<T extends Relatable>(articles: readonly T[]): RelatedIndex<T> {
  let index = indexes.get(articles) as RelatedIndex<T> | undefined;
  if (!index) {
    index = new Map();
    const sorted = [...articles].sort(newestFirst);
    for (const article of sorted) {
      for (const topic of article.topics) {
        let list = index.get(topic.slug);
        if (!list) index.set(topic.slug, (list = []));
        list.push(article);
      }
    }
    index.set('\0newest', sorted);
    indexes.set(articles, index);
  }
  return index;
}

/**
 * Up to `limit` other articles: those sharing the most topics first, then the newest.
 * When fewer share a topic, the newest others fill the list so the reader always has somewhere to go next.
 */
export function relatedArticles<T extends Relatable>(
  articles: readonly T[],
  article: Relatable,
  limit = RELATED_LIMIT,
): T[] {
  const index = topicIndex(articles);
  const shared = new Map<T, number>();
  for (const topic of article.topics) {
    for (const other of index.get(topic.slug) ?? []) {
      if (other.slug !== article.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const ranked = [...shared.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || newestFirst(a, b))
    .map(([other]) => other)
    .slice(0, limit);
  if (ranked.length < limit) {
    for (const other of index.get('\0newest') ?? []) {
      if (ranked.length >= limit) break;
      if (other.slug !== article.slug && !shared.has(other)) ranked.push(other);
    }
  }
  return ranked;
}

/** Articles grouped by topic slug, newest first (memoized per list like the related index). */
export function articlesByTopic<T extends Relatable>(articles: readonly T[], topicSlug: string): T[] {
  return topicIndex(articles).get(topicSlug) ?? [];
}
