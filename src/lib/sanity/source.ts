import type { SanityClient } from '@sanity/client';
import { evaluate, evaluateSync, parse } from 'groq-js';
import type { ContentConfig } from './content-config.ts';
import { readExport, type SanityDocument } from './export-reader.ts';

/**
 * What a query returns, as Sanity TypeGen worked it out from the schema: `sanity.types.ts` registers the result
 * type of every `defineQuery` in the global `SanityQueries`. A query string TypeGen has not seen gives `unknown`.
 * For a dataset export this is what a valid dataset returns; the loader still checks every entry (schemas.ts).
 */
export type QueryResult<Query extends string> = Query extends keyof SanityQueries
  ? SanityQueries[Query]
  : unknown;

/** Runs GROQ against wherever this build's content lives. */
export interface ContentSource {
  /** `live`: the Sanity API; `export`: a dataset export evaluated locally with groq-js. */
  kind: 'live' | 'export';
  /** Said in build logs and errors (never includes the token). */
  description: string;
  /** Runs one query (written with `defineQuery`, for a typed result); `params` are GROQ parameters. */
  fetch<Query extends string>(query: Query, params?: Record<string, unknown>): Promise<QueryResult<Query>>;
  /** Warnings about the source itself (for example a missing export), said once per collection load. */
  notices(): Promise<string[]>;
}

/** The live API through the real `@sanity/client`, published perspective, no CDN (builds want fresh data). */
function liveSource(config: ContentConfig & { projectId: string }): ContentSource {
  // Loaded on the first query: builds from an export never pay for the client (about 0.2 s to import).
  let client: Promise<SanityClient> | undefined;
  const connect = async () => {
    const { createClient } = await import('@sanity/client');
    return createClient({
      projectId: config.projectId,
      dataset: config.dataset,
      apiVersion: config.apiVersion,
      useCdn: false,
      perspective: 'published',
      ...(config.token ? { token: config.token } : {}),
      // With another API host (a proxy, or the local GROQ server in tests) the project id must not be
      // prefixed to the host name; this deprecated flag is still the client's only switch for that.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
    });
  };
  return {
    kind: 'live',
    description: `Sanity project ${config.projectId}, dataset ${config.dataset}`,
    fetch: async <Query extends string>(query: Query, params: Record<string, unknown> = {}) =>
      (await (client ??= connect())).fetch<QueryResult<Query>>(query, params),
    notices: () => Promise.resolve([]),
  };
}

/** Lookup by `_id` for `->`: groq-js would otherwise scan the whole dataset for every reference. */
function indexById(documents: SanityDocument[]): (ref: { _ref: string }) => SanityDocument | null {
  const byId = new Map(documents.map((doc) => [doc._id, doc]));
  return ({ _ref }) => byId.get(_ref) ?? null;
}

const indexes = new WeakMap<SanityDocument[], (ref: { _ref: string }) => SanityDocument | null>();

/** A dataset export (ndjson, folder or tarball) read once and queried with groq-js. */
function exportSource(config: ContentConfig): ContentSource {
  return {
    kind: 'export',
    description: `dataset export ${config.exportPath}`,
    async fetch<Query extends string>(query: Query, params: Record<string, unknown> = {}) {
      const dataset = await readExport(config.exportPath);
      const documents = dataset?.documents ?? [];
      let dereference = indexes.get(documents);
      if (!dereference) {
        dereference = indexById(documents);
        indexes.set(documents, dereference);
      }
      const tree = parse(query, { params });
      const options = { dataset: documents, params, dereference };
      // groq-js's synchronous evaluator is about three times faster on large exports; it covers every
      // query in queries.ts, and anything it does not support falls back to the full async evaluator.
      let result: unknown;
      try {
        result = await evaluateSync(tree, options).get();
      } catch {
        result = await (await evaluate(tree, options)).get();
      }
      return result as QueryResult<Query>;
    },
    async notices() {
      const dataset = await readExport(config.exportPath);
      return dataset
        ? []
        : [
            `No dataset export at ${config.exportPath} (SANITY_EXPORT): building with no CMS content and the fallback site settings.`,
          ];
    },
  };
}

/** Chooses the source: the live API when `SANITY_PROJECT_ID` is set, else the export. */
export function createContentSource(config: ContentConfig): ContentSource {
  return config.projectId ? liveSource({ ...config, projectId: config.projectId }) : exportSource(config);
}
