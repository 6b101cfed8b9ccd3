import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { counselorFacts, counselorFactsSchema } from '../counselors/facts.ts';
import { languageSchema, siteSettingsSchema } from '../sanity/schemas.ts';

// The little the server-rendered routes (contact, staff inbox, previews) need from the content. A production
// build gives the server bundle this snapshot in place of the content store (src/integrations/server-content.ts):
// the store holds every article body and would otherwise make up nearly all of the server's code.

/** What server-rendered routes read from the content, as written by the loaders during a build. */
export const serverContentSchema = z.object({
  /** The site settings singleton of each language the content has one for. */
  siteSettings: z.partialRecord(languageSchema, siteSettingsSchema.omit({ heroImage: true })).default({}),
  /** Counselors a contact request may name, in every language (the slug is the same in each). */
  counselors: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      credentials: z.string().optional(),
      language: languageSchema.default('en'),
    }),
  ),
  /** Every counselor's facts (from the English entries), for the server's answer to "Help me choose" posted
   * without JavaScript. */
  counselorFacts: z.array(counselorFactsSchema),
  /**
   * Every article's slug, title and language, for labels in the staff inbox; its document id and translations too,
   * so the live page after a publish knows where the article was and where its translations are
   * (src/pages/internal/live-article/[id].astro).
   */
  articles: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      _id: z.string().optional(),
      language: languageSchema.default('en'),
      /** The slug of each published translation, by language (absent when there is none). */
      translations: z.partialRecord(languageSchema, z.string()).optional(),
    }),
  ),
  /**
   * Every topic's slug, title and language, with its translations: the topics of a counselor's facts are English,
   * and a Spanish page names each under its Spanish translation's title (src/lib/counselors/topic-titles.ts).
   */
  topics: z
    .array(
      z.object({
        slug: z.string(),
        title: z.string(),
        language: languageSchema.default('en'),
        /** The slug of each published translation, by language (absent when there is none). */
        translations: z.partialRecord(languageSchema, z.string()).optional(),
      }),
    )
    .default([]),
});

/** The server-rendered routes' view of the content. */
export type ServerContent = z.infer<typeof serverContentSchema>;

// One file per collection, written by that collection's loader.
const PARTS = ['siteSettings', 'counselors', 'articles', 'topics'] as const;

type Language = z.infer<typeof languageSchema>;

/** One language's site settings as the server reads them. */
export type ServerSettings = NonNullable<ServerContent['siteSettings'][Language]>;

/** What the server reads of a counselor. */
export function counselorChoice(data: {
  slug: string;
  name: string;
  credentials?: string | undefined;
  language?: Language | undefined;
}): ServerContent['counselors'][number] {
  return {
    slug: data.slug,
    name: data.name,
    ...(data.credentials === undefined ? {} : { credentials: data.credentials }),
    language: data.language ?? 'en',
  };
}

/** What the server reads of a topic: slug, title, language and translations. */
export function topicTitle(data: {
  slug: string;
  title: string;
  language?: Language | undefined;
  translations?: Partial<Record<Language, string>> | undefined;
}): ServerContent['topics'][number] {
  const translations = data.translations ?? {};
  return {
    slug: data.slug,
    title: data.title,
    language: data.language ?? 'en',
    ...(Object.keys(translations).length === 0 ? {} : { translations }),
  };
}

/** What the server reads of an article: what it reads of a topic, and the document id. */
export function articleTitle(
  data: Parameters<typeof topicTitle>[0] & { _id?: string | undefined },
): ServerContent['articles'][number] {
  return { ...topicTitle(data), ...(data._id === undefined ? {} : { _id: data._id }) };
}

/** What the server reads of one site settings singleton: all but the home page image (only a static page shows it). */
export function serverSettings(entry: Record<string, unknown>): ServerSettings {
  const settings = { ...entry };
  delete settings['heroImage'];
  return settings as ServerSettings;
}

/** Each language's site settings, keyed by language. */
function settingsByLanguage(entries: readonly Record<string, unknown>[]): ServerContent['siteSettings'] {
  const out: ServerContent['siteSettings'] = {};
  for (const entry of entries)
    out[(entry['language'] as Language | undefined) ?? 'en'] = serverSettings(entry);
  return out;
}

/** Where a build's loaders leave the snapshot: inside Astro's cache directory. */
export function serverContentDir(cacheDir: string): string {
  return path.join(cacheDir, 'server-content');
}

/** Records one collection's share of the snapshot (collections the server never reads are skipped). */
export async function writeServerContentPart(
  dir: string,
  collection: string,
  entries: readonly Record<string, unknown>[],
): Promise<void> {
  // The loader hands over entries as Astro's collection schemas parsed them; readServerContent checks the result.
  const part: Partial<ServerContent> | undefined =
    collection === 'siteSettings'
      ? { siteSettings: settingsByLanguage(entries) }
      : collection === 'counselors'
        ? {
            counselors: entries.map((c) => counselorChoice(c as Parameters<typeof counselorChoice>[0])),
            counselorFacts: entries
              .filter((c) => (c as { language?: string }).language !== 'es')
              .map(counselorFacts),
          }
        : collection === 'articles'
          ? { articles: entries.map((a) => articleTitle(a as Parameters<typeof articleTitle>[0])) }
          : collection === 'topics'
            ? { topics: entries.map((t) => topicTitle(t as Parameters<typeof topicTitle>[0])) }
            : undefined;
  if (!part) return;
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, `${collection}.json`), JSON.stringify(part));
}

/** Reads the snapshot this build's loaders wrote; fails with the reason when a part is missing or malformed. */
export async function readServerContent(dir: string): Promise<ServerContent> {
  const merged: Record<string, unknown> = {};
  for (const collection of PARTS) {
    const file = path.join(dir, `${collection}.json`);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      throw new Error(
        `The server's content snapshot has no ${collection} (${file}): the content loaders did not run.`,
      );
    }
    Object.assign(merged, JSON.parse(text));
  }
  const parsed = serverContentSchema.safeParse(merged);
  if (!parsed.success)
    throw new Error(`The server's content snapshot in ${dir} is malformed: ${parsed.error.message}`);
  return parsed.data;
}
