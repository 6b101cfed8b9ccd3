/** Failed sign-ins one account may have before it is locked for a while. */
export const ACCOUNT_FREE_FAILURES = 3;
/** Failed sign-ins one address may have (several staff may share an office address). */
export const ADDRESS_FREE_FAILURES = 10;
/** The first lock, in seconds; each further failure doubles it. */
export const FIRST_LOCK_SECONDS = 30;
/** The longest lock, in seconds. */
export const MAX_LOCK_SECONDS = 15 * 60;
/** Unauthenticated staff posts (sign-ins) one client may make in `windowSeconds`, whatever they hold. */
export const ANONYMOUS_POSTS = { limit: 20, windowSeconds: 60 };
/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a key stays locked after its `failures`-th failure: nothing before `free` failures, then
 * 30 s, 1 min, 2 min, 4 min, 8 min, capped at 15 min.
 */
export function lockSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - free));
}

/** "30 seconds", "1 minute", "4 minutes": how long to wait, rounded up, in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
