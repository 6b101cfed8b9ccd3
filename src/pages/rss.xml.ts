import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteSettings } from '../lib/content/site-settings.ts';
import { getIndexableArticles } from '../lib/reader/content.ts';

/** The newest articles as RSS 2.0 (articles marked `seo.noIndex` stay out). */
export async function GET(context: APIContext): Promise<Response> {
  const [settings, articles] = await Promise.all([getSiteSettings(), getIndexableArticles()]);
  const site = context.site ?? new URL(context.url.origin);
  return rss({
    title: settings.title,
    description: settings.description ?? `Articles from ${settings.title}.`,
    site,
    items: articles.slice(0, 50).map(({ data }) => ({
      title: data.title,
      link: `/articles/${data.slug}/`,
      pubDate: data.publishedAt,
      description: data.seo?.description ?? data.excerpt,
      categories: data.topics.map((t) => t.title),
    })),
    customData: '<language>en-us</language>',
  });
}
