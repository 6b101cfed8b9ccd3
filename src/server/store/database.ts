import fs from 'node:fs';
import path from 'node:path';
import { auditFeature } from './features/audit.ts';
import { outboxFeature } from './features/outbox.ts';
import { requestsFeature } from './features/requests.ts';
import { secretsFeature } from './features/secrets.ts';
import { staffAccountsFeature } from './features/staff-accounts.ts';
import { staffSessionsFeature } from './features/staff-sessions.ts';
import { staffThrottlesFeature } from './features/staff-throttles.ts';
import { staffTotpFeature } from './features/staff-totp.ts';
import { appliedVersions, migrate } from './migrations/history.ts';
import { MIGRATIONS } from './migrations/migrations.ts';
import type { Sql } from './sql/sql.ts';
import type { StaffStore } from './staff-store.ts';
import type { Store } from './store.ts';

/** People's data in one database: contact requests and their outbox (`Store`) and the staff tables (`StaffStore`). */
export type Database = Store & StaffStore;

/** How `openDatabase` is called besides the URL. */
export interface OpenOptions {
  /** What a relative `file:` path is relative to; the working directory by default. */
  cwd?: string;
  /** Where a warning goes (the server passes its logger); standard error by default. */
  warn?: (message: string) => void;
}

/**
 * The database's folder: missing folders are made owner-only (0700, whatever the umask); one that existed before
 * is never changed (it may be shared, like /tmp), only reported when others can read it.
 */
function prepareFolder(dir: string, warn: (message: string) => void): void {
  const missing: string[] = [];
  for (let at = dir; !fs.existsSync(at); at = path.dirname(at)) missing.unshift(at);
  if (missing.length === 0) {
    if ((fs.statSync(dir).mode & 0o077) !== 0) {
      warn(
        `the database folder ${dir} is readable by others; the data file and secrets in it are owner-only, but a folder of its own (chmod 700) is safer`,
      );
    }
    return;
  }
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      // Another process made it first: it is not ours to change.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    // The umask may have taken bits away from 0700; this folder is new and ours, so it gets exactly 0700.
    fs.chmodSync(folder, 0o700);
  }
}

/** Opens (creating owner-only) the SQLite database at `file`, in WAL mode with full sync. */
async function openSqlite(file: string, warn: (message: string) => void): Promise<{ sql: Sql; dir: string }> {
  const [{ DatabaseSync }, { sqliteSql }] = await Promise.all([
    import('node:sqlite'),
    import('./sql/sqlite.ts'),
  ]);
  const dir = path.dirname(path.resolve(file));
  prepareFolder(dir, warn);
  // Created before SQLite opens it, so the file is never readable by others, not even briefly.
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const db = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
  );
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
  }
  return { sql: sqliteSql(db), dir };
}

// After `close()` every method rejects, whichever feature it belongs to.
function guarded(sql: Sql, isOpen: () => boolean): Sql {
  const live = () => (isOpen() ? Promise.resolve() : Promise.reject(new Error('store closed')));
  return {
    kind: sql.kind,
    all: (text, params) => live().then(() => sql.all(text, params)),
    get: (text, params) => live().then(() => sql.get(text, params)),
    run: (text, params) => live().then(() => sql.run(text, params)),
    transaction: (work) => live().then(() => sql.transaction(work)),
    snapshot: (work) => live().then(() => sql.snapshot(work)),
    grouped: (work) => {
      if (isOpen()) return sql.grouped(work);
      const closed = Promise.reject(new Error('store closed'));
      closed.catch(() => undefined);
      return { decided: closed, committed: closed };
    },
    lock: (key) => sql.lock(key),
    close: () => sql.close(),
  };
}

/** An open connection (SQLite) or pool (PostgreSQL), not yet migrated, and the SQLite database's folder. */
export interface Connection {
  sql: Sql;
  /** The folder holding a SQLite database and its secret files; null on PostgreSQL. */
  dir: string | null;
}

/**
 * Opens the database a `DATABASE_URL` names without migrating it (the backup tool reads it as it is); see
 * `openDatabase` for the URL forms.
 */
export async function openConnection(
  databaseUrl: string,
  {
    cwd = process.cwd(),
    warn = (message) => process.stderr.write(`warning: ${message}\n`),
  }: OpenOptions = {},
): Promise<Connection> {
  if (databaseUrl.startsWith('file:')) {
    return openSqlite(path.resolve(cwd, databaseUrl.slice('file:'.length)), warn);
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { postgresSql } = await import('./sql/postgres.ts');
    return { sql: postgresSql(databaseUrl, 10), dir: null };
  }
  throw new Error('DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL).');
}

/**
 * Opens the database a `DATABASE_URL` names, `file:<path>` for SQLite (relative to `cwd`) or `postgres://…` for
 * PostgreSQL, on ONE connection (SQLite) or pool (PostgreSQL), and migrates it; the result is both the contact
 * `Store` and the `StaffStore`. See docs/operations.md ("Data") for the tables and their history.
 */
export async function openDatabase(databaseUrl: string, options: OpenOptions = {}): Promise<Database> {
  const opened = await openConnection(databaseUrl, options);
  const raw = opened.sql;
  try {
    await migrate(raw, MIGRATIONS);
  } catch (error) {
    await raw.close();
    throw error;
  }

  let open = true;
  const sql = guarded(raw, () => open);
  return {
    kind: sql.kind,
    ping: async () => {
      await sql.get('SELECT 1 AS one');
    },
    close: async () => {
      if (!open) return;
      open = false;
      await raw.close();
    },
    migrations: () => appliedVersions(sql),
    ...requestsFeature(sql),
    ...outboxFeature(sql),
    ...secretsFeature(sql, opened.dir),
    ...staffAccountsFeature(sql),
    ...staffSessionsFeature(sql),
    ...staffThrottlesFeature(sql),
    ...staffTotpFeature(sql),
    ...auditFeature(sql),
  };
}
