import os from 'node:os';
import { storedBody, type StoredBody } from '../portable-text/stored-body.ts';
import { liveClient, type LiveApiSettings } from './live-client.ts';
import { normalizeArticles } from './normalize.ts';
import { articleByIdQuery } from './queries.ts';
import { articleSchema } from './schemas.ts';

/** A published article as the live page renders it: its text stored as the build stores it, images left out. */
export interface LiveArticle {
  data: Omit<ReturnType<typeof articleSchema.parse>, keyof StoredBody> & StoredBody;
  /** The document's language field, as the API gave it (checked by the caller). */
  language: unknown;
  /** Images left out (they reach the site with the full build, which makes their files). */
  imagesOmitted: number;
}

/**
 * Fetches one article by `_id` as readers will see it: the published perspective (a draft never answers; a
 * `drafts.` id means its published document), dated now or earlier, normalized and checked like the build does.
 * Resolves `undefined` when no such article is published (unpublished, deleted, scheduled for later); rejects with
 * the content rule it breaks, as the build would.
 */
export async function fetchPublishedArticle(
  id: string,
  settings: LiveApiSettings,
  warn: (message: string) => void = () => undefined,
  now: Date = new Date(),
): Promise<LiveArticle | undefined> {
  const publishedId = id.replace(/^drafts\./, '');
  // The same projection as the build's query, so the live page gets what the static page got (typed by TypeGen).
  const found = await liveClient(settings, 'published').fetch(articleByIdQuery, { id: publishedId });
  const raw = found?.article;
  if (!raw) return undefined;
  const body = Array.isArray(raw.body) ? raw.body : [];
  const withoutImages = body.filter((block) => block._type !== 'image');
  const imagesOmitted = body.length - withoutImages.length + (raw.mainImage ? 1 : 0);
  const [entry] = await normalizeArticles([{ ...raw, mainImage: null, body: withoutImages }], {
    now,
    warn,
    imageDir: os.tmpdir(),
  });
  if (!entry) return undefined;
  const parsed = articleSchema.parse(entry);
  return { data: { ...parsed, ...storedBody(parsed.body) }, language: found.language, imagesOmitted };
}
