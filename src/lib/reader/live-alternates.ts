import type { Alternates } from '../../i18n/alternates.ts';
import { languages, localizePath, type Language } from '../../i18n/languages.ts';
import { hasRouteFile } from '../../i18n/routes.ts';

/** What the live page knows of an article: from the live document, or from the build's list of articles. */
export interface KnownArticle {
  slug: string;
  _id?: string | undefined;
  language: Language;
  /** The slug of each published translation, by language. */
  translations?: Partial<Record<Language, string>> | undefined;
}

/**
 * The alternates of a just-published article's live page (src/pages/internal/live-article/[id].astro), from the
 * articles of the build being served: its own page, and each translation the build has a page for, named either by
 * the article as that build knew it or by the translation itself (which names this article's slug then or now).
 * A translation published since that build joins with the next one, as on the static pages.
 */
export function liveArticleAlternates(article: KnownArticle, built: readonly KnownArticle[]): Alternates {
  const own = localizePath(`/articles/${article.slug}/`, article.language);
  const alternates: Alternates = { [article.language]: own };
  const before = article._id === undefined ? undefined : built.find((entry) => entry._id === article._id);
  const names = new Set([article.slug, ...(before ? [before.slug] : [])]);
  for (const other of languages) {
    if (other === article.language || !hasRouteFile('articles/[slug].astro', other)) continue;
    const inOther = built.filter((entry) => entry.language === other);
    const named = before?.translations?.[other];
    const translation =
      inOther.find((entry) => entry.slug === named) ??
      inOther.find((entry) => names.has(entry.translations?.[article.language] ?? ''));
    if (translation) alternates[other] = localizePath(`/articles/${translation.slug}/`, other);
  }
  return alternates;
}
