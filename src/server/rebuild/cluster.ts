import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from '../log.ts';
import type { BuildRunner } from './rebuilder.ts';

// One key for "a site build is running" across every instance on the database (an arbitrary fixed number), and
// one for creating the table, so two instances starting at once never race on CREATE TABLE.
const BUILD_LOCK = 7_305_112_019;
const SETUP_LOCK = 7_305_112_020;
/** The channel a finished build is announced on; the payload is its id. */
export const BUILD_CHANNEL = 'alliance_site_build';
/** The channel a published change is announced on, so every instance shows it live; the payload is `{ id, at }`. */
export const CHANGE_CHANNEL = 'alliance_live_change';

/** What the cluster needs from the server. */
export interface ClusterBuildsOptions {
  databaseUrl: string;
  /** Where this instance keeps builds; a published build is unpacked here under its id. */
  buildsDir: string;
  logger: Logger;
  /** The folder of the build this instance serves now. */
  current: () => string;
  /** Switches this instance to a build on disk (the same step a local rebuild ends with). */
  activate: (distDir: string) => Promise<void>;
  /** Published builds kept in the database (older ones are deleted). */
  keep?: number;
  /** A published change announced by any instance (this one included): `at` is when the webhook arrived. */
  onChange?: (id: string, at: number) => void;
}

/**
 * Rebuilds shared by every instance on one PostgreSQL database (docs/deploy.md, "Several instances").
 *
 * One build runs at a time across all instances: a build holds a PostgreSQL advisory lock while it runs. A finished
 * build is packed (tar.gz) into the `site_builds` table and announced with NOTIFY; every instance LISTENs on its
 * own connection, unpacks the announced build into its builds folder and switches to it, so all of them serve the
 * same bytes. A failed build publishes nothing: every instance keeps the build it had. A request that waited for
 * the lock while another instance built is dropped when that build started after the request was made (it already
 * holds the change).
 *
 * Published changes are announced the same way (`announceChange`, on its own channel): every instance, the one
 * that got the webhook included, renders the changed article's live page itself (src/server/live/live-pages.ts),
 * keyed to the moment the webhook arrived, so each one serves the fresh page until the build that read it is in.
 */
export class ClusterBuilds {
  readonly #options: Required<ClusterBuildsOptions>;
  readonly #pg: typeof pg;
  readonly #pool: pg.Pool;
  #listener: pg.Client | undefined;
  #closed = false;
  #syncing: Promise<void> = Promise.resolve();
  readonly #unpacked: string[] = [];

