import type { APIContext } from 'astro';
import { getArticles, getCounselors, getIndexableArticles, getTopics } from '../lib/reading/content.ts';
import { paginate } from '../lib/reading/pagination.ts';
import { urlsetXml, xmlResponse, type SitemapUrl } from '../lib/reading/sitemap.ts';

/** Every indexable page: listings, articles (not `seo.noIndex`), topics and counselors. */
export async function GET(context: APIContext): Promise<Response> {
  const [all, indexable, topics, counselors] = await Promise.all([
    getArticles(),
    getIndexableArticles(),
    getTopics(),
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
    ...topics.map(({ data }) => ({ loc: `/topics/${data.slug}/` })),
    { loc: '/counselors/' },
    ...counselors.map(({ data }) => ({ loc: `/counselors/${data.slug}/` })),
    { loc: '/search/' },
    { loc: '/contact/' },
    { loc: '/privacy/' },
  ];
  return xmlResponse(urlsetXml(urls, context.site ?? new URL(context.url.origin)));
}
