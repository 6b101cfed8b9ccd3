import path from 'node:path';

/** Settings the project's own server reads from the environment (docs/operations.md). */
export interface ServerConfig {
  /** Interface to listen on. */
  host: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** The Astro build output: `client/` statics and `server/entry.mjs`. */
  distDir: string;
  /** Which `X-Forwarded-For` entry, counted from the right, is the client (0: the socket's address). */
  trustProxy: number;
  /**
   * Over how many seconds repeated refusals from one client are counted into one log line (`LOG_REFUSAL_SECONDS`,
   * default 10; 0 logs each).
   */
  logRefusalSeconds: number;
  /** Where contact requests are stored: `file:<path>` (SQLite) or `postgres://…`. */
  databaseUrl: string;
  /** The project folder: builds run here. */
  root: string;
  /** Where background rebuilds put their output, one folder each. */
  buildsDir: string;
  /** Enables `POST /api/rebuild` when set. */
  webhookSecret: string | undefined;
  /**
   * For tests: each background build waits until this file exists (`REBUILD_HOLD_FILE`), so a test can look at the
   * site while a build is due without racing it.
   */
  buildHoldFile: string | undefined;
}

/** Reads the server's settings, with the defaults docs/operations.md lists. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = Number(env['PORT'] ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env['PORT'] ?? ''}".`);
  }
  const trustProxy = Number(env['TRUST_PROXY'] ?? 0);
  if (!Number.isInteger(trustProxy) || trustProxy < 0) {
    throw new Error(`TRUST_PROXY must be 0 or a positive whole number, not "${env['TRUST_PROXY'] ?? ''}".`);
  }
  const logRefusalSeconds = Number(nonEmpty(env['LOG_REFUSAL_SECONDS']) ?? 10);
  if (!Number.isInteger(logRefusalSeconds) || logRefusalSeconds < 0 || logRefusalSeconds > 3600) {
    throw new Error(
      `LOG_REFUSAL_SECONDS must be a whole number of seconds from 0 to 3600, not "${env['LOG_REFUSAL_SECONDS'] ?? ''}".`,
    );
  }
  return {
    host: env['HOST'] ?? '127.0.0.1',
    port,
    distDir: path.resolve(cwd, env['DIST_DIR'] ?? 'dist'),
    trustProxy,
    logRefusalSeconds,
    databaseUrl: env['DATABASE_URL'] ?? 'file:.data/requests.db',
    root: cwd,
    buildsDir: path.resolve(cwd, env['BUILDS_DIR'] ?? '.builds'),
    webhookSecret: nonEmpty(env['SANITY_WEBHOOK_SECRET']),
    buildHoldFile: nonEmpty(env['REBUILD_HOLD_FILE']),
  };
}

/** An empty variable counts as unset (so `SANITY_WEBHOOK_SECRET=` keeps the webhook off). */
function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
