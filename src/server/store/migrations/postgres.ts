import type { Migration } from './migration.ts';

/** PostgreSQL schema history. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'contact requests, outbox, rate events, settings',
    sql: `
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
];
