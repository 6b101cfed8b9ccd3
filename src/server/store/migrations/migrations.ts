import type { Migration } from './history.ts';

/**
 * The schema of people's data, one history for both databases (recorded in `schema_migrations`). SQLite keeps
 * times as ISO 8601 UTC text (it sorts as text) and flags as 0 or 1; PostgreSQL uses `timestamptz` and `boolean`.
 * Never edit a released migration: add the next version.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'contact requests, outbox, rate events, settings',
    sqlite: `
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
    postgres: `
      CREATE TABLE requests (
        id uuid PRIMARY KEY,
        created_at timestamptz NOT NULL,
        name text NOT NULL,
        email text,
        phone text,
        preferred_contact text,
        counselor text,
        from_article text,
        message text,
        ok_to_leave_message boolean NOT NULL,
        spam boolean NOT NULL,
        handled boolean NOT NULL DEFAULT false
      );
      CREATE INDEX requests_created_at ON requests (created_at);
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        next_attempt_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        lease text,
        lease_until timestamptz,
        sent_at timestamptz,
        last_error text
      );
      CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
      CREATE INDEX outbox_request ON outbox (request_id);
      CREATE TABLE rate_events (key text NOT NULL, at timestamptz NOT NULL);
      CREATE INDEX rate_events_key_at ON rate_events (key, at);
      CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL)
    `,
  },
  {
    version: 2,
    name: 'staff accounts, sessions, set-password tokens, sign-in throttles, audit log',
    sqlite: `
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
    postgres: `
      CREATE TABLE staff_accounts (
        id uuid PRIMARY KEY,
        email text NOT NULL UNIQUE,
        password_hash text,
        created_at timestamptz NOT NULL,
        password_set_at timestamptz
      );
      CREATE TABLE staff_sessions (
        id_hash text PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      );
      CREATE INDEX staff_sessions_account ON staff_sessions (account_id);
      CREATE TABLE staff_password_tokens (
        token_hash text PRIMARY KEY,
        account_id uuid NOT NULL UNIQUE REFERENCES staff_accounts (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE staff_throttles (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      );
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_email text NOT NULL,
        action text NOT NULL,
        target_id text,
        ip text
      );
      CREATE INDEX audit_log_at ON audit_log (at)
    `,
  },
  {
    version: 3,
    name: 'rate event times as text, like every other time',
    sqlite: `
      CREATE TABLE rate_events_text (key TEXT NOT NULL, at TEXT NOT NULL) STRICT;
      INSERT INTO rate_events_text (key, at)
        SELECT key, strftime('%Y-%m-%dT%H:%M:%fZ', at / 1000.0, 'unixepoch') FROM rate_events;
      DROP TABLE rate_events;
      ALTER TABLE rate_events_text RENAME TO rate_events;
      CREATE INDEX rate_events_key_at ON rate_events (key, at)
    `,
    postgres: '',
  },
  {
    version: 4,
    name: 'form tokens used once',
    sqlite: `
      CREATE TABLE form_tokens (id TEXT PRIMARY KEY, request_id TEXT NOT NULL, expires_at TEXT NOT NULL) STRICT;
      CREATE INDEX form_tokens_expires_at ON form_tokens (expires_at)
    `,
    postgres: `
      CREATE TABLE form_tokens (id text PRIMARY KEY, request_id uuid NOT NULL, expires_at timestamptz NOT NULL);
      CREATE INDEX form_tokens_expires_at ON form_tokens (expires_at)
    `,
  },
  {
    version: 5,
    name: 'audit rows count repeated events',
    sqlite: `
      ALTER TABLE audit_log ADD COLUMN count INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE audit_log ADD COLUMN last_at TEXT;
      CREATE INDEX audit_log_action_ip_at ON audit_log (action, ip, at)
    `,
    postgres: `
      ALTER TABLE audit_log ADD COLUMN count integer NOT NULL DEFAULT 1;
      ALTER TABLE audit_log ADD COLUMN last_at timestamptz;
      CREATE INDEX audit_log_action_ip_at ON audit_log (action, ip, at)
    `,
  },
  {
    version: 6,
    name: 'staff second factor: TOTP secrets, recovery codes, sessions waiting for a second step',
    sqlite: `
      ALTER TABLE staff_accounts ADD COLUMN totp_secret TEXT;
      ALTER TABLE staff_accounts ADD COLUMN totp_confirmed_at TEXT;
      ALTER TABLE staff_accounts ADD COLUMN totp_last_step INTEGER;
      ALTER TABLE staff_sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full';
      CREATE TABLE staff_recovery_codes (
        account_id TEXT NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
        code_hash TEXT NOT NULL,
        PRIMARY KEY (account_id, code_hash)
      ) STRICT
    `,
    postgres: `
      ALTER TABLE staff_accounts ADD COLUMN totp_secret text;
      ALTER TABLE staff_accounts ADD COLUMN totp_confirmed_at timestamptz;
      ALTER TABLE staff_accounts ADD COLUMN totp_last_step bigint;
      ALTER TABLE staff_sessions ADD COLUMN stage text NOT NULL DEFAULT 'full';
      CREATE TABLE staff_recovery_codes (
        account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        PRIMARY KEY (account_id, code_hash)
      )
    `,
  },
  {
    version: 7,
    name: 'the language each request was sent in',
    sqlite: `ALTER TABLE requests ADD COLUMN language TEXT NOT NULL DEFAULT 'en'`,
    postgres: `ALTER TABLE requests ADD COLUMN language text NOT NULL DEFAULT 'en'`,
  },
];
