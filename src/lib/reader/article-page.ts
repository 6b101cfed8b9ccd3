import { defaultLanguage, isLanguage, localizePath, type Language } from '../../i18n/languages.ts';
import type { ArticleData } from './content.ts';
import { tableOfContents, type TocEntry } from './headings.ts';
import { articleJsonLd, breadcrumbJsonLd } from './json-ld.ts';
import { metaDescription } from './seo.ts';
import { isLaterDay } from './dates.ts';
import type { socialImage } from './social-image.ts';

// What an article's page shows, worked out once for the static page (src/pages/articles/[slug].astro) and for the
// live page the server renders while a published change waits for the full build (docs/publishing.md): both render
// it with src/components/reader/ArticlePage.astro, so the two give the same HTML.

/** The language an article is written in (English when the entry names none). */
export function articleLanguage(data: { language?: unknown }): Language {
  return isLanguage(data.language) ? data.language : defaultLanguage;
}

/** An article's own page: `/articles/<slug>/`, under `/es/` for a Spanish article. */
export function articlePath(data: { slug: string; language?: unknown }): string {
  return localizePath(`/articles/${data.slug}/`, articleLanguage(data));
}

/** What the page model is made from. */
export interface ArticlePageInput {
  data: ArticleData;
  /** The h2/h3 headings with their ids. */
  headings: readonly TocEntry[];
  minutes: number;
  /** The text already closes with a consultation block, so the page adds none. */
  endsWithCta: boolean;
  socialImage: Awaited<ReturnType<typeof socialImage>> | undefined;
  siteTitle: string;
  /** The site's absolute URL. */
  site: string;
}

/** Everything the article page renders (ArticlePage.astro). */
export function articlePageModel(input: ArticlePageInput) {
  const { data, site } = input;
  const path = articlePath(data);
  // Not the author: the invitations promise help finding the counselor who fits (the byline leads to the author).
  const consultationHref = `/contact/?from=${encodeURIComponent(data.slug)}`;
  const description = metaDescription(data.seo?.description, data.excerpt) ?? data.excerpt;
  const preview = input.socialImage;
  return {
    data,
    path,
    toc: tableOfContents(input.headings),
    consultationHref,
    description,
    minutes: input.minutes,
    endsWithCta: input.endsWithCta,
    showUpdated: isLaterDay(data.publishedAt, data.updatedAt),
    socialImage: preview,
    jsonLd: [
      articleJsonLd({
        site,
        siteName: input.siteTitle,
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
        ['Home', '/'],
        ['Articles', '/articles/'],
        [data.title, path],
      ]),
    ],
  };
}

/** The article page's model. */
export type ArticlePageModel = ReturnType<typeof articlePageModel>;
