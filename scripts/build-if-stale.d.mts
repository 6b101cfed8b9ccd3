/** Builds into `distDir` when its build is missing or older than the sources; returns whether it built. */
export function buildIfStale(options?: {
  distDir?: string;
  env?: NodeJS.ProcessEnv;
  quiet?: boolean;
}): boolean;
