import { defaultLanguage, languageOfPath, languages, localizePath, type Language } from './languages.ts';
import { hasRoute } from './routes.ts';

/** A page's address in each language it is published in (site-relative paths). */
export type Alternates = Partial<Record<Language, string>>;

/** The sections whose home the language switch falls back to (keys of `site.sections` in the message files). */
export type Section = 'home' | 'articles' | 'topics' | 'counselors';

/** Where the language switch leads from one page to one other language. */
export interface LanguageLink {
  language: Language;
  href: string;
  /** Set when the page has no translation in `language`: the link goes to this section's home there. */
  fallbackSection?: Section | undefined;
}

/** The unprefixed (English) form of a site path: `/es/contact/` → `/contact/`, `/es/` → `/`. */
export function unlocalizedPath(path: string): string {
  const language = languageOfPath(path);
  if (language === defaultLanguage) return path;
  const rest = path.slice(language.length + 1);
  return rest === '' ? '/' : rest;
}

/** The same page in another language, by route name: `/es/topics/` ↔ `/topics/`. */
export function samePathIn(path: string, language: Language): string {
  return localizePath(unlocalizedPath(path), language);
}

/** Every language's address of a page at the same route in each, where that route is built (`hasRoute`). */
export function sameRouteAlternates(path: string): Alternates {
  return Object.fromEntries(
    languages
      .map((language) => [language, samePathIn(path, language)] as const)
      .filter(([language, localized]) => hasRoute(localized, language)),
  );
}

/** The section a path belongs to, whose home stands in for a page that has no translation. */
export function sectionOf(path: string): Section {
  const first = unlocalizedPath(path).split('/')[1];
  return first === 'articles' || first === 'topics' || first === 'counselors' ? first : 'home';
}

/** The home of a section in a language: `/es/articles/`, `/topics/`, `/es/`. */
export function sectionHome(section: Section, language: Language): string {
  return localizePath(section === 'home' ? '/' : `/${section}/`, language);
}

/**
 * The language switch of a page in `language` at `path`: one link per other language, to the page's translation
 * when `alternates` names one, else to the home of its section there (the link says so).
 */
export function languageLinks(path: string, language: Language, alternates: Alternates): LanguageLink[] {
  return languages
    .filter((other) => other !== language)
    .map((other) => {
      const href = alternates[other];
      if (href) return { language: other, href };
      const section = sectionOf(path);
      return { language: other, href: sectionHome(section, other), fallbackSection: section };
    });
}

/** The `hreflang` alternates of a page: each language it exists in, and `x-default` (English when it exists). */
export function hreflangLinks(alternates: Alternates): { hreflang: string; href: string }[] {
  const present = languages.filter((language) => alternates[language]);
  const links = present.map((language) => ({ hreflang: language, href: alternates[language] ?? '' }));
  const fallback = alternates[defaultLanguage] ?? links[0]?.href;
  return fallback ? [...links, { hreflang: 'x-default', href: fallback }] : links;
}
