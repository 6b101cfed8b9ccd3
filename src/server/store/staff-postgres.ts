import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migratePostgres } from './migrations/migration.ts';
import { openPgPool } from './pg-pool.ts';
import { STAFF_POSTGRES_MIGRATIONS } from './migrations/staff-postgres.ts';
import type {
  AuditAction,
  PasswordTokenState,
  StaffAccount,
  StaffCredentials,
  StaffStore,
  Throttle,
} from './staff-store.ts';

// Any fixed number other than the contact store's: instances starting at once migrate the staff tables once.
const STAFF_MIGRATION_LOCK = 7_311_043;

interface AccountRow {
  id: string;
  email: string;
  password_hash: string | null;
  created_at: Date;
  password_set_at: Date | null;
}

interface ThrottleRow {
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}

/** Opens the staff tables in the PostgreSQL database at `url` (a small pool of its own) and migrates them. */
export async function openPostgresStaffStore(url: string): Promise<StaffStore> {
  const { pool, transaction } = openPgPool(url, 5);

  await transaction((client) =>
    migratePostgres(client, {
      lock: STAFF_MIGRATION_LOCK,
      table: 'staff_schema_migrations',
      migrations: STAFF_POSTGRES_MIGRATIONS,
    }),
  );

  let open = true;
  const live = () => {
    if (!open) throw new Error('staff store closed');
  };

  const tokenState = async (
    client: pg.ClientBase | pg.Pool,
    tokenHash: string,
    now: Date,
    lock = false,
  ): Promise<PasswordTokenState> => {
    const { rows } = await client.query<{ account_id: string; expires_at: Date; email: string }>(
      `SELECT t.account_id, t.expires_at, a.email FROM staff_password_tokens t
         JOIN staff_accounts a ON a.id = t.account_id WHERE t.token_hash = $1${lock ? ' FOR UPDATE OF t' : ''}`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return { kind: 'unknown' };
    if (row.expires_at <= now) return { kind: 'expired' };
    return { kind: 'valid', accountId: row.account_id, email: row.email };
  };

  const toThrottle = (row: ThrottleRow): Throttle => ({
    failures: row.failures,
    lastFailureAt: row.last_failure_at,
    lockedUntil: row.locked_until,
  });

  return {
    kind: 'postgres',
    close: async () => {
      if (!open) return;
      open = false;
      await pool.end();
    },
    migrations: async () => {
      live();
      return (
        await pool.query<{ version: number }>('SELECT version FROM staff_schema_migrations ORDER BY version')
      ).rows.map((r) => r.version);
    },

    ensureAccount: async (email, now) => {
      live();
      const inserted = await pool.query<AccountRow>(
        `INSERT INTO staff_accounts (id, email, created_at) VALUES ($1, $2, $3)
           ON CONFLICT (email) DO NOTHING RETURNING *`,
        [randomUUID(), email, now],
      );
      if (inserted.rows[0]) return { account: toAccount(inserted.rows[0]), created: true };
      const { rows } = await pool.query<AccountRow>('SELECT * FROM staff_accounts WHERE email = $1', [email]);
      if (!rows[0]) throw new Error('account vanished while being created');
      return { account: toAccount(rows[0]), created: false };
    },
    findCredentials: async (email) => {
      live();
      const { rows } = await pool.query<AccountRow>('SELECT * FROM staff_accounts WHERE email = $1', [email]);
      return rows[0] ? toCredentials(rows[0]) : null;
    },
    listAccounts: async () => {
      live();
      return (await pool.query<AccountRow>('SELECT * FROM staff_accounts ORDER BY email')).rows.map(
        toAccount,
      );
    },
    removeAccount: async (email) => {
      live();
      return ((await pool.query('DELETE FROM staff_accounts WHERE email = $1', [email])).rowCount ?? 0) > 0;
    },

    issuePasswordToken: async (accountId, tokenHash, expiresAt) => {
      live();
      await transaction(async (client) => {
        await client.query('DELETE FROM staff_password_tokens WHERE account_id = $1', [accountId]);
        await client.query(
          'INSERT INTO staff_password_tokens (token_hash, account_id, expires_at) VALUES ($1, $2, $3)',
          [tokenHash, accountId, expiresAt],
        );
      });
    },
    passwordTokenState: async (tokenHash, now) => {
      live();
      return tokenState(pool, tokenHash, now);
    },
    usePasswordToken: async (tokenHash, passwordHash, now) => {
      live();
      return transaction(async (client) => {
        // FOR UPDATE: two submissions of one link at once cannot both use it.
        const state = await tokenState(client, tokenHash, now, true);
        if (state.kind !== 'valid') return state;
        await client.query(
          'UPDATE staff_accounts SET password_hash = $1, password_set_at = $2 WHERE id = $3',
          [passwordHash, now, state.accountId],
        );
        await client.query('DELETE FROM staff_password_tokens WHERE account_id = $1', [state.accountId]);
        await client.query('DELETE FROM staff_sessions WHERE account_id = $1', [state.accountId]);
        return state;
      });
    },

    createSession: async (idHash, accountId, now) => {
      live();
      await pool.query(
        'INSERT INTO staff_sessions (id_hash, account_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)',
        [idHash, accountId, now],
      );
    },
    findSession: async (idHash) => {
      live();
      const { rows } = await pool.query<{
        id_hash: string;
        account_id: string;
        email: string;
        created_at: Date;
        last_seen_at: Date;
      }>(
        `SELECT s.*, a.email FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
           WHERE s.id_hash = $1`,
        [idHash],
      );
      const row = rows[0];
      return row
        ? {
            idHash: row.id_hash,
            accountId: row.account_id,
            email: row.email,
            createdAt: row.created_at,
            lastSeenAt: row.last_seen_at,
          }
        : null;
    },
    touchSession: async (idHash, now) => {
      live();
      await pool.query('UPDATE staff_sessions SET last_seen_at = $1 WHERE id_hash = $2', [now, idHash]);
    },
    deleteSession: async (idHash) => {
      live();
      await pool.query('DELETE FROM staff_sessions WHERE id_hash = $1', [idHash]);
    },
    deleteExpired: async (idleBefore, createdBefore, now, failuresBefore) => {
      live();
      await pool.query('DELETE FROM staff_sessions WHERE last_seen_at < $1 OR created_at < $2', [
        idleBefore,
        createdBefore,
      ]);
      await pool.query('DELETE FROM staff_password_tokens WHERE expires_at < $1', [now]);
      await pool.query(
        'DELETE FROM staff_throttles WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until < $2)',
        [failuresBefore, now],
      );
    },

    throttles: async (keys) => {
      live();
      const { rows } = await pool.query<ThrottleRow & { key: string }>(
        'SELECT * FROM staff_throttles WHERE key = ANY($1)',
        [keys],
      );
      return new Map(rows.map((row) => [row.key, toThrottle(row)]));
    },
    recordFailure: async (key, now, resetBefore, lockFor) => {
      live();
      return transaction(async (client) => {
        // Serializes failures under one key across instances, so none is lost from the count.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`staff-throttle:${key}`]);
        const { rows } = await client.query<ThrottleRow>('SELECT * FROM staff_throttles WHERE key = $1', [
          key,
        ]);
        const before = rows[0];
        const failures = before && before.last_failure_at >= resetBefore ? before.failures + 1 : 1;
        const seconds = lockFor(failures);
        const lockedUntil = seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
        await client.query(
          `INSERT INTO staff_throttles (key, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
               last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
          [key, failures, now, lockedUntil],
        );
        return { failures, lastFailureAt: now, lockedUntil };
      });
    },
    clearThrottle: async (key) => {
      live();
      await pool.query('DELETE FROM staff_throttles WHERE key = $1', [key]);
    },

    setHandled: async (requestId, handled) => {
      live();
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(requestId)) return false;
      const result = await pool.query('UPDATE requests SET handled = $1 WHERE id = $2', [handled, requestId]);
      return (result.rowCount ?? 0) > 0;
    },

    audit: async (entry) => {
      live();
      await pool.query(
        'INSERT INTO audit_log (at, actor_email, action, target_id, ip) VALUES ($1, $2, $3, $4, $5)',
        [entry.at, entry.actor, entry.action, entry.target, entry.ip],
      );
    },
    auditLog: async ({ limit = 1000 } = {}) => {
      live();
      const { rows } = await pool.query<{
        id: string;
        at: Date;
        actor_email: string;
        action: string;
        target_id: string | null;
        ip: string | null;
      }>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit]);
      return rows.map((row) => ({
        id: Number(row.id),
        at: row.at.toISOString(),
        actor: row.actor_email,
        action: row.action as AuditAction,
        target: row.target_id,
        ip: row.ip,
      }));
    },
  };
}

function toAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    createdAt: row.created_at.toISOString(),
    passwordSetAt: row.password_set_at?.toISOString() ?? null,
  };
}

function toCredentials(row: AccountRow): StaffCredentials {
  return { ...toAccount(row), passwordHash: row.password_hash };
}
