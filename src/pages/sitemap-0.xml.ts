import type { APIContext } from 'astro';
import { hreflangLinks, sameRouteAlternates, type Alternates } from '../i18n/alternates.ts';
import { hasRoute } from '../i18n/routes.ts';
import { languages, localizePath, type Language } from '../i18n/languages.ts';
import { getArticles, getCounselors, getIndexableArticles } from '../lib/reader/content.ts';
import { articlesPageAlternates, articlesPageHref, paginate } from '../lib/reader/pagination.ts';
import { urlsetXml, xmlResponse, type SitemapUrl } from '../lib/reader/sitemap.ts';
import { getTopicPages } from '../lib/reader/topic-pages.ts';
import {
  articleAlternates,
  buildsPages,
  counselorAlternates,
  topicAlternates,
} from '../lib/reader/translations.ts';

/** One language's share of the sitemap. */
async function languageUrls(
  language: Language,
  listingPages: Partial<Record<Language, number>>,
): Promise<SitemapUrl[]> {
  const [all, indexable, topicPages, counselors] = await Promise.all([
    getArticles(language),
    getIndexableArticles(language),
    getTopicPages(language),
    getCounselors(language),
  ]);
  // Fixed routes (home, lists, search, contact, privacy) where this language has them.
  const same = (path: string): SitemapUrl[] =>
    hasRoute(path, language) ? [{ loc: path, alternates: hreflangLinks(sameRouteAlternates(path)) }] : [];
  const own = (alternates: Alternates, loc: string) => ({ loc, alternates: hreflangLinks(alternates) });
  const listing = paginate(all, undefined, (n) => articlesPageHref(n, language));
  return [
    ...same(localizePath('/', language)).map((url) => ({
      ...url,
      lastmod: all[0]?.data.updatedAt ?? all[0]?.data.publishedAt,
    })),
    ...listing.map((page) => own(articlesPageAlternates(page.number, listingPages), page.href)),
    ...(await Promise.all(
      indexable.map(async ({ data }) => ({
        ...own(await articleAlternates(data, language), localizePath(`/articles/${data.slug}/`, language)),
        lastmod: data.updatedAt ?? data.publishedAt,
      })),
    )),
    ...same(localizePath('/topics/', language)),
    ...(await Promise.all(
      topicPages.map(async ({ topic, page }) =>
        own(
          page.number === 1 ? await topicAlternates(topic.data, language) : { [language]: page.href },
          page.href,
        ),
      ),
    )),
    ...same(localizePath('/counselors/', language)),
    ...(await Promise.all(
      (buildsPages('counselors', language) ? counselors : []).map(async ({ data }) =>
        own(await counselorAlternates(data, language), localizePath(`/counselors/${data.slug}/`, language)),
      ),
    )),
    ...same(localizePath('/search/', language)),
    ...same(localizePath('/contact/', language)),
    ...same(localizePath('/privacy/', language)),
  ];
}

/**
 * Every indexable page in every language: listings, articles (not `seo.noIndex`), topics and counselors, each with
 * its `hreflang` alternates (the pages that exist under the same route in both languages, and translations).
 */
export async function GET(context: APIContext): Promise<Response> {
  const listingPages = Object.fromEntries(
    await Promise.all(languages.map(async (l) => [l, paginate(await getArticles(l)).length] as const)),
  );
  const urls = (await Promise.all(languages.map((language) => languageUrls(language, listingPages)))).flat();
  return xmlResponse(urlsetXml(urls, context.site ?? new URL(context.url.origin)));
}
