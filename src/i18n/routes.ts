import { defaultLanguage, localizePath, type Language } from './languages.ts';

// The route files of the Spanish site, listed when the site is built, so a page names its Spanish twin (hreflang,
// the language switch, the sitemap) only when that route really exists. Vite lists files only by importing them;
// as raw text, a thin route file is a few lines and nothing of it runs.
const spanishFiles = new Set(
  Object.keys(
    import.meta.glob('../pages/es/**/*.{astro,ts}', { eager: true, query: '?raw', import: 'default' }),
  ),
);

const filesByLanguage: Partial<Record<Language, Set<string>>> = { es: spanishFiles };

/**
 * Whether a fixed route (no `[param]`) is built in a language: `/contact/` in Spanish is `src/pages/es/contact.astro`
 * or `src/pages/es/contact/index.astro`. English routes are the reference and always count as built. Pages of
 * dynamic routes (articles, topics, counselors) name their translations themselves.
 */
export function hasRoute(path: string, language: Language): boolean {
  const files = filesByLanguage[language];
  if (language === defaultLanguage || !files) return true;
  const prefix = `/${language}`;
  const unprefixed = path === prefix || path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
  const rest = unprefixed.replace(/^\/+|\/+$/g, '');
  const base = `../pages/${language}${rest ? `/${rest}` : ''}`;
  return [`${base}.astro`, `${base}.ts`, `${base}/index.astro`, `${base}/index.ts`].some((file) =>
    files.has(file),
  );
}

/** Whether a language has a route file, named from `src/pages/<language>/`: `counselors/[slug].astro`. */
export function hasRouteFile(file: string, language: Language): boolean {
  const files = filesByLanguage[language];
  return language === defaultLanguage || !files || files.has(`../pages/${language}/${file}`);
}

/**
 * The address of a fixed route in a language, or the English one while that language has no such page yet:
 * links in the frame never lead to a 404.
 */
export function routeIn(path: string, language: Language): string {
  const localized = localizePath(path, language);
  return hasRoute(localized, language) ? localized : path;
}
