import type { Alternates } from '../../i18n/alternates.ts';
import { languages, localizePath, type Language } from '../../i18n/languages.ts';
import { hasRouteFile } from '../../i18n/routes.ts';
import { getArticles, getCounselors, getTopics } from './content.ts';

// Which pages exist in which language. An entry names the slug of each published translation
// (`translations`, docs/content-model.md); a page links to a translation only when it is really built.

/** What alternates read of an entry: its slug and its translations' slugs by language. */
interface Translatable {
  slug: string;
  translations: Partial<Record<Language, string>>;
}

const slugSets = new Map<string, Promise<Set<string>>>();

type Kind = 'articles' | 'topics' | 'counselors';

const collections: Record<Kind, (language: Language) => Promise<{ data: { slug: string } }[]>> = {
  articles: getArticles,
  topics: getTopics,
  counselors: getCounselors,
};

/** Whether a language builds a page for each entry of a kind (`src/pages/es/counselors/[slug].astro`). */
export function buildsPages(kind: Kind, language: Language): boolean {
  return (
    hasRouteFile(`${kind}/[slug].astro`, language) || hasRouteFile(`${kind}/[slug]/index.astro`, language)
  );
}

/** The slugs of the pages of one kind built in a language. */
export function builtSlugs(kind: Kind, language: Language): Promise<Set<string>> {
  const key = `${kind}:${language}`;
  let slugs = slugSets.get(key);
  if (!slugs) {
    slugs = buildsPages(kind, language)
      ? collections[kind](language).then((list) => new Set(list.map((entry) => entry.data.slug)))
      : Promise.resolve(new Set<string>());
    slugSets.set(key, slugs);
  }
  return slugs;
}

async function alternatesOf(kind: Kind, data: Translatable, language: Language): Promise<Alternates> {
  const alternates: Alternates = { [language]: localizePath(`/${kind}/${data.slug}/`, language) };
  for (const other of languages) {
    const slug = data.translations[other];
    if (other === language || !slug) continue;
    if ((await builtSlugs(kind, other)).has(slug))
      alternates[other] = localizePath(`/${kind}/${slug}/`, other);
  }
  return alternates;
}

/** An article's page in each language it is published in (its own, and each published translation). */
export function articleAlternates(data: Translatable, language: Language): Promise<Alternates> {
  return alternatesOf('articles', data, language);
}

/** A topic's first page in each language it is published in. */
export function topicAlternates(data: Translatable, language: Language): Promise<Alternates> {
  return alternatesOf('topics', data, language);
}

/** A counselor's page in each language it is published in (a counselor keeps one slug in every language). */
export function counselorAlternates(data: Translatable, language: Language): Promise<Alternates> {
  return alternatesOf('counselors', data, language);
}
