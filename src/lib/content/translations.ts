import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { ContentLanguage } from '../sanity/schemas.ts';
import { entryId } from './entry-id.ts';

// Entries by language, and an entry's translation, for pages in any language (docs/content-model.md, "Languages").
// Every entry's data has `language` and `translations`: per other language, the slug (checklists and site settings:
// the `_id`) of its published translation.

/** The collections whose entries have a language and translations. */
export type TranslatedCollection = 'articles' | 'topics' | 'counselors' | 'checklists' | 'siteSettings';

/** Every entry of a collection in one language (unsorted; src/lib/reader/content.ts has the sorted lists). */
export function entriesIn<C extends TranslatedCollection>(
  collection: C,
  language: ContentLanguage,
): Promise<CollectionEntry<C>[]> {
  return getCollection(
    collection,
    (entry: CollectionEntry<TranslatedCollection>) => entry.data.language === language,
  );
}

/** The id of the entry `data.translations` names in `language`, or undefined when it has no such translation. */
export function translationId(
  collection: TranslatedCollection,
  data: { translations: Partial<Record<ContentLanguage, string>> },
  language: ContentLanguage,
): string | undefined {
  const key = data.translations[language];
  if (key === undefined) return undefined;
  return collection === 'checklists' || collection === 'siteSettings' ? key : entryId(language, key);
}

/** An entry's published translation in `language`, or undefined when there is none. */
export async function translationOf<C extends TranslatedCollection>(
  collection: C,
  data: { translations: Partial<Record<ContentLanguage, string>> },
  language: ContentLanguage,
): Promise<CollectionEntry<C> | undefined> {
  const id = translationId(collection, data, language);
  if (id === undefined) return undefined;
  return (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
}
