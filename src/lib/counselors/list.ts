import type { CollectionEntry } from 'astro:content';
import type { Language } from '../../i18n/languages.ts';
import { getCounselors } from '../reader/content.ts';

/**
 * The counselors a page in a language lists, A–Z: the entries in that language, or the English ones while a
 * language has none yet (a counselor's facts are the same in every language; only bios differ).
 */
export async function counselorsFor(lang: Language): Promise<CollectionEntry<'counselors'>[]> {
  const all = await getCounselors();
  const languageOf = (entry: CollectionEntry<'counselors'>) =>
    (entry.data as { language?: unknown }).language ?? 'en';
  const own = all.filter((entry) => languageOf(entry) === lang);
  return own.length > 0 || lang === 'en' ? own : all.filter((entry) => languageOf(entry) === 'en');
}
