import { open, rename, rm } from 'node:fs/promises';

/** How image files are fetched from the live API's CDN at build time. */
export interface FetchPolicy {
  /** Milliseconds one attempt may take, from the request to the last byte (a stalled answer counts). */
  timeoutMs: number;
  /** Attempts in all (the first one included). */
  attempts: number;
  /** Milliseconds before the second attempt; each later one waits twice as long as the one before. */
  backoffMs: number;
  /** Downloads at once, across every collection's loader in this process. */
  concurrency: number;
}

/** The defaults: generous enough for a 25 MB original on a slow link, bounded so a build never hangs. */
export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  timeoutMs: 60_000,
  attempts: 3,
  backoffMs: 500,
  concurrency: 4,
};

/** The policy with any `SANITY_IMAGE_*` setting from the environment applied (positive whole numbers only). */
export function fetchPolicyFromEnv(env: Record<string, string | undefined>): FetchPolicy {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    timeoutMs: read('SANITY_IMAGE_TIMEOUT_MS', DEFAULT_FETCH_POLICY.timeoutMs),
    attempts: read('SANITY_IMAGE_ATTEMPTS', DEFAULT_FETCH_POLICY.attempts),
    backoffMs: read('SANITY_IMAGE_BACKOFF_MS', DEFAULT_FETCH_POLICY.backoffMs),
    concurrency: read('SANITY_IMAGE_CONCURRENCY', DEFAULT_FETCH_POLICY.concurrency),
  };
}

// One queue per process: loaders run side by side and must not open more downloads than the policy allows.
let active = 0;
const waiting: (() => void)[] = [];

async function slot<T>(limit: number, task: () => Promise<T>): Promise<T> {
  while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
  active += 1;
  try {
    return await task();
  } finally {
    active -= 1;
    waiting.shift()?.();
  }
}

/** An answer the next attempt might not get (server trouble, rate limits); anything else fails at once. */
class RetryableError extends Error {}

/** Downloads to `target` once, streaming to disk (a large original is never held in memory whole). */
async function attempt(url: string, target: string, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new RetryableError(signal.aborted ? `no answer within ${timeoutMs} ms` : String(error));
  }
  if (!response.ok || !response.body) {
    const message = `${url} answered ${response.status}`;
    if (response.status >= 500 || response.status === 429 || response.status === 408)
      throw new RetryableError(message);
    throw new Error(message);
  }
  const file = await open(target, 'w');
  try {
    for await (const chunk of response.body) await file.write(chunk);
  } catch (error) {
    throw new RetryableError(signal.aborted ? `no complete answer within ${timeoutMs} ms` : String(error));
  } finally {
    await file.close();
  }
}

/**
 * Fetches `url` into `target` (written under a temporary name, then renamed), with a timeout per attempt, a
 * bounded number of downloads at once, and retries with exponential backoff. Throws with the last reason.
 */
export async function fetchToFile(url: string, target: string, policy: FetchPolicy): Promise<void> {
  const partial = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
  let reason = '';
  let tries = 0;
  for (let n = 1; n <= policy.attempts; n += 1) {
    tries = n;
    try {
      await slot(policy.concurrency, () => attempt(url, partial, policy.timeoutMs));
      await rename(partial, target);
      return;
    } catch (error) {
      await rm(partial, { force: true });
      reason = error instanceof Error ? error.message : String(error);
      if (!(error instanceof RetryableError)) break;
      if (n < policy.attempts)
        await new Promise((resolve) => setTimeout(resolve, policy.backoffMs * 2 ** (n - 1)));
    }
  }
  throw new Error(
    `could not be fetched from ${url} (${tries === 1 ? '1 attempt' : `${tries} attempts`}; ${reason})`,
  );
}
