import { placeholders, toDate, toDateOrNull, type Sql, type SqlRow } from '../sql/sql.ts';
import type { StaffStore, Throttle } from '../staff-store.ts';

function toThrottle(row: SqlRow): Throttle {
  return {
    failures: Number(row['failures']),
    lastFailureAt: toDate(row['last_failure_at']),
    lockedUntil: toDateOrNull(row['locked_until']),
  };
}

/** Failed sign-ins counted per key (an account or an address), and the locks they earn. */
export function staffThrottlesFeature(
  sql: Sql,
): Pick<StaffStore, 'throttles' | 'recordFailure' | 'clearThrottle'> {
  return {
    throttles: async (keys) => {
      if (keys.length === 0) return new Map();
      const rows = await sql.all(
        `SELECT * FROM staff_throttles WHERE key IN (${placeholders(keys.length)})`,
        [...keys],
      );
      return new Map(rows.map((row) => [String(row['key']), toThrottle(row)]));
    },
    recordFailure: (key, now, resetBefore, lockFor) =>
      sql.transaction(async (tx) => {
        // Serializes failures under one key across instances, so none is lost from the count.
        await tx.lock(`staff-throttle:${key}`);
        const row = await tx.get('SELECT * FROM staff_throttles WHERE key = ?', [key]);
        const before = row && toThrottle(row);
        const failures =
          before?.lastFailureAt && before.lastFailureAt >= resetBefore ? before.failures + 1 : 1;
        const seconds = lockFor(failures);
        const lockedUntil = seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
        await tx.run(
          `INSERT INTO staff_throttles (key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
               last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
          [key, failures, now, lockedUntil],
        );
        return { failures, lastFailureAt: now, lockedUntil };
      }),
    clearThrottle: async (key) => {
      await sql.run('DELETE FROM staff_throttles WHERE key = ?', [key]);
    },
  };
}
