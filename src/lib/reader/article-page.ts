import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Alternates } from '../../i18n/alternates.ts';
import { defaultLanguage, isLanguage, localizePath, type Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { routeIn } from '../../i18n/routes.ts';
import type { SiteSettings } from '../content/site-settings.ts';
import type { ArticleData, ArticleEntry } from './content.ts';
import { isLaterDay } from './dates.ts';
import { tableOfContents, type TocEntry } from './headings.ts';
import { articleJsonLd, breadcrumbJsonLd } from './json-ld.ts';
import { metaDescription } from './seo.ts';
import type { socialImage } from './social-image.ts';

// What an article's page shows, worked out once from what is at hand: a collection entry for the static pages
// (src/lib/reader/article-page-entry.ts) or the live document for the live page the server renders while a
// published change waits for the full build (src/pages/internal/live-article/[id].astro, docs/publishing.md).
// Both render it with src/components/pages/ArticlePage.astro, so the two give the same HTML.

/** The language an article is written in (English when the entry names none). */
export function articleLanguage(data: { language?: unknown }): Language {
  return isLanguage(data.language) ? data.language : defaultLanguage;
}

/** An article's own page: `/articles/<slug>/`, under `/es/` for a Spanish article. */
export function articlePath(data: { slug: string; language?: unknown }): string {
  return localizePath(`/articles/${data.slug}/`, articleLanguage(data));
}

/** An MDX article's rendered text and the components it may use. */
export interface MdxText {
  Content: AstroComponentFactory;
  components: Record<string, unknown>;
}

/** What the page model is made from. */
export interface ArticlePageInput {
  data: ArticleData;
  /** The page's language (the article's). */
  lang: Language;
  /** The article in each language it is published in. */
  alternates: Alternates;
  /** The site settings of the page's language. */
  settings: SiteSettings;
  /** The site's absolute URL. */
  site: string;
  /** The h2/h3 headings with their ids. */
  headings: readonly TocEntry[];
  minutes: number;
  /** The text already closes with a consultation block, so the page adds none. */
  endsWithCta: boolean;
  socialImage: Awaited<ReturnType<typeof socialImage>> | undefined;
  /** Related reading (only the static build has the other articles at hand). */
  related: readonly ArticleEntry[];
  /** An MDX article's text; a CMS article's is its Portable Text body. */
  mdx?: MdxText | undefined;
  /** Where a counselor's profile is from this page (src/lib/counselors/profile-links.ts). */
  profile: (slug: string) => string;
}

/** Everything the article page renders (src/components/pages/ArticlePage.astro). */
export function articlePageModel(input: ArticlePageInput) {
  const { data, lang, site, settings } = input;
  const { reader } = messagesFor(lang);
  const path = localizePath(`/articles/${data.slug}/`, lang);
  // Not the author: the invitations promise help finding the counselor who fits (the byline leads to the author).
  const consultationHref = `${routeIn('/contact/', lang)}?from=${encodeURIComponent(data.slug)}`;
  const description = metaDescription(data.seo?.description, data.excerpt) ?? data.excerpt;
  const preview = input.socialImage;
  return {
    data,
    lang,
    alternates: input.alternates,
    settings,
    path,
    toc: tableOfContents(input.headings),
    consultationHref,
    description,
    minutes: input.minutes,
    endsWithCta: input.endsWithCta,
    showUpdated: isLaterDay(data.publishedAt, data.updatedAt),
    socialImage: preview,
    related: input.related,
    mdx: input.mdx,
    jsonLd: [
      articleJsonLd({
        site,
        inLanguage: messagesFor(lang).site.locale,
        profile: input.profile,
        siteName: settings.title,
        url: new URL(path, site).href,
        title: data.title,
        description,
        publishedAt: data.publishedAt,
        updatedAt: data.updatedAt,
        author: data.author,
        reviewedBy: data.reviewedBy,
        reviewedAt: data.reviewedAt,
        image: preview ? new URL(preview.src, site).href : undefined,
        topics: data.topics.map((t) => t.title),
        references: data.references,
      }),
      breadcrumbJsonLd(site, [
        [reader.article.home, localizePath('/', lang)],
        [reader.article.breadcrumb, localizePath('/articles/', lang)],
        [data.title, path],
      ]),
    ],
  };
}

/** The article page's model. */
export type ArticlePageModel = ReturnType<typeof articlePageModel>;
