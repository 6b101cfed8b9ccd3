import type { Migration } from './migration.ts';

/** SQLite schema history of the staff tables (recorded in `staff_schema_migrations`). Times are ISO 8601 UTC. */
export const STAFF_SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'staff accounts, sessions, set-password tokens, sign-in throttles, audit log',
    sql: `
      CREATE TABLE staff_accounts (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT,
        created_at TEXT NOT NULL,
        password_set_at TEXT
      ) STRICT;
      CREATE TABLE staff_sessions (
        id_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX staff_sessions_account ON staff_sessions (account_id);
      CREATE TABLE staff_password_tokens (
        token_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL UNIQUE REFERENCES staff_accounts (id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE staff_throttles (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_failure_at TEXT NOT NULL,
        locked_until TEXT
      ) STRICT;
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor_email TEXT NOT NULL,
        action TEXT NOT NULL,
        target_id TEXT,
        ip TEXT
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at)
    `,
  },
];
