import { toIso, toText, type Sql, type SqlRow } from '../sql/sql.ts';
import type { AuditAction, AuditEntry, StaffStore } from '../staff-store.ts';

function toEntry(row: SqlRow): AuditEntry {
  const lastAt = row['last_at'];
  return {
    id: Number(row['id']),
    at: toIso(row['at']),
    actor: String(row['actor_email']),
    action: String(row['action']) as AuditAction,
    target: toText(row['target_id']),
    ip: toText(row['ip']),
    count: Number(row['count']),
    lastAt: lastAt === null || lastAt === undefined ? null : toIso(lastAt),
  };
}

/** The staff audit log: who did what to which record, and when (never a request's content). */
export function auditFeature(
  sql: Sql,
): Pick<StaffStore, 'audit' | 'auditLog' | 'auditRepeated' | 'pruneAudit'> {
  return {
    audit: async (entry) => {
      await sql.run('INSERT INTO audit_log (at, actor_email, action, target_id, ip) VALUES (?, ?, ?, ?, ?)', [
        entry.at,
        entry.actor,
        entry.action,
        entry.target,
        entry.ip,
      ]);
    },
    auditRepeated: (entry, since) =>
      sql.transaction(async (tx) => {
        // One writer per action and address at a time, so a flood cannot open two rows for one window.
        await tx.lock(`audit:${entry.action}:${entry.ip ?? ''}`);
        const sameAddress = entry.ip === null ? 'ip IS NULL' : 'ip = ?';
        const counted = await tx.run(
          `UPDATE audit_log SET count = count + 1, last_at = ? WHERE id = (SELECT max(id) FROM audit_log
             WHERE action = ? AND ${sameAddress} AND at >= ?)`,
          entry.ip === null ? [entry.at, entry.action, since] : [entry.at, entry.action, entry.ip, since],
        );
        if (counted > 0) return;
        await tx.run(
          'INSERT INTO audit_log (at, actor_email, action, target_id, ip) VALUES (?, ?, ?, ?, ?)',
          [entry.at, entry.actor, entry.action, entry.target, entry.ip],
        );
      }),
    pruneAudit: (before) => sql.run('DELETE FROM audit_log WHERE at < ?', [before]),
    auditLog: async ({ limit = 1000 } = {}) =>
      (await sql.all('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?', [limit])).map(toEntry),
  };
}
