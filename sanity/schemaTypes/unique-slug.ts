import type { SlugValidationContext } from 'sanity';

/**
 * Slug uniqueness checked against the dataset: no other published document of the same type and language may use
 * the slug (and no other article of that language may list it as a former slug), so an article and its translation
 * may share one. Drafts and release versions of this same document don't count. A document without `language` is
 * English.
 */
export async function isUniqueSlug(slug: string, context: SlugValidationContext): Promise<boolean> {
  const { document, getClient } = context;
  if (!document) return true;
  const id = document._id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '');
  const language =
    typeof document['language'] === 'string' && document['language'] ? document['language'] : 'en';
  const query = `count(*[_type == $type && coalesce(language, "en") == $language && !(_id in path("drafts.**")) && !(_id in path("versions.**")) && _id != $id && (slug.current == $slug || $slug in previousSlugs)])`;
  const client = getClient({ apiVersion: '2025-02-19' });
  const count = await client.fetch<number>(query, { type: document._type, id, slug, language });
  return count === 0;
}
