import fs from 'node:fs';
import path from 'node:path';
import { auditFeature } from './features/audit.ts';
import { outboxFeature } from './features/outbox.ts';
import { requestsFeature } from './features/requests.ts';
import { secretsFeature } from './features/secrets.ts';
import { staffAccountsFeature } from './features/staff-accounts.ts';
import { staffSessionsFeature } from './features/staff-sessions.ts';
import { staffThrottlesFeature } from './features/staff-throttles.ts';
import { appliedVersions, migrate } from './migrations/history.ts';
import { MIGRATIONS } from './migrations/migrations.ts';
import type { Sql } from './sql/sql.ts';
import type { StaffStore } from './staff-store.ts';
import type { Store } from './store.ts';

/** People's data in one database: contact requests and their outbox (`Store`) and the staff tables (`StaffStore`). */
export type Database = Store & StaffStore;

/** Opens (creating owner-only) the SQLite database at `file`, in WAL mode with full sync. */
async function openSqlite(file: string): Promise<{ sql: Sql; dir: string }> {
  const [{ DatabaseSync }, { sqliteSql }] = await Promise.all([
    import('node:sqlite'),
    import('./sql/sqlite.ts'),
  ]);
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
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
    lock: (key) => sql.lock(key),
    close: () => sql.close(),
  };
}

/**
 * Opens the database a `DATABASE_URL` names, `file:<path>` for SQLite (relative to `cwd`) or `postgres://…` for
 * PostgreSQL, on ONE connection (SQLite) or pool (PostgreSQL), and migrates it; the result is both the contact
 * `Store` and the `StaffStore`. See docs/operations.md ("Data") for the tables and their history.
 */
export async function openDatabase(databaseUrl: string, cwd = process.cwd()): Promise<Database> {
  let opened: { sql: Sql; dir: string | null };
  if (databaseUrl.startsWith('file:')) {
    opened = await openSqlite(path.resolve(cwd, databaseUrl.slice('file:'.length)));
  } else if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { postgresSql } = await import('./sql/postgres.ts');
    opened = { sql: postgresSql(databaseUrl, 10), dir: null };
  } else {
    throw new Error('DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL).');
  }
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
    ...auditFeature(sql),
  };
}
