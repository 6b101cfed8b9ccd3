import type { APIContext } from 'astro';
import { getArticles, getCounselors, getIndexableArticles } from '../lib/reader/content.ts';
import { paginate } from '../lib/reader/pagination.ts';
import { urlsetXml, xmlResponse, type SitemapUrl } from '../lib/reader/sitemap.ts';
import { getTopicPages } from '../lib/reader/topic-pages.ts';

/** Every indexable page: listings, articles (not `seo.noIndex`), topics and counselors. */
export async function GET(context: APIContext): Promise<Response> {
  const [all, indexable, topicPages, counselors] = await Promise.all([
    getArticles(),
    getIndexableArticles(),
    getTopicPages(),
    getCounselors(),
  ]);
  const urls: SitemapUrl[] = [
    { loc: '/', lastmod: all[0]?.data.updatedAt ?? all[0]?.data.publishedAt },
    ...paginate(all).map((page) => ({ loc: page.href })),
    ...indexable.map(({ data }) => ({
      loc: `/articles/${data.slug}/`,
      lastmod: data.updatedAt ?? data.publishedAt,
    })),
    { loc: '/topics/' },
    ...topicPages.map(({ page }) => ({ loc: page.href })),
    { loc: '/counselors/' },
    ...counselors.map(({ data }) => ({ loc: `/counselors/${data.slug}/` })),
    { loc: '/search/' },
    { loc: '/contact/' },
    { loc: '/privacy/' },
  ];
  return xmlResponse(urlsetXml(urls, context.site ?? new URL(context.url.origin)));
}
