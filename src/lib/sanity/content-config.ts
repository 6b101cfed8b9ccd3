import path from 'node:path';

/** Where content comes from for one build, read from the environment with the defaults in docs/operations.md. */
export interface ContentConfig {
  /** Set: content comes from this Sanity project's live API. Unset: from the dataset export. */
  projectId: string | undefined;
  dataset: string;
  apiVersion: string;
  /** Server-only read token; never passed to anything that reaches the browser. */
  token: string | undefined;
  /** Another API host (a proxy, or a local server in tests), e.g. `http://127.0.0.1:9999`. */
  apiHost: string | undefined;
  /** Absolute path of the dataset export (`.ndjson`, a folder, or a `.tar.gz`). */
  exportPath: string;
  /** Absolute path of the MDX articles folder. */
  mdxDir: string;
}

/** The API version used when `SANITY_API_VERSION` is unset (kept in step with astro.config.mjs). */
export const DEFAULT_API_VERSION = '2025-02-19';

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Reads the content settings. The loader runs at build time in Astro's config context, where the
 * `astro:env` virtual modules are not available, so it reads `process.env` directly; runtime code
 * uses `astro:env/server` instead.
 */
export function readContentConfig(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): ContentConfig {
  return {
    projectId: nonEmpty(env['SANITY_PROJECT_ID']),
    dataset: nonEmpty(env['SANITY_DATASET']) ?? 'production',
    apiVersion: nonEmpty(env['SANITY_API_VERSION']) ?? DEFAULT_API_VERSION,
    token: nonEmpty(env['SANITY_TOKEN']),
    apiHost: nonEmpty(env['SANITY_API_HOST']),
    exportPath: path.resolve(root, nonEmpty(env['SANITY_EXPORT']) ?? 'content/sanity'),
    mdxDir: path.resolve(root, nonEmpty(env['CONTENT_MDX_DIR']) ?? 'content/articles'),
  };
}
