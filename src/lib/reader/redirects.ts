/** A page that moved: `/articles/<from>/` now lives at `to`. */
export interface ArticleRedirect {
  from: string;
  to: string;
}

/**
 * Redirects for every article's `previousSlugs`. A former slug that is some article's current slug, or that two
 * articles both claim, is skipped with a warning: the live page always wins over a redirect.
 */
export function redirectPaths(
  articles: readonly { slug: string; previousSlugs: readonly string[] }[],
  warn: (message: string) => void = (m) => {
    console.warn(`[articles] ${m}`);
  },
): ArticleRedirect[] {
  const current = new Set(articles.map((a) => a.slug));
  const claimed = new Map<string, string>();
  const clashes = new Set<string>();
  for (const article of articles) {
    for (const old of new Set(article.previousSlugs)) {
      if (old === article.slug) continue;
      if (current.has(old)) {
        warn(`former slug "${old}" of "${article.slug}" is another article's current slug; no redirect`);
        continue;
      }
      const owner = claimed.get(old);
      if (owner !== undefined && owner !== article.slug) {
        warn(`former slug "${old}" is claimed by "${owner}" and "${article.slug}"; no redirect`);
        clashes.add(old);
      } else claimed.set(old, article.slug);
    }
  }
  return [...claimed]
    .filter(([from]) => !clashes.has(from))
    .map(([from, slug]) => ({ from, to: `/articles/${slug}/` }));
}
