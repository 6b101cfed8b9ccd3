import { DEFAULT_CONTENT_LANGUAGE } from '../../../sanity/schemaTypes/rules/languages.ts';

/**
 * The id of a content entry (articles, topics and counselors by slug): English entries keep their slug, entries in
 * another language are `<language>/<slug>` (`es/que-es-la-alianza-terapeutica`), so one slug may name an entry in
 * each language. Checklists keep their `_id`; site settings are `siteSettings` and `siteSettings-es`.
 */
export function entryId(language: string, slug: string): string {
  return language === DEFAULT_CONTENT_LANGUAGE ? slug : `${language}/${slug}`;
}
