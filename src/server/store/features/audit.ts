import { toIso, toText, type Sql } from '../sql/sql.ts';
import type { AuditAction, AuditEntry, StaffStore } from '../staff-store.ts';

/** The staff audit log: who did what to which record, and when (never a request's content). */
export function auditFeature(sql: Sql): Pick<StaffStore, 'audit' | 'auditLog'> {
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
    auditLog: async ({ limit = 1000 } = {}) =>
      (await sql.all('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?', [limit])).map((row): AuditEntry => ({
        id: Number(row['id']),
        at: toIso(row['at']),
        actor: String(row['actor_email']),
        action: String(row['action']) as AuditAction,
        target: toText(row['target_id']),
        ip: toText(row['ip']),
      })),
  };
}
