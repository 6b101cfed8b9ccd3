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

/** Each article's place in the newest-first order, and whether any article names one topic twice. */
interface Ranks {
  rank: Map<Relatable, number>;
  repeats: boolean;
}

const ranks = new WeakMap<readonly Relatable[], Ranks>();

/** Ranks for the order every topic list of the index is in (memoized per list like the index). */
function rankIndex(articles: readonly Relatable[]): Ranks {
  let found = ranks.get(articles);
  if (!found) {
    const newest = topicIndex(articles).get('\0newest') ?? [];
    found = {
      rank: new Map(newest.map((a, i) => [a, i])),
      repeats: articles.some((a) => new Set(a.topics.map((t) => t.slug)).size < a.topics.length),
    };
    ranks.set(articles, found);
  }
  return found;
}

/**
 * The `limit` articles found most often in `lists` (ties: newest first), skipping `self`. The lists share one
 * newest-first order, so they are merged in that order, counting how often each article appears, and the walk
 * stops as soon as `limit` articles are in every list: nothing later can outrank them (unless an article names a
 * topic twice, when it can appear more often than that and the whole walk is made). Sorting every candidate of
 * every page instead made 5,000 articles take seconds (the work grew with the square of the number of articles).
 */
function mostShared<T extends Relatable>(
  lists: readonly (readonly T[])[],
  self: string,
  { rank, repeats }: Ranks,
  limit: number,
): T[] {
  const heads = lists.map(() => 0);
  const byCount = new Map<number, T[]>();
  const full = lists.length;
  for (;;) {
    let next: T | undefined;
    let nextRank = Infinity;
    for (const [i, list] of lists.entries()) {
      const head = list[heads[i] ?? 0];
      const r = head ? (rank.get(head) ?? Infinity) : Infinity;
      if (r < nextRank) [next, nextRank] = [head, r];
    }
    if (!next) break;
    let count = 0;
    for (const [i, list] of lists.entries()) {
      while (list[heads[i] ?? 0] === next) {
        count += 1;
        heads[i] = (heads[i] ?? 0) + 1;
      }
    }
    if (next.slug === self) continue;
    let bucket = byCount.get(count);
    if (!bucket) byCount.set(count, (bucket = []));
    if (bucket.length < limit) bucket.push(next);
    if (!repeats && (byCount.get(full)?.length ?? 0) >= limit) break;
  }
  return [...byCount.entries()]
    .sort(([a], [b]) => b - a)
    .flatMap(([, bucket]) => bucket)
    .slice(0, limit);
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
  const ranked = mostShared(
    article.topics.map((topic) => index.get(topic.slug) ?? []),
    article.slug,
    rankIndex(articles),
    limit,
  );
  if (ranked.length < limit) {
    for (const other of index.get('\0newest') ?? []) {
      if (ranked.length >= limit) break;
      if (other.slug !== article.slug && !ranked.includes(other)) ranked.push(other);
    }
  }
  return ranked;
}

/** Articles grouped by topic slug, newest first (memoized per list like the related index). */
export function articlesByTopic<T extends Relatable>(articles: readonly T[], topicSlug: string): T[] {
  return topicIndex(articles).get(topicSlug) ?? [];
}
