import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  DEFAULT_CONTENT_LANGUAGE,
  SHARED_SETTINGS_FIELDS,
  SITE_SETTINGS_IDS,
} from '../../../sanity/schemaTypes/rules/languages.ts';
import { entryId } from '../content/entry-id.ts';
import { serverContentDir, writeServerContentPart } from '../content/server-snapshot.ts';
import { STORED_BODY_VERSION, storedBody } from '../portable-text/stored-body.ts';
import { readContentConfig, type ContentConfig } from './content-config.ts';
import { fetchPolicyFromEnv } from './fetch-asset.ts';
import { readMdxArticles, type MdxReferences, type ReadEntryInfo } from './mdx-articles.ts';
import {
  compact,
  normalizeArticles,
  normalizeChecklists,
  normalizeCounselors,
  normalizeSiteSettings,
  normalizeTopics,
  type NormalizeContext,
} from './normalize.ts';
import {
  articlesQuery,
  checklistsQuery,
  collectionQueries,
  counselorsQuery,
  mdxReferencesQuery,
  siteSettingsQuery,
  topicsQuery,
} from './queries.ts';
import { createContentSource, type ContentSource } from './source.ts';
import { linkTranslations, type TranslationGroup, type Translatable } from './translations.ts';
import { ContentRuleError, findSlugClashes } from './validate.ts';

/** The collections this loader fills (names fixed in docs/content-model.md). */
export type CollectionName = keyof typeof collectionQueries;

/** One entry ready for the store. */
export interface LoadedEntry {
  id: string;
  data: Record<string, unknown>;
  /** Set for MDX articles: rendered by Astro from this file. */
  filePath?: string;
  /** Digested instead of `data` when set (the MDX file's text). */
  digestSource?: string;
  body?: string | undefined;
}

/** Everything `loadEntries` needs; the Astro loader fills it from its context, tests pass their own. */
export interface LoadOptions {
  config: ContentConfig;
  source?: ContentSource;
  /** Project root, for MDX file paths. */
  root: string;
  ctx: NormalizeContext;
  /** Astro's MDX entry type (frontmatter reader); MDX is skipped without it. */
  readMdx?: ReadEntryInfo | undefined;
}

type Data = Record<string, unknown> & { _id: string; language?: unknown };

/**
 * Entries keyed by `key` (slug, or `_id`), each given its `language` and the translations that were published and
 * kept (`translations`), under the id {@link entryId} gives it.
 */
function withTranslations<D extends Data>(
  type: string,
  data: readonly D[],
  key: (entry: D) => string,
  groups: readonly TranslationGroup[] | null | undefined,
  returned: readonly { _id?: unknown }[] | null | undefined,
  warn: (message: string) => void,
): LoadedEntry[] {
  const translatable = data.map((entry): Translatable & { entry: D } => ({
    _id: entry._id,
    language: (entry.language ?? DEFAULT_CONTENT_LANGUAGE) as Translatable['language'],
    key: key(entry),
    entry,
  }));
  const ids = new Set((returned ?? []).map((doc) => String(doc._id)));
  const links = linkTranslations(type, translatable, groups, ids, warn);
  return translatable.map(({ language, key: name, entry }) => ({
    id: entryId(language, name),
    data: { ...entry, language, translations: links.get(entry._id) ?? {} },
  }));
}

/**
 * The site settings singletons: `siteSettings` (English) and `siteSettings-es`. A translation shares the English
 * settings' facts it leaves empty (SHARED_SETTINGS_FIELDS: contact details, time zone, home picture, crisis links),
 * never its text. Each names the other in `translations`.
 */
function settingsEntries(settings: readonly Record<string, unknown>[]): LoadedEntry[] {
  const english = settings.find((s) => s['language'] === DEFAULT_CONTENT_LANGUAGE);
  const present = new Set(settings.map((s) => s['language'] as keyof typeof SITE_SETTINGS_IDS));
  return settings.map((entry) => {
    const language = entry['language'] as keyof typeof SITE_SETTINGS_IDS;
    const data: Record<string, unknown> = { ...entry };
    if (english && english !== entry) {
      for (const field of SHARED_SETTINGS_FIELDS) {
        const own = data[field];
        if ((own === undefined || (Array.isArray(own) && own.length === 0)) && english[field] !== undefined)
          data[field] = english[field];
      }
    }
    const translations: Record<string, string> = {};
    for (const other of present) if (other !== language) translations[other] = SITE_SETTINGS_IDS[other];
    return { id: SITE_SETTINGS_IDS[language], data: { ...data, translations } };
  });
}

