import { placeholders, toDate, toDateOrNull, type Sql, type SqlRow } from '../sql/sql.ts';
import type { AttemptReservation, StaffStore, Throttle } from '../staff-store.ts';

const UPSERT = `INSERT INTO staff_throttles (key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
    last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`;

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
): Pick<StaffStore, 'throttles' | 'recordFailure' | 'clearThrottle' | 'reserveAttempt' | 'releaseAttempt'> {
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
        await tx.run(UPSERT, [key, failures, now, lockedUntil]);
        return { failures, lastFailureAt: now, lockedUntil };
      }),
    clearThrottle: async (key) => {
      await sql.run('DELETE FROM staff_throttles WHERE key = ?', [key]);
    },
    reserveAttempt: (keys, now, resetBefore) =>
      sql.transaction(async (tx): Promise<AttemptReservation> => {
        const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        // In key order, so two attempts locking the same keys can never wait for each other.
        for (const { key } of sorted) await tx.lock(`staff-throttle:${key}`);
        const rows = await tx.all(
          `SELECT * FROM staff_throttles WHERE key IN (${placeholders(sorted.length)})`,
          sorted.map((k) => k.key),
        );
        const current = new Map(rows.map((row) => [String(row['key']), toThrottle(row)]));
        const lockers = [...current.values()].filter((t) => t.lockedUntil && t.lockedUntil > now);
        if (lockers.length > 0) {
          return {
            reserved: false,
            lockedUntil: new Date(Math.max(...lockers.map((t) => t.lockedUntil?.getTime() ?? 0))),
            lockedSince: new Date(Math.min(...lockers.map((t) => t.lastFailureAt?.getTime() ?? 0))),
          };
        }
        let earned: Date | null = null;
        for (const { key, lockFor } of sorted) {
          const before = current.get(key);
          const failures =
            before?.lastFailureAt && before.lastFailureAt >= resetBefore ? before.failures + 1 : 1;
          const seconds = lockFor(failures);
          const lockedUntil = seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null;
          if (lockedUntil && (!earned || lockedUntil > earned)) earned = lockedUntil;
          await tx.run(UPSERT, [key, failures, now, lockedUntil]);
        }
        return { reserved: true, lockedUntil: earned };
      }),
    releaseAttempt: ({ key, lockFor }) =>
      sql.transaction(async (tx) => {
        await tx.lock(`staff-throttle:${key}`);
        const row = await tx.get('SELECT * FROM staff_throttles WHERE key = ?', [key]);
        if (!row) return;
        const failures = Number(row['failures']) - 1;
        if (failures <= 0) {
          await tx.run('DELETE FROM staff_throttles WHERE key = ?', [key]);
          return;
        }
        await tx.run(
          `UPDATE staff_throttles SET failures = ?${lockFor(failures) > 0 ? '' : ', locked_until = NULL'} WHERE key = ?`,
          [failures, key],
        );
      }),
  };
}
