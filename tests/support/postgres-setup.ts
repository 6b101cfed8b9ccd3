import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { RUN_POSTGRES_ENV } from './postgres.ts';

/**
 * vitest's globalSetup for the whole run: without `TEST_DATABASE_URL`, starts one PostgreSQL from the
 * `embedded-postgres` package for every test file (instead of one per file). It starts in the background while
 * the first files run; createTestDatabase (tests/support/postgres.ts) waits for it and
 * fails at once with the reason when it could not start.
 */
export default function setup(): (() => Promise<void>) | undefined {
  if (process.env['TEST_DATABASE_URL'] || process.env[RUN_POSTGRES_ENV]) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-pg-run-'));
  process.env[RUN_POSTGRES_ENV] = dir;
  // Written whole, then renamed: a reader never sees half a file.
  const publish = (name: 'url' | 'error', text: string) => {
    fs.writeFileSync(path.join(dir, `${name}.tmp`), text, { mode: 0o600 });
    fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
  };
  const starting = startEmbeddedPostgres().then(
    (cluster) => {
      publish('url', cluster.adminUrl);
      return cluster;
    },
    (error: unknown) => {
      publish('error', error instanceof Error ? error.message : String(error));
      return undefined;
    },
  );
  return async () => {
    await (await starting)?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
