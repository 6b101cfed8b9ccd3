import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { COPY_MARK, shareBuild } from './shared-builds.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The outcome of one `astro build`. */
export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, for asserting warnings and errors. */
  output: string;
  outDir: string;
  /** The folder holding `dist/` and `cache/`: remove it when done. */
  dir: string;
}

/** The config for builds from a root of their own (the project's site, src/ and public/). */
const isolatedConfig = path.join(root, 'tests/support/isolated-root.config.mjs');

/**
 * Builds the site with its own content and output folder. Within one `npm test` run, a build of inputs another file
 * has already built (the same `env`, and the same files under every path it names) is built once and copied
 * (tests/support/shared-builds.ts); the caller gets its own folder either way. Incremental (`keep`), `sync`
 * and measured (`NODE_OPTIONS`) builds always run.
 *
 * The build itself: spawns Astro's CLI under this Node
 * (`process.execPath`) from a root folder of its own (tests/support/isolated-root.config.mjs), with its own
 * `ASTRO_CACHE_DIR`, so builds of different content never share a cache or Astro's generated `.astro/` state and
 * test files that build can run at the same time. `outDir` must sit inside the project (the server bundle resolves
 * node_modules from there); by default it goes under `.builds/`. Content paths in `env` may be relative to the
 * project (under content/ or tests/).
 */
export async function buildSite(options: {
  env?: Record<string, string | undefined>;
  /**
   * A name under `.builds/` (suffixed with this process's id, so two test runs at once never share a
   * folder) or an absolute folder inside the project.
   */
  outDir: string;
  /** `sync` only loads the content into the cache (no pages); default `build`. */
  command?: 'build' | 'sync';
  /** Keep what an earlier run left in the folder (its cache): for testing incremental loads. */
  keep?: boolean;
}): Promise<BuildResult> {
  const base = path.isAbsolute(options.outDir)
    ? options.outDir
    : path.join(root, '.builds', `${options.outDir}-${process.pid}`);
  const shareable = !options.keep && options.command !== 'sync' && !options.env?.['NODE_OPTIONS'];
  if (!shareable) return runBuild(base, options);
  return shareBuild(options.env ?? {}, base, () => runBuild(base, options));
}

/** One `astro build` (or `sync`) in `base` (see buildSite). */
async function runBuild(
  base: string,
  options: Pick<Parameters<typeof buildSite>[0], 'env' | 'command' | 'keep'>,
): Promise<BuildResult> {
  const outDir = path.join(base, 'dist');
  const cacheDir = path.join(base, 'cache');
  const buildRoot = path.join(base, 'root');
  if (options.keep && existsSync(path.join(base, COPY_MARK)))
    throw new Error(
      `${base} is a copy of a build another test file made (tests/support/shared-builds.ts); its cache belongs to ` +
        "that build's folder, so it cannot be continued with `keep`. Build it under an `outDir` of its own first.",
    );
  if (!options.keep) rmSync(base, { recursive: true, force: true });
  mkdirSync(buildRoot, { recursive: true });
  // The content loader resolves content paths against Astro's root, which is now buildRoot, and names MDX
  // articles by their path from it: the project's content/ and tests/ appear there too, so both read as usual.
  for (const folder of ['content', 'tests']) {
    if (!existsSync(path.join(buildRoot, folder)))
      symlinkSync(path.join(root, folder), path.join(buildRoot, folder));
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    // A production build even under the test runner (NODE_ENV=test would make import.meta.env.DEV true).
    NODE_ENV: 'production',
    ASTRO_CACHE_DIR: cacheDir,
    // Builds of fixtures must not pick up a live project from the caller's environment.
    SANITY_PROJECT_ID: undefined,
    SANITY_API_HOST: undefined,
    SANITY_TOKEN: undefined,
    ...options.env,
  })) {
    if (value !== undefined) env[key] = value;
  }
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/astro/bin/astro.mjs'),
      ...(options.command === 'sync' ? ['sync'] : ['build', '--outDir', outDir]),
      '--root',
      buildRoot,
      '--config',
      path.relative(buildRoot, isolatedConfig),
    ],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  // eslint-disable-next-line no-control-regex
  return { code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir, dir: base };
}
