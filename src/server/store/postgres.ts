import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ContactRequest } from '../../lib/contact/schema.ts';
import { migratePostgres } from './migrations/migration.ts';
import { openPgPool } from './pg-pool.ts';
import { POSTGRES_MIGRATIONS } from './migrations/postgres.ts';
import type {
  InsertOptions,
  InsertResult,
  OutboxItem,
  RateLimit,
  RateStatus,
  Store,
  StoredRequest,
} from './store.ts';

// Any fixed number: every instance takes this lock while migrating, so two starting at once migrate once.
const MIGRATION_LOCK = 7_311_042;

interface RequestRow {
  id: string;
  created_at: Date;
  name: string;
  email: string | null;
  phone: string | null;
  preferred_contact: string | null;
  counselor: string | null;
  from_article: string | null;
  message: string | null;
  ok_to_leave_message: boolean;
  spam: boolean;
  handled: boolean;
}

/** Opens a PostgreSQL store (a small pool) at `url` and migrates it. */
export async function openPostgresStore(url: string): Promise<Store> {
  const { pool, transaction } = openPgPool(url, 10);

  await transaction((client) =>
    migratePostgres(client, {
      lock: MIGRATION_LOCK,
      table: 'schema_migrations',
      migrations: POSTGRES_MIGRATIONS,
    }),
  );

  const rateStatus = async (
    client: pg.ClientBase | pg.Pool,
    rate: RateLimit,
    now: Date,
  ): Promise<RateStatus> => {
    const since = new Date(now.getTime() - rate.windowSeconds * 1000);
    const { rows } = await client.query<{ n: string; oldest: Date | null }>(
      'SELECT count(*) AS n, min(at) AS oldest FROM rate_events WHERE key = $1 AND at > $2',
      [rate.key, since],
    );
    const n = Number(rows[0]?.n ?? 0);
    if (n < rate.limit) return { allowed: true };
    const oldest = rows[0]?.oldest?.getTime() ?? now.getTime();
    return {
      allowed: false,
      retryAfter: Math.max(1, Math.ceil((oldest + rate.windowSeconds * 1000 - now.getTime()) / 1000)),
    };
  };

  let open = true;
  const live = () => {
    if (!open) throw new Error('store closed');
  };

  return {
    kind: 'postgres',
    ping: async () => {
      live();
      await pool.query('SELECT 1');
    },
    close: async () => {
      if (!open) return;
      open = false;
      await pool.end();
    },
    migrations: async () =>
      (
        await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
      ).rows.map((r) => r.version),

    insertRequest: async (request: ContactRequest, options: InsertOptions): Promise<InsertResult> => {
      live();
      const now = options.now ?? new Date();
      return transaction(async (client): Promise<InsertResult> => {
        if (options.rate) {
          // Serializes submissions from one client across every instance, so the count cannot be raced.
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [options.rate.key]);
          const status = await rateStatus(client, options.rate, now);
          if (!status.allowed) return { stored: false, retryAfter: status.retryAfter };
          await client.query('INSERT INTO rate_events (key, at) VALUES ($1, $2)', [options.rate.key, now]);
        }
        const id = randomUUID();
        await client.query(
          `INSERT INTO requests (id, created_at, name, email, phone, preferred_contact, counselor, from_article,
             message, ok_to_leave_message, spam) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            id,
            now,
            request.name,
            request.email ?? null,
            request.phone ?? null,
            request.preferredContact ?? null,
            request.counselor ?? null,
            request.from ?? null,
            request.message ?? null,
            request.okToLeaveMessage,
            options.spam,
          ],
        );
        if (options.outbox && !options.spam) {
          await client.query(
            'INSERT INTO outbox (request_id, created_at, next_attempt_at) VALUES ($1, $2, $2)',
            [id, now],
          );
        }
        return { stored: true, id };
      });
    },
    rateStatus: async (rate, now = new Date()) => {
      live();
      return rateStatus(pool, rate, now);
    },

    listRequests: async ({ includeSpam = false } = {}) => {
      live();
      const { rows } = await pool.query<RequestRow>(
        `SELECT * FROM requests ${includeSpam ? '' : 'WHERE NOT spam'} ORDER BY created_at DESC, id DESC`,
      );
      return rows.map(toStored);
    },
    getRequest: async (id) => {
      live();
      if (!isUuid(id)) return null;
      const { rows } = await pool.query<RequestRow>('SELECT * FROM requests WHERE id = $1', [id]);
      return rows[0] ? toStored(rows[0]) : null;
    },
    deleteRequest: async (id) => {
      live();
      if (!isUuid(id)) return false;
      const result = await pool.query('DELETE FROM requests WHERE id = $1', [id]);
      return (result.rowCount ?? 0) > 0;
    },
    purgeBefore: async (cutoff) => {
      live();
      return transaction(async (client) => {
        await client.query("DELETE FROM rate_events WHERE at < now() - interval '1 day'");
        const result = await client.query('DELETE FROM requests WHERE created_at < $1', [cutoff]);
        return result.rowCount ?? 0;
      });
    },

    claimOutbox: async ({ limit, leaseSeconds, now = new Date() }) => {
      live();
      const lease = randomUUID();
      // SKIP LOCKED: instances polling at the same moment each take different rows instead of waiting.
      const { rows } = await pool.query<{ id: string; request_id: string; attempts: number }>(
        `UPDATE outbox SET lease = $1, lease_until = $2, attempts = attempts + 1
           WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $3
             AND (lease_until IS NULL OR lease_until < $3) ORDER BY next_attempt_at, id LIMIT $4
             FOR UPDATE SKIP LOCKED)
           RETURNING id, request_id, attempts`,
        [lease, new Date(now.getTime() + leaseSeconds * 1000), now, limit],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        requestId: row.request_id,
        attempts: row.attempts,
        lease,
      }));
    },
    completeOutbox: async (item: OutboxItem) => {
      live();
      await pool.query(
        'UPDATE outbox SET sent_at = now(), lease = NULL, lease_until = NULL, last_error = NULL WHERE id = $1 AND lease = $2',
        [item.id, item.lease],
      );
    },
    failOutbox: async (item, retryAt, error) => {
      live();
      await pool.query(
        'UPDATE outbox SET next_attempt_at = $1, lease = NULL, lease_until = NULL, last_error = $2 WHERE id = $3 AND lease = $4',
        [retryAt, error.slice(0, 500), item.id, item.lease],
      );
    },
    outboxCounts: async () => {
      live();
      const { rows } = await pool.query<{ pending: string; sent: string }>(
        'SELECT count(*) FILTER (WHERE sent_at IS NULL) AS pending, count(*) FILTER (WHERE sent_at IS NOT NULL) AS sent FROM outbox',
      );
      return { pending: Number(rows[0]?.pending ?? 0), sent: Number(rows[0]?.sent ?? 0) };
    },

    secret: async (name) => {
      live();
      await pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
        `secret:${name}`,
        randomBytes(32).toString('base64url'),
      ]);
      const { rows } = await pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
        `secret:${name}`,
      ]);
      const value = rows[0]?.value;
      if (!value) throw new Error(`secret ${name} missing`);
      return value;
    },
  };
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function toStored(row: RequestRow): StoredRequest {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    name: row.name,
    email: row.email,
    phone: row.phone,
    preferredContact: row.preferred_contact,
    counselor: row.counselor,
    from: row.from_article,
    message: row.message,
    okToLeaveMessage: row.ok_to_leave_message,
    spam: row.spam,
    handled: row.handled,
  };
}