  private constructor(options: ClusterBuildsOptions, driver: typeof pg) {
    this.#options = { keep: 3, onChange: () => undefined, ...options };
    this.#pg = driver;
    this.#pool = new driver.Pool({
      connectionString: options.databaseUrl,
      max: 3,
      idleTimeoutMillis: 10_000,
    });
    // A dropped idle connection must not crash the server; the next query reconnects.
    this.#pool.on('error', () => undefined);
  }

  /** Creates the table if needed and starts listening; call `catchUp()` once the server can switch builds. */
  static async open(options: ClusterBuildsOptions): Promise<ClusterBuilds> {
    // Loaded here, not at start-up: a server on SQLite never needs the driver.
    const { default: driver } = await import('pg');
    const cluster = new ClusterBuilds(options, driver);
    try {
      await cluster.#setup();
      await cluster.#listen();
    } catch (error) {
      await cluster.close();
      throw error;
    }
    return cluster;
  }

  /** Wraps a build runner: waits for the cluster's build lock, builds, then publishes the build to every instance. */
  runner(build: BuildRunner): BuildRunner {
    return async (outDir, signal) => {
      const requested = await this.#now(this.#pool);
      const client = await this.#lock(signal);
      let published = false;
      try {
        const newer = await client.query<{ id: string }>(
          'SELECT id FROM site_builds WHERE started_at >= $1 ORDER BY started_at DESC LIMIT 1',
          [requested],
        );
        const already = newer.rows[0]?.id;
        if (already) {
          this.#options.logger.info(
            `rebuild not needed: ${already}, started after the request, is published`,
          );
          return 'skipped';
        }
        const started = await this.#now(client);
        this.#options.logger.info(`building ${path.basename(outDir)}, holding the build lock`);
        await build(outDir, signal);
        if (signal.aborted) throw new Error('stopped while building');
        await this.#publish(client, outDir, started);
        published = true;
        return 'built';
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK]).catch(() => undefined);
        client.release();
        if (published) this.#options.logger.info(`published ${path.basename(outDir)}; build lock released`);
      }
    };
  }

  /** Tells every instance (this one too) that an article changed at `at`; rejects when the database is unreachable. */
  async announceChange(id: string, at: number): Promise<void> {
    await this.#pool.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify({ id, at })]);
  }

  /** Switches to the newest published build when it is newer than what this instance serves (at start, after a reconnect). */
  catchUp(): Promise<void> {
    return this.#enqueue(async () => {
      const latest = await this.#pool.query<{ id: string; created_at: Date }>(
        'SELECT id, created_at FROM site_builds ORDER BY created_at DESC LIMIT 1',
      );
      const row = latest.rows[0];
      if (!row || row.id === path.basename(this.#options.current())) return;
      // A build made here after the last published one (`npm run build` during an upgrade) stays.
      const entry = path.join(this.#options.current(), 'server', 'entry.mjs');
      const mtime = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
      if (row.created_at.getTime() <= mtime) return;
      await this.#adopt(row.id);
    });
  }

  /** Stops listening and closes the connections. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#syncing.catch(() => undefined);
    await this.#listener?.end().catch(() => undefined);
    await this.#pool.end();
  }

  async #setup(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS site_builds (
        id text PRIMARY KEY,
        started_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        archive bytea NOT NULL
      )`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async #listen(): Promise<void> {
    const client = new this.#pg.Client({ connectionString: this.#options.databaseUrl });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.#listener === client) this.#listener = undefined;
      void client.end().catch(() => undefined);
      this.#retry();
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) {
        const change = parseChange(message.payload);
        if (change) this.#options.onChange(change.id, change.at);
        return;
      }
      if (message.channel !== BUILD_CHANNEL || !message.payload) return;
      const id = message.payload;
      void this.#enqueue(() => this.#adopt(id));
    });
    this.#listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${BUILD_CHANNEL}`);
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      onLost();
      throw error;
    }
  }

  /** Listens again a second later (and catches up on what it missed), until it works or the server stops. */
  #retry(): void {
    if (this.#closed) return;
    this.#options.logger.error('lost the connection that hears about new builds; reconnecting');
    setTimeout(() => {
      if (this.#closed) return;
      // A failed attempt schedules the next one itself.
      this.#listen().then(
        () => {
          this.#options.logger.info('listening for new builds again');
          return this.catchUp();
        },
        () => undefined,
      );
    }, 1_000).unref();
  }

  /** Unpacks a published build (unless this instance has it: it built it) and switches to it. */
  async #adopt(id: string): Promise<void> {
    const { buildsDir, logger } = this.#options;
    if (!/^[\w.-]+$/.test(id)) return;
    const target = path.join(buildsDir, id);
    if (fs.existsSync(target)) return;
    const found = await this.#pool.query<{ archive: Buffer }>(
      'SELECT archive FROM site_builds WHERE id = $1',
      [id],
    );
    const archive = found.rows[0]?.archive;
    if (!archive) return;
    const incoming = path.join(buildsDir, `.incoming-${id}`);
    fs.rmSync(incoming, { recursive: true, force: true });
    fs.mkdirSync(incoming, { recursive: true });
    try {
      const file = path.join(incoming, 'build.tar.gz');
      fs.writeFileSync(file, archive);
      const tar = await import('tar');
      fs.mkdirSync(path.join(incoming, 'dist'));
      await tar.x({ file, cwd: path.join(incoming, 'dist') });
      fs.renameSync(path.join(incoming, 'dist'), target);
    } finally {
      fs.rmSync(incoming, { recursive: true, force: true });
    }
    await this.#options.activate(target);
    logger.info(`now serving ${id}, built by another instance`);
    this.#unpacked.push(target);
    // Keep the previous one too: requests in flight may still read from it.
    for (const old of this.#unpacked.splice(0, Math.max(0, this.#unpacked.length - 2))) {
      if (old !== this.#options.current()) fs.rmSync(old, { recursive: true, force: true });
    }
  }

  async #publish(client: pg.PoolClient, outDir: string, started: string): Promise<void> {
    const tar = await import('tar');
    const file = `${outDir}.tar.gz`;
    try {
      await tar.c({ gzip: true, file, cwd: outDir, portable: true }, ['.']);
      const archive = fs.readFileSync(file);
      const id = path.basename(outDir);
      await client.query('BEGIN');
      await client.query('INSERT INTO site_builds (id, started_at, archive) VALUES ($1, $2, $3)', [
        id,
        started,
        archive,
      ]);
      await client.query(
        'DELETE FROM site_builds WHERE id NOT IN (SELECT id FROM site_builds ORDER BY created_at DESC LIMIT $1)',
        [this.#options.keep],
      );
      // Delivered to every listener when the transaction commits, never before the row is there.
      await client.query('SELECT pg_notify($1, $2)', [BUILD_CHANNEL, id]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      fs.rmSync(file, { force: true });
    }
  }

  /** Waits for the build lock on one connection (checked twice a second, so a shutdown can stop the wait). */
  async #lock(signal: AbortSignal): Promise<pg.PoolClient> {
    const client = await this.#pool.connect();
    try {
      for (;;) {
        const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
          BUILD_LOCK,
        ]);
        if (got.rows[0]?.ok) return client;
        if (signal.aborted) throw new Error('stopped while waiting for another instance to finish its build');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } catch (error) {
      client.release();
      throw error;
    }
  }

  async #now(db: pg.Pool | pg.PoolClient): Promise<string> {
    const result = await db.query<{ now: string }>('SELECT clock_timestamp()::text AS now');
    return result.rows[0]?.now ?? new Date().toISOString();
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.#syncing.then(work).catch((error: unknown) => {
      this.#options.logger.error(
        `could not switch to another instance's build: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    this.#syncing = next;
    return next;
  }
}

/** A change announcement's payload, or undefined when it is not one. */
function parseChange(payload: string): { id: string; at: number } | undefined {
  try {
    const value = JSON.parse(payload) as unknown;
    if (!value || typeof value !== 'object') return undefined;
    const { id, at } = value as Record<string, unknown>;
    return typeof id === 'string' && typeof at === 'number' && Number.isFinite(at) ? { id, at } : undefined;
  } catch {
    return undefined;
  }
}
