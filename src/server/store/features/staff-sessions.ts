import { toDate, type Sql } from '../sql/sql.ts';
import type { SessionStage, StaffStore } from '../staff-store.ts';

/** Signed-in staff sessions (kept by the SHA-256 of their cookie value) and the sweep of everything expired. */
export function staffSessionsFeature(
  sql: Sql,
): Pick<
  StaffStore,
  'createSession' | 'promoteSession' | 'findSession' | 'touchSession' | 'deleteSession' | 'deleteExpired'
> {
  return {
    createSession: async (idHash, accountId, now, stage = 'full') => {
      await sql.run(
        'INSERT INTO staff_sessions (id_hash, account_id, created_at, last_seen_at, stage) VALUES (?, ?, ?, ?, ?)',
        [idHash, accountId, now, now, stage],
      );
    },
    promoteSession: (oldIdHash, newIdHash, now) =>
      sql.transaction(async (tx) => {
        const old = await tx.get('DELETE FROM staff_sessions WHERE id_hash = ? RETURNING account_id', [
          oldIdHash,
        ]);
        if (!old) return false;
        await tx.run(
          `INSERT INTO staff_sessions (id_hash, account_id, created_at, last_seen_at, stage)
             VALUES (?, ?, ?, ?, 'full')`,
          [newIdHash, String(old['account_id']), now, now],
        );
        return true;
      }),
    findSession: async (idHash) => {
      const row = await sql.get(
        `SELECT s.*, a.email FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
           WHERE s.id_hash = ?`,
        [idHash],
      );
      return row
        ? {
            idHash: String(row['id_hash']),
            accountId: String(row['account_id']),
            email: String(row['email']),
            stage: String(row['stage']) as SessionStage,
            createdAt: toDate(row['created_at']),
            lastSeenAt: toDate(row['last_seen_at']),
          }
        : null;
    },
    touchSession: async (idHash, now) => {
      await sql.run('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?', [now, idHash]);
    },
    deleteSession: async (idHash) => {
      await sql.run('DELETE FROM staff_sessions WHERE id_hash = ?', [idHash]);
    },
    deleteExpired: (idleBefore, createdBefore, now, failuresBefore) =>
      sql.transaction(async (tx) => {
        await tx.run('DELETE FROM staff_sessions WHERE last_seen_at < ? OR created_at < ?', [
          idleBefore,
          createdBefore,
        ]);
        await tx.run('DELETE FROM staff_password_tokens WHERE expires_at < ?', [now]);
        await tx.run(
          'DELETE FROM staff_throttles WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)',
          [failuresBefore, now],
        );
      }),
  };
}
