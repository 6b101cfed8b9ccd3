import { createHash, timingSafeEqual } from 'node:crypto';
import os from 'node:os';
import { liveClient, type LiveApiSettings } from './live-client.ts';
import { normalizeArticles } from './normalize.ts';
import { articlePreviewQuery } from './queries.ts';
import { articleSchema, type Article } from './schemas.ts';

/** What a draft preview needs to reach the live API with the drafts perspective. */
export interface PreviewSettings extends LiveApiSettings {
  token: string;
}

/** Compares a given secret with the configured one in constant time (hashes first, so lengths don't leak). */
export function secretMatches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Fetches one article by slug as staff see it in the Studio (a draft wins over its published copy; future dates
 * are fine), normalized like the build does. Images are left out: a preview fetches nothing the reader pages
 * would not, and the build is what turns images into files on the site's own origin.
 */
export async function fetchDraftArticle(
  slug: string,
  settings: PreviewSettings,
  warn: (message: string) => void = () => undefined,
): Promise<{ article: Article; imagesOmitted: number } | undefined> {
  const client = liveClient(settings, 'drafts');
  // Typed by Sanity TypeGen (sanity.types.ts registers the query's result for the client).
  // English for now: Spanish previews come with the Spanish pages ($language is `en` or `es`).
  const raw = await client.fetch(articlePreviewQuery, { slug, language: 'en' });
  if (!raw) return undefined;
  const body = Array.isArray(raw.body) ? raw.body : [];
  const withoutImages = body.filter((block) => block._type !== 'image');
  const imagesOmitted = body.length - withoutImages.length + (raw.mainImage ? 1 : 0);
  const [entry] = await normalizeArticles([{ ...raw, mainImage: null, body: withoutImages }], {
    // A draft may be scheduled for later: preview it anyway.
    now: new Date(8.64e15),
    warn,
    imageDir: os.tmpdir(),
  });
  // Images were left out above, so no image `src` (a file path here, ImageMetadata in the collections) remains.
  return entry ? { article: articleSchema.parse(entry) as Article, imagesOmitted } : undefined;
}
