import { getEntry } from 'astro:content';
import { defaultLanguage, type Language } from '../../i18n/languages.ts';
import { getSiteSettings } from '../content/site-settings.ts';

/**
 * Staff's search synonym groups for one language, as written in the Studio: `searchSynonyms` of the English
 * site settings (`siteSettings`) or of that language's own (`siteSettings-es`). A language without settings of
 * its own has none: another language's words would never match its pages.
 */
export async function searchSynonyms(lang: Language): Promise<{ terms?: string[] | undefined }[]> {
  if (lang === defaultLanguage) return (await getSiteSettings()).searchSynonyms ?? [];
  return (await getEntry('siteSettings', `siteSettings-${lang}`))?.data.searchSynonyms ?? [];
}
