import type { OutboxStatus } from '../store/store.ts';

/** How long a notification may wait unsent before the inbox says email is failing. */
export const MAIL_FAILING_AFTER_MS = 15 * 60_000;

/**
 * When notification email started failing: the oldest unsent notification's time once it has waited longer than
 * `MAIL_FAILING_AFTER_MS`, else null (nothing waiting, or the outbox worker still within its retries).
 */
export function mailFailingSince(status: OutboxStatus, now: Date): Date | null {
  const oldest = status.oldestPendingAt;
  if (oldest === null) return null;
  return now.getTime() - oldest.getTime() > MAIL_FAILING_AFTER_MS ? oldest : null;
}
