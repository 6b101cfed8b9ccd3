import type { Migration } from './migration.ts';

/** SQLite schema history. Times are ISO 8601 UTC strings (they sort as text); rate events are epoch ms. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'contact requests, outbox, rate events, settings',
    sql: `
      CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        preferred_contact TEXT,
        counselor TEXT,
        from_article TEXT,
        message TEXT,
        ok_to_leave_message INTEGER NOT NULL,
        spam INTEGER NOT NULL,
        handled INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX requests_created_at ON requests (created_at);
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        lease TEXT,
        lease_until TEXT,
        sent_at TEXT,
        last_error TEXT
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
      CREATE INDEX outbox_request ON outbox (request_id);
      CREATE TABLE rate_events (key TEXT NOT NULL, at INTEGER NOT NULL) STRICT;
      CREATE INDEX rate_events_key_at ON rate_events (key, at);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT
    `,
  },
];
