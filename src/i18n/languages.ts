/** The languages the site is published in; English is the default and keeps the unprefixed URLs. */
export const languages = ['en', 'es'] as const;

/** A language the site is published in (a BCP 47 primary tag). */
export type Language = (typeof languages)[number];

/** The language of unprefixed URLs, and of a request that names none. */
export const defaultLanguage: Language = 'en';

/** Whether a value names a language the site is published in. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language a site path belongs to: `/es/...` is Spanish, everything else English. */
export function languageOfPath(pathname: string): Language {
  return pathname === '/es' || pathname.startsWith('/es/') ? 'es' : defaultLanguage;
}

/**
 * The path of a page in a language: `localizePath('/contact/', 'es')` is `/es/contact/`. The path given is the
 * English (unprefixed) one; a path already prefixed is returned unchanged.
 */
export function localizePath(path: string, language: Language): string {
  if (language === defaultLanguage || languageOfPath(path) === language) return path;
  return `/${language}${path.startsWith('/') ? path : `/${path}`}`;
}
