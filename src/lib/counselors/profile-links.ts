import { defaultLanguage, localizePath, type Language } from '../../i18n/languages.ts';
import { hasRouteFile } from '../../i18n/routes.ts';
import { counselorEntries } from '../content/lookups.ts';

/**
 * Where a counselor's name leads from a page in `lang`: their page in that language when they have an entry in it
 * (and the language builds counselor pages), else their English page, so no link leads to a missing page. Works on
 * static pages and in server-rendered routes (the lookups read the server's content snapshot there).
 */
export async function profileHref(lang: Language): Promise<(slug: string) => string> {
  const own =
    lang !== defaultLanguage && hasRouteFile('counselors/[slug].astro', lang)
      ? new Set((await counselorEntries(lang)).map((entry) => entry.slug))
      : new Set<string>();
  return (slug) =>
    localizePath(`/counselors/${slug}/`, lang === defaultLanguage || own.has(slug) ? lang : defaultLanguage);
}
