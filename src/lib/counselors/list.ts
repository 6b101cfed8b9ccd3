import type { CollectionEntry } from 'astro:content';
import type { Language } from '../../i18n/languages.ts';
import { getCounselors } from '../reader/content.ts';

/**
 * The counselors a page in a language lists, A–Z: every counselor (a counselor's facts are the same in every
 * language), each as the entry in that language when there is one (its specialties and bio are translated), else
 * the English one.
 */
export async function counselorsFor(lang: Language): Promise<CollectionEntry<'counselors'>[]> {
  const english = await getCounselors('en');
  if (lang === 'en') return english;
  const translated = new Map((await getCounselors(lang)).map((entry) => [entry.data.slug, entry]));
  return english.map((entry) => translated.get(entry.data.slug) ?? entry);
}
