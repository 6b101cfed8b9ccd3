import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localizePath, type Language } from '../../i18n/languages.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { getSiteSettings } from '../content/site-settings.ts';
import { getIndexableArticles } from './content.ts';

/** The newest articles of one language as RSS 2.0 (`/rss.xml`, `/es/rss.xml`; `seo.noIndex` articles stay out). */
export async function articleFeed(context: APIContext, language: Language): Promise<Response> {
  const [settings, articles] = await Promise.all([getSiteSettings(language), getIndexableArticles(language)]);
  const { site: text } = messagesFor(language);
  return rss({
    title: settings.title,
    description: settings.description ?? text.rss.description(settings.title),
    site: new URL(localizePath('/', language), context.site ?? context.url.origin),
    items: articles.slice(0, 50).map(({ data }) => ({
      title: data.title,
      link: localizePath(`/articles/${data.slug}/`, language),
      pubDate: data.publishedAt,
      description: data.seo?.description ?? data.excerpt,
      categories: data.topics.map((t) => t.title),
    })),
    customData: `<language>${text.locale.toLowerCase()}</language>`,
  });
}
