import type { CollectionEntry } from 'astro:content';
import { defaultLanguage, type Language } from '../../i18n/languages.ts';
import type { ArticleEntry } from './content.ts';
import { getRelatableArticles, getTopics } from './content.ts';
import { paginate, topicPageHref, type ListingPage } from './pagination.ts';
import { articlesByTopic } from './related.ts';

/** One page of one topic's articles (newest first, ten a page like /articles/). */
export interface TopicPage {
  topic: CollectionEntry<'topics'>;
  page: ListingPage<ArticleEntry>;
  /** How many articles the topic has in all. */
  count: number;
}

/** Every topic's pages in a language, computed from the build's one topic index of that language. */
export async function getTopicPages(language: Language = defaultLanguage): Promise<TopicPage[]> {
  const [topics, articles] = await Promise.all([getTopics(language), getRelatableArticles(language)]);
  return topics.flatMap((topic) => {
    const entries = articlesByTopic(articles, topic.data.slug).map((a) => a.entry);
    return paginate(entries, undefined, (n) => topicPageHref(topic.data.slug, n, language)).map((page) => ({
      topic,
      page,
      count: entries.length,
    }));
  });
}
