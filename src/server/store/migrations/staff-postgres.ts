import type { Migration } from './migration.ts';

/** PostgreSQL schema history of the staff tables (recorded in `staff_schema_migrations`). */
export const STAFF_POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'staff accounts, sessions, set-password tokens, sign-in throttles, audit log',
    sql: `
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
];
