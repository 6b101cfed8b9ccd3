import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { migrateSqlite } from './migrations/migration.ts';
import { STAFF_SQLITE_MIGRATIONS } from './migrations/staff-sqlite.ts';
import type {
  AuditAction,
  AuditEntry,
  PasswordTokenState,
  StaffAccount,
  StaffCredentials,
  StaffStore,
  Throttle,
} from './staff-store.ts';

type Row = Record<string, string | number | null>;

/**
 * Opens the staff tables in the SQLite database at `file` (which the contact store has created, owner-only, in
 * WAL mode): a second connection, so the contact store's code stays as it is.
 */
export async function openSqliteStaffStore(file: string): Promise<StaffStore> {
  const { DatabaseSync } = await import('node:sqlite');
  const db: DatabaseSync = new DatabaseSync(path.resolve(file));
  db.exec('PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;');

  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };
  migrateSqlite(db, 'staff_schema_migrations', STAFF_SQLITE_MIGRATIONS);

  let open = true;
  const live = () => {
    if (!open) throw new Error('staff store closed');
  };
  // Every method is synchronous underneath; this keeps the interface's promises and turns throws into rejections.
  const run = <T>(work: () => T): Promise<T> => {
    try {
      live();
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const tokenState = (tokenHash: string, now: Date): PasswordTokenState => {
    const row = db
      .prepare(
        `SELECT t.account_id, t.expires_at, a.email FROM staff_password_tokens t
           JOIN staff_accounts a ON a.id = t.account_id WHERE t.token_hash = ?`,
      )
      .get(tokenHash) as Row | undefined;
    if (!row) return { kind: 'unknown' };
    if (String(row['expires_at']) <= now.toISOString()) return { kind: 'expired' };
    return { kind: 'valid', accountId: String(row['account_id']), email: String(row['email']) };
  };

  const throttleOf = (row: Row | undefined): Throttle | undefined =>
    row && {
      failures: Number(row['failures']),
      lastFailureAt: new Date(String(row['last_failure_at'])),
      lockedUntil: row['locked_until'] === null ? null : new Date(String(row['locked_until'])),
    };

  return {
    kind: 'sqlite',
    close: () => {
      if (open) db.close();
      open = false;
      return Promise.resolve();
    },
    migrations: () =>
      run(() =>
        (
          db.prepare('SELECT version FROM staff_schema_migrations ORDER BY version').all() as {
            version: number;
          }[]
        ).map((r) => r.version),
      ),

    ensureAccount: (email, now) =>
      run(() =>
        transaction(() => {
          const existing = db.prepare('SELECT * FROM staff_accounts WHERE email = ?').get(email) as
            Row | undefined;
          if (existing) return { account: toAccount(existing), created: false };
          const id = randomUUID();
          db.prepare('INSERT INTO staff_accounts (id, email, created_at) VALUES (?, ?, ?)').run(
            id,
            email,
            now.toISOString(),
          );
          return {
            account: { id, email, createdAt: now.toISOString(), passwordSetAt: null },
            created: true,
          };
        }),
      ),
    findCredentials: (email) =>
      run(() => {
        const row = db.prepare('SELECT * FROM staff_accounts WHERE email = ?').get(email) as Row | undefined;
        return row ? toCredentials(row) : null;
      }),
    listAccounts: () =>
      run(() => (db.prepare('SELECT * FROM staff_accounts ORDER BY email').all() as Row[]).map(toAccount)),
    removeAccount: (email) =>
      run(() => Number(db.prepare('DELETE FROM staff_accounts WHERE email = ?').run(email).changes) > 0),

    issuePasswordToken: (accountId, tokenHash, expiresAt) =>
      run(() => {
        transaction(() => {
          db.prepare('DELETE FROM staff_password_tokens WHERE account_id = ?').run(accountId);
          db.prepare(
            'INSERT INTO staff_password_tokens (token_hash, account_id, expires_at) VALUES (?, ?, ?)',
          ).run(tokenHash, accountId, expiresAt.toISOString());
        });
      }),
    passwordTokenState: (tokenHash, now) => run(() => tokenState(tokenHash, now)),
    usePasswordToken: (tokenHash, passwordHash, now) =>
      run(() =>
        transaction(() => {
          const state = tokenState(tokenHash, now);
          if (state.kind !== 'valid') return state;
          db.prepare('UPDATE staff_accounts SET password_hash = ?, password_set_at = ? WHERE id = ?').run(
            passwordHash,
            now.toISOString(),
            state.accountId,
          );
          db.prepare('DELETE FROM staff_password_tokens WHERE account_id = ?').run(state.accountId);
          db.prepare('DELETE FROM staff_sessions WHERE account_id = ?').run(state.accountId);
          return state;
        }),
      ),

    createSession: (idHash, accountId, now) =>
      run(() => {
        db.prepare(
          'INSERT INTO staff_sessions (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
        ).run(idHash, accountId, now.toISOString(), now.toISOString());
      }),
    findSession: (idHash) =>
      run(() => {
        const row = db
          .prepare(
            `SELECT s.*, a.email FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
               WHERE s.id_hash = ?`,
          )
          .get(idHash) as Row | undefined;
        return row
          ? {
              idHash: String(row['id_hash']),
              accountId: String(row['account_id']),
              email: String(row['email']),
              createdAt: new Date(String(row['created_at'])),
              lastSeenAt: new Date(String(row['last_seen_at'])),
            }
          : null;
      }),
    touchSession: (idHash, now) =>
      run(() => {
        db.prepare('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?').run(
          now.toISOString(),
          idHash,
        );
      }),
    deleteSession: (idHash) =>
      run(() => {
        db.prepare('DELETE FROM staff_sessions WHERE id_hash = ?').run(idHash);
      }),
    deleteExpired: (idleBefore, createdBefore, now, failuresBefore) =>
      run(() => {
        transaction(() => {
          db.prepare('DELETE FROM staff_sessions WHERE last_seen_at < ? OR created_at < ?').run(
            idleBefore.toISOString(),
            createdBefore.toISOString(),
          );
          db.prepare('DELETE FROM staff_password_tokens WHERE expires_at < ?').run(now.toISOString());
          db.prepare(
            'DELETE FROM staff_throttles WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)',
          ).run(failuresBefore.toISOString(), now.toISOString());
        });
      }),

    throttles: (keys) =>
      run(() => {
        const found = new Map<string, Throttle>();
        const get = db.prepare('SELECT * FROM staff_throttles WHERE key = ?');
        for (const key of keys) {
          const throttle = throttleOf(get.get(key) as Row | undefined);
          if (throttle) found.set(key, throttle);
        }
        return found;
      }),
    recordFailure: (key, now, resetBefore, lockFor) =>
      run(() =>
        transaction(() => {
          const before = throttleOf(
            db.prepare('SELECT * FROM staff_throttles WHERE key = ?').get(key) as Row | undefined,
          );
          const failures =
            before?.lastFailureAt && before.lastFailureAt >= resetBefore ? before.failures + 1 : 1;
          const seconds = lockFor(failures);
          const lockedUntil = seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
          db.prepare(
            `INSERT INTO staff_throttles (key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
                 last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
          ).run(key, failures, now.toISOString(), lockedUntil?.toISOString() ?? null);
          return { failures, lastFailureAt: now, lockedUntil };
        }),
      ),
    clearThrottle: (key) =>
      run(() => {
        db.prepare('DELETE FROM staff_throttles WHERE key = ?').run(key);
      }),

    setHandled: (requestId, handled) =>
      run(
        () =>
          Number(
            db.prepare('UPDATE requests SET handled = ? WHERE id = ?').run(handled ? 1 : 0, requestId)
              .changes,
          ) > 0,
      ),

    audit: (entry) =>
      run(() => {
        db.prepare(
          'INSERT INTO audit_log (at, actor_email, action, target_id, ip) VALUES (?, ?, ?, ?, ?)',
        ).run(entry.at.toISOString(), entry.actor, entry.action, entry.target, entry.ip);
      }),
    auditLog: ({ limit = 1000 } = {}) =>
      run(() =>
        (db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as Row[]).map(
          (row): AuditEntry => ({
            id: Number(row['id']),
            at: String(row['at']),
            actor: String(row['actor_email']),
            action: String(row['action']) as AuditAction,
            target: row['target_id'] === null ? null : String(row['target_id']),
            ip: row['ip'] === null ? null : String(row['ip']),
          }),
        ),
      ),
  };
}

function toAccount(row: Row): StaffAccount {
  return {
    id: String(row['id']),
    email: String(row['email']),
    createdAt: String(row['created_at']),
    passwordSetAt: row['password_set_at'] === null ? null : String(row['password_set_at']),
  };
}

function toCredentials(row: Row): StaffCredentials {
  return {
    ...toAccount(row),
    passwordHash: row['password_hash'] === null ? null : String(row['password_hash']),
  };
}
