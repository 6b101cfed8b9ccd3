import { randomUUID } from 'node:crypto';
import { toDateOrNull, type Sql } from '../sql/sql.ts';
import type { Store } from '../store.ts';

/** The staff-notification outbox: rows claimed under a lease, completed or released for a later attempt. */
export function outboxFeature(
  sql: Sql,
): Pick<Store, 'claimOutbox' | 'completeOutbox' | 'failOutbox' | 'outboxCounts' | 'outboxStatus'> {
  // PostgreSQL: instances polling at the same moment each take different rows instead of waiting. SQLite has one
  // writer at a time, so the single UPDATE is already a claim no other process can race.
  const skipLocked = sql.kind === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
  const status = async () => {
    const row = await sql.get<{ pending: unknown; sent: unknown; oldest: unknown }>(
      `SELECT count(*) FILTER (WHERE sent_at IS NULL) AS pending, count(*) FILTER (WHERE sent_at IS NOT NULL) AS sent,
         min(created_at) FILTER (WHERE sent_at IS NULL) AS oldest FROM outbox`,
    );
    return {
      pending: Number(row?.pending ?? 0),
      sent: Number(row?.sent ?? 0),
      oldestPendingAt: toDateOrNull(row?.oldest),
    };
  };
  return {
    claimOutbox: async ({ limit, leaseSeconds, now = new Date() }) => {
      const lease = randomUUID();
      const rows = await sql.all<{ id: unknown; request_id: unknown; attempts: unknown }>(
        `UPDATE outbox SET lease = ?, lease_until = ?, attempts = attempts + 1
           WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ?
             AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id LIMIT ?${skipLocked})
           RETURNING id, request_id, attempts`,
        [lease, new Date(now.getTime() + leaseSeconds * 1000), now, now, limit],
      );
      return rows
        .map((row) => ({
          id: Number(row.id),
          requestId: String(row.request_id),
          attempts: Number(row.attempts),
          lease,
        }))
        .sort((a, b) => a.id - b.id);
    },
    completeOutbox: async (item) => {
      await sql.run(
        'UPDATE outbox SET sent_at = ?, lease = NULL, lease_until = NULL, last_error = NULL WHERE id = ? AND lease = ?',
        [new Date(), item.id, item.lease],
      );
    },
    failOutbox: async (item, retryAt, error) => {
      await sql.run(
        'UPDATE outbox SET next_attempt_at = ?, lease = NULL, lease_until = NULL, last_error = ? WHERE id = ? AND lease = ?',
        [retryAt, error.slice(0, 500), item.id, item.lease],
      );
    },
    outboxCounts: async () => {
      const { pending, sent } = await status();
      return { pending, sent };
    },
    outboxStatus: status,
  };
}
