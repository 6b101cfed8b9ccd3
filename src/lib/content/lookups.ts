import { getCollection } from 'astro:content';
import { translationOf } from './translations.ts';
import { counselorFacts } from '../counselors/facts.ts';
import type { ContentLanguage } from '../sanity/schemas.ts';
import {
  articleTitle,
  counselorChoice,
  serverSettings,
  topicTitle,
  type ServerContent,
} from './server-snapshot.ts';

// Content lookups shared by static pages and the server-rendered routes. A production build replaces this module
// in the server bundle (only there) with the same functions over a build-time snapshot
// (src/integrations/server-content.ts), so the server never loads the whole content store.
// Each takes a language (English when none is given): entries of one language only.

/** The site settings singleton of a language (`siteSettings`, `siteSettings-es`), if the content has one. */
export async function siteSettingsEntry(
  language: ContentLanguage = 'en',
): Promise<ServerContent['siteSettings'][ContentLanguage]> {
  const entry = (await getCollection('siteSettings')).find(({ data }) => data.language === language);
  return entry && serverSettings(entry.data);
}

/** Every counselor of a language: slug (the same in every language), name and credentials. */
export async function counselorEntries(
  language: ContentLanguage = 'en',
): Promise<ServerContent['counselors']> {
  return (await getCollection('counselors', ({ data }) => data.language === language)).map(({ data }) =>
    counselorChoice(data),
  );
}

/** Every counselor's facts (the same in every language, read from the English entries), for "Help me choose". */
export async function counselorFactsEntries(): Promise<ServerContent['counselorFacts']> {
  return (await getCollection('counselors', ({ data }) => data.language === 'en')).map(({ data }) =>
    counselorFacts(data),
  );
}

/** Every article of a language: slug and title. */
export async function articleTitles(language: ContentLanguage = 'en'): Promise<ServerContent['articles']> {
  return (await getCollection('articles', ({ data }) => data.language === language)).map(({ data }) =>
    articleTitle(data),
  );
}

/** Every topic of a language: slug, title and the slugs of its published translations. */
export async function topicTitles(language: ContentLanguage = 'en'): Promise<ServerContent['topics']> {
  return (await getCollection('topics', ({ data }) => data.language === language)).map(({ data }) =>
    topicTitle(data),
  );
}

/**
 * A checklist's published translation in a language, for a page that embeds the other language's checklist. The
 * server's snapshot has none: server-rendered article pages (preview, live) show the checklist their article embeds,
 * which the loader keeps only in the article's own language.
 */
export async function checklistTranslation(
  checklist: { translations: Partial<Record<ContentLanguage, string>> },
  language: ContentLanguage,
) {
  return (await translationOf('checklists', checklist, language))?.data;
}
