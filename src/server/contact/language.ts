import { defaultLanguage, isLanguage, type Language } from '../../i18n/languages.ts';
import type { RawValues } from '../../lib/contact/schema.ts';

/** The language a submission asks to be answered in, or the value it named that the site is not published in. */
export type LanguageChoice = { ok: true; language: Language } | { ok: false; value: string };

/** Reads one `language` value: absent or empty means the default language (docs/http.md). */
function choose(value: unknown, fallback: Language): LanguageChoice {
  if (value === undefined || value === null || value === '') return { ok: true, language: fallback };
  if (isLanguage(value)) return { ok: true, language: value };
  return { ok: false, value: typeof value === 'string' ? value : JSON.stringify(value) };
}

/**
 * The `language` query parameter (`POST /api/contact?language=es`): what the answers given before the body is
 * read (403, 415, 413, 429) are in. An unknown value is reported once the body is read.
 */
export function queryLanguage(url: string): LanguageChoice {
  // Without a query there is nothing to parse (the JSON clients' usual request).
  if (!url.includes('?')) return { ok: true, language: defaultLanguage };
  return choose(new URL(url).searchParams.get('language'), defaultLanguage);
}

/** The submission's language: the body's `language` field, else the query's, else English. */
export function submissionLanguage(values: RawValues, query: LanguageChoice): LanguageChoice {
  if (!query.ok)
    return Object.hasOwn(values, 'language') ? choose(values['language'], defaultLanguage) : query;
  return choose(Object.hasOwn(values, 'language') ? values['language'] : undefined, query.language);
}

/** The language to answer in before (or whatever) the body says: the query's when it is one the site has. */
export function earlyLanguage(query: LanguageChoice): Language {
  return query.ok ? query.language : defaultLanguage;
}
