import type { Alternates } from '../../i18n/alternates.ts';
import type { Language } from '../../i18n/languages.ts';
import { getTopicPages, type TopicPage } from './topic-pages.ts';
import { topicAlternates } from './translations.ts';

/** What a topic route renders: one page of one topic, and where it is in the other language. */
export type TopicRoute = TopicPage & { alternates: Alternates };

/**
 * The static paths of a language's topic pages: page 1 (`/topics/<slug>/`) or the later ones
 * (`/topics/<slug>/page/<n>/`). Only page 1 has a translation (a translated topic's other pages hold other
 * articles); later pages offer the other language's topics instead.
 */
export async function topicRoutes(
  language: Language,
  which: 'first' | 'later',
): Promise<{ params: { slug: string; page?: string }; props: TopicRoute }[]> {
  const pages = (await getTopicPages(language)).filter(
    ({ page }) => (which === 'first') === (page.number === 1),
  );
  return Promise.all(
    pages.map(async (props) => ({
      params:
        which === 'first'
          ? { slug: props.topic.data.slug }
          : { slug: props.topic.data.slug, page: String(props.page.number) },
      props: {
        ...props,
        alternates:
          which === 'first'
            ? await topicAlternates(props.topic.data, language)
            : { [language]: props.page.href },
      },
    })),
  );
}
