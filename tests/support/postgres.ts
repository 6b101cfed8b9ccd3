import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type Cluster } from './embedded-postgres.ts';

/** A PostgreSQL database of its own for one test file. */
export interface TestDatabase {
  /** A `postgres://` URL for `DATABASE_URL`. */
  url: string;
  /** Drops the database (and stops the server this helper started, if it did). */
  cleanup(): Promise<void>;
}

/**
 * Set by tests/support/postgres-setup.ts (vitest's globalSetup) when it starts one server for the whole run: a
 * folder where `url` appears once the server is ready, or `error` with the reason it could not start.
 */
export const RUN_POSTGRES_ENV = 'ALLIANCE_TEST_POSTGRES_DIR';

/** Waits for the run's server (started by the globalSetup) and returns its admin URL, or throws its failure. */
async function runCluster(dir: string): Promise<Cluster> {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
    if (fs.existsSync(path.join(dir, 'error'))) throw new Error(read('error'));
    if (fs.existsSync(path.join(dir, 'url'))) return { adminUrl: read('url'), stop: () => Promise.resolve() };
    if (Date.now() > deadline)
      throw new Error(`PostgreSQL for the tests did not start within 5 minutes (${dir})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let cluster: Promise<Cluster> | undefined;
let users = 0;

/**
 * A fresh database: on `TEST_DATABASE_URL`'s server when set; else on the server vitest's globalSetup started
 * for the run (tests/support/postgres-setup.ts); else (outside vitest, as in the benchmark) on one this helper
 * starts from the `embedded-postgres` package and stops when its last database is dropped. Each call gets its
 * own database, so files run in parallel.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const given = process.env['TEST_DATABASE_URL'];
  const runDir = process.env[RUN_POSTGRES_ENV];
  cluster ??= given
    ? Promise.resolve({ adminUrl: given, stop: () => Promise.resolve() })
    : runDir
      ? runCluster(runDir)
      : startEmbeddedPostgres();
  const started = await cluster.catch((error: unknown) => {
    cluster = undefined;
    throw error;
  });
  const { adminUrl } = started;
  users += 1;
  const name = `alliance_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      users -= 1;
      if (users === 0) {
        cluster = undefined;
        await started.stop();
      }
    },
  };
}