/**
 * Loads one collection's normalized entries, in every language: one GROQ query against the source (plus the MDX
 * folder for articles). Throws {@link ContentRuleError} when a document breaks a content rule.
 */
export async function loadEntries(collection: CollectionName, options: LoadOptions): Promise<LoadedEntry[]> {
  const { config, ctx } = options;
  const source = options.source ?? createContentSource(config);
  const warn = (message: string) => {
    ctx.warn(message);
  };
  // Each collection's own query, so its result has TypeGen's type for that query (see source.ts).
  switch (collection) {
    case 'siteSettings': {
      const settings = [];
      for (const raw of await source.fetch(siteSettingsQuery)) {
        const data = await normalizeSiteSettings(raw, ctx);
        if (data) settings.push(data);
      }
      return settingsEntries(settings);
    }
    case 'topics': {
      const result = await source.fetch(topicsQuery);
      const topics = normalizeTopics(result.documents);
      return withTranslations('topic', topics, (t) => t.slug, result.translations, result.documents, warn);
    }
    case 'counselors': {
      const result = await source.fetch(counselorsQuery);
      const counselors = await normalizeCounselors(result.documents, ctx, result.translations);
      return withTranslations(
        'counselor',
        counselors,
        (c) => c.slug,
        result.translations,
        result.documents,
        warn,
      );
    }
    case 'checklists': {
      const result = await source.fetch(checklistsQuery);
      const checklists = normalizeChecklists(result.documents);
      return withTranslations(
        'fitChecklist',
        checklists,
        (c) => c._id,
        result.translations,
        result.documents,
        warn,
      );
    }
    case 'articles': {
      const result = await source.fetch(articlesQuery);
      const cms = await normalizeArticles(result.documents, ctx);
      const mdx = options.readMdx
        ? await readMdxArticles({
            dir: config.mdxDir,
            root: options.root,
            readEntryInfo: options.readMdx,
            references: async (): Promise<MdxReferences> => compact(await source.fetch(mdxReferencesQuery)),
            ctx,
          })
        : [];
      // Slugs are unique within a language: an article and its translation may share one.
      const clashes = [
        ...cms.map((e) => ({ _id: e._id, slug: e.slug, language: e['language'], origin: 'Sanity' })),
        ...mdx.map((m) => ({
          _id: m.entry._id,
          slug: m.entry.slug,
          language: m.entry['language'],
          origin: 'MDX',
        })),
      ];
      const problems = [...new Set(clashes.map((c) => c.language))].flatMap((language) =>
        findSlugClashes(
          'article',
          clashes.filter((c) => c.language === language),
        ),
      );
      if (problems.length) throw new ContentRuleError(problems);
      return [
        ...withTranslations('article', cms, (a) => a.slug, result.translations, result.documents, warn),
        ...mdx.map((m) => ({
          id: m.entry.slug,
          data: { ...m.entry, translations: {} },
          filePath: m.filePath,
          digestSource: `${JSON.stringify(m.entry)}\0${m.contents}`,
          body: m.body,
        })),
      ];
    }
  }
}

/** The loader store's `addAssetImports`, which Astro's runtime store has but its public type leaves out. */
type AssetStore = LoaderContext['store'] & { addAssetImports(assets: string[], filePath?: string): void };

/** Turns a changed entry's data into what the store keeps (run only for entries whose digest changed). */
interface StoreForm {
  prepare(data: Record<string, unknown>): Record<string, unknown>;
  /** Part of the digest, so a new `prepare` does not keep entries prepared by an older one. */
  version: number;
}

/** CMS articles are stored with their text rendered (see stored-body.ts); MDX articles as they are. */
const articleStoreForm: StoreForm = {
  prepare: (data) => (data['source'] === 'sanity' ? { ...data, ...storedBody(data['body']) } : data),
  version: STORED_BODY_VERSION,
};

