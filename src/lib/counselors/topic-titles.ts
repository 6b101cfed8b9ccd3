import { defaultLanguage, type Language } from '../../i18n/languages.ts';
import { topicTitles } from '../content/lookups.ts';

/** A topic's title as a page in some language shows it, and the language that title is written in. */
export interface TopicTitle {
  title: string;
  lang: Language;
}

/** Names a counselor's topic (an English topic, a fact of the English document) for a page. */
export type TopicNamer = (topic: { slug: string; title: string }) => TopicTitle;

/**
 * How a page in `lang` names the English topics of counselors' facts: by the title of the topic's published
 * translation in `lang`, else by its English title (marked English, as untranslated content is, docs/i18n.md).
 * Reads the content through the lookups, so static pages and the server's answers name topics alike.
 */
export async function topicNamer(lang: Language): Promise<TopicNamer> {
  const english = (topic: { title: string }): TopicTitle => ({ title: topic.title, lang: defaultLanguage });
  if (lang === defaultLanguage) return english;
  const [sources, translated] = await Promise.all([topicTitles(defaultLanguage), topicTitles(lang)]);
  const own = new Map(translated.map((topic) => [topic.slug, topic.title]));
  const titles = new Map<string, string>();
  for (const source of sources) {
    const slug = source.translations?.[lang];
    const title = slug === undefined ? undefined : own.get(slug);
    if (title !== undefined) titles.set(source.slug, title);
  }
  return (topic) => {
    const title = titles.get(topic.slug);
    return title === undefined ? english(topic) : { title, lang };
  };
}
