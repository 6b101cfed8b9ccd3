import { defaultLanguage, localizePath, type Language } from '../../i18n/languages.ts';
import { getTopics } from '../reader/content.ts';
import { builtSlugs } from '../reader/translations.ts';

/** A topic a counselor works with, as a link on their page. */
export interface TopicLink {
  title: string;
  href: string;
  /** The language of the page the link leads to (and of its title). */
  lang: Language;
}

/**
 * A counselor's topics as links from a page in `lang`. The topics are facts of the English document (titles and
 * slugs of English topics); a Spanish page links each to its published Spanish translation, under its Spanish
 * title, or to the English topic while there is none, so no link leads to a missing page.
 */
export async function topicLinks(
  topics: readonly { title: string; slug: string }[],
  lang: Language,
): Promise<TopicLink[]> {
  const english = (slug: string): TopicLink => ({
    title: topics.find((topic) => topic.slug === slug)?.title ?? slug,
    href: localizePath(`/topics/${slug}/`, defaultLanguage),
    lang: defaultLanguage,
  });
  if (lang === defaultLanguage) return topics.map((topic) => english(topic.slug));
  const [sources, translated, built] = await Promise.all([
    getTopics(defaultLanguage),
    getTopics(lang),
    builtSlugs('topics', lang),
  ]);
  return topics.map((topic) => {
    const slug = sources.find((entry) => entry.data.slug === topic.slug)?.data.translations[lang];
    const own = slug && built.has(slug) ? translated.find((entry) => entry.data.slug === slug) : undefined;
    return own
      ? { title: own.data.title, href: localizePath(`/topics/${slug}/`, lang), lang }
      : english(topic.slug);
  });
}