/** Writes entries to the store, skipping those whose digest is unchanged and removing those gone. */
async function syncStore(
  entries: LoadedEntry[],
  { store, parseData, generateDigest }: Pick<LoaderContext, 'store' | 'parseData' | 'generateDigest'>,
  form?: StoreForm,
): Promise<{ written: number; unchanged: number; removed: number; stored: Record<string, unknown>[] }> {
  const untouched = new Set(store.keys());
  const stored: Record<string, unknown>[] = [];
  let written = 0;
  let unchanged = 0;
  for (const entry of entries) {
    untouched.delete(entry.id);
    const source = entry.digestSource ?? entry.data;
    const digest = generateDigest(form ? { version: form.version, source } : source);
    const existing = store.get(entry.id);
    if (existing?.digest === digest) {
      // Unchanged: not parsed or written again; MDX modules and the images the entry imports must still be
      // registered for this build (as Astro's glob() loader does), or its images stay raw file paths.
      if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
      if (existing.assetImports?.length)
        (store as AssetStore).addAssetImports(existing.assetImports, existing.filePath);
      stored.push(existing.data);
      unchanged += 1;
      continue;
    }
    const data = await parseData({
      id: entry.id,
      data: form ? form.prepare(entry.data) : entry.data,
      ...(entry.filePath ? { filePath: entry.filePath } : {}),
    });
    store.set({
      id: entry.id,
      data,
      digest,
      ...(entry.filePath ? { filePath: entry.filePath, deferredRender: true } : {}),
      ...(entry.body !== undefined ? { body: entry.body } : {}),
    });
    stored.push(data);
    written += 1;
  }
  for (const id of untouched) store.delete(id);
  return { written, unchanged, removed: untouched.size, stored };
}

/**
 * An Astro Content Layer loader for one collection, reading the live Sanity API or a dataset export
 * (chosen by `SANITY_PROJECT_ID`) and, for articles, the MDX folder too.
 */
export function sanityLoader(collection: CollectionName): Loader {
  return {
    name: `sanity-${collection}`,
    async load(context) {
      const { config: astroConfig, logger } = context;
      // Astro hands loaders the registered content entry types (the built-in glob() loader reads MDX
      // frontmatter through them); the public LoaderContext type does not declare it yet.
      const { entryTypes } = context as LoaderContext & {
        entryTypes?: Map<string, { getEntryInfo: ReadEntryInfo }>;
      };
      const root = fileURLToPath(astroConfig.root);
      const config = readContentConfig(process.env, root);
      const source = createContentSource(config);
      for (const notice of await source.notices()) logger.warn(notice);
      const mdxType = entryTypes?.get('.mdx');
      if (collection === 'articles' && !mdxType)
        logger.warn('No MDX entry type registered: MDX articles are skipped');
      const run = async () => {
        const started = performance.now();
        const entries = await loadEntries(collection, {
          config,
          source,
          root,
          ctx: {
            now: new Date(),
            warn: (message) => {
              logger.warn(message);
            },
            imageDir: path.join(fileURLToPath(astroConfig.cacheDir), 'sanity-images'),
            imageFetch: fetchPolicyFromEnv(process.env),
          },
          readMdx: mdxType ? (input) => mdxType.getEntryInfo(input) : undefined,
        });
        const loaded = performance.now();
        const result = await syncStore(
          entries,
          context,
          collection === 'articles' ? articleStoreForm : undefined,
        );
        await writeServerContentPart(
          serverContentDir(fileURLToPath(astroConfig.cacheDir)),
          collection,
          result.stored,
        );
        logger.info(
          `${entries.length} from ${source.description}: ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed (read ${Math.round(loaded - started)} ms, stored ${Math.round(performance.now() - loaded)} ms)`,
        );
      };
      await run();
      // In `astro dev`, editing the export or an MDX file reloads the collection (live content needs a restart).
      const { watcher } = context;
      if (watcher) {
        const watched = [...(config.projectId ? [] : [config.exportPath]), config.mdxDir];
        watcher.add(watched);
        let timer: NodeJS.Timeout | undefined;
        watcher.on('all', (_event, changed) => {
          if (!watched.some((dir) => changed === dir || changed.startsWith(`${dir}${path.sep}`))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            run().catch((error: unknown) => {
              logger.error(error instanceof Error ? error.message : String(error));
            });
          }, 200);
        });
      }
    },
  };
}
