import { defaultLanguage, type Language } from '../../i18n/languages.ts';

// Staff read in English: each language as an English speaker names it.
const NAMES: Record<Language, string> = { en: 'English', es: 'Spanish' };

/**
 * What staff are told about a request's language ("Prefers Spanish"), on the inbox, in the notification email
 * and in the staff tool's list; null for English, the language every request had before (nothing to point out).
 */
export function languageNote(language: Language): string | null {
  return language === defaultLanguage ? null : `Prefers ${NAMES[language]}`;
}
