import type { Logger } from '../log.ts';
import type { Database } from '../store/database.ts';
import { ABSOLUTE_TIMEOUT_MS, createStaffAuth, IDLE_TIMEOUT_MS, type StaffAuth } from './auth.ts';
import { FAILURE_MEMORY_MS } from './throttle.ts';

/** What staff pages need (`locals.services.staff`). */
export interface StaffService {
  auth: StaffAuth;
}

/** How often expired staff rows and old audit rows are pruned inside the server. */
const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

/** Audit rows are kept this many days unless STAFF_AUDIT_RETENTION_DAYS says otherwise. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;

/** Reads STAFF_AUDIT_RETENTION_DAYS (a whole number of days, at least 1); throws on anything else. */
export function auditRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['STAFF_AUDIT_RETENTION_DAYS'];
  if (raw === undefined || raw === '') return DEFAULT_AUDIT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new Error(`STAFF_AUDIT_RETENTION_DAYS must be a whole number of at least 1, not "${raw}".`);
  }
  return days;
}

/** Reads STAFF_REQUIRE_TOTP: `1` makes two-factor sign-in required for every account; unset or `0`, optional. */
export function requireTotpFrom(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env['STAFF_REQUIRE_TOTP'];
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  throw new Error(`STAFF_REQUIRE_TOTP must be 1 or 0, not "${raw}".`);
}

/**
 * Removes what has outlived its use: sessions past their timeouts, expired set-password links, sign-in
 * throttles past their window (and lock), and audit rows older than `retentionDays`. Resolves with the number of
 * audit rows removed.
 */
export async function pruneStaff(
  database: Database,
  retentionDays: number,
  at = new Date(),
): Promise<number> {
  await database.deleteExpired(
    new Date(at.getTime() - IDLE_TIMEOUT_MS),
    new Date(at.getTime() - ABSOLUTE_TIMEOUT_MS),
    at,
    new Date(at.getTime() - FAILURE_MEMORY_MS),
  );
  return database.pruneAudit(new Date(at.getTime() - retentionDays * 86_400_000));
}

/**
 * Staff sign-in over the database's staff tables, with the secret that keys CSRF tokens and throttles (generated
 * once and kept by the store, like the contact token secret), and the prune (now and every six hours). The
 * database stays open: its opener closes it.
 */
export async function startStaffService(
  database: Database,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ staff: StaffService; stop(): Promise<void> }> {
  const retentionDays = auditRetentionDays(env);
  const requireTotp = requireTotpFrom(env);
  const secret = await database.secret('staff-keys');
  const prune = async () => {
    try {
      const removed = await pruneStaff(database, retentionDays);
      if (removed > 0) logger.info(`pruned ${removed} audit rows older than ${retentionDays} days`);
    } catch (error) {
      logger.error(`staff prune failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await prune();
  const timer = setInterval(() => void prune(), PRUNE_EVERY_MS);
  timer.unref();
  return {
    staff: { auth: createStaffAuth({ store: database, secret, requireTotp }) },
    stop: () => {
      clearInterval(timer);
      return Promise.resolve();
    },
  };
}
