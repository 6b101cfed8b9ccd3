import { systemClock, type Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { OutboxItem, Store, StoredRequest } from '../store/store.ts';

/** Settings for the outbox worker; the defaults suit a practice's volume. */
export interface OutboxWorkerOptions {
  store: Store;
  /** Sends the notification for one request; throws when the mail server did not accept it. */
  deliver: (request: StoredRequest) => Promise<void>;
  logger: Pick<Logger, 'info' | 'error'>;
  /** How often to look for due notifications (jittered ±25 %). */
  pollMs?: number;
  /** The first retry waits about this long; each further one twice as long, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a claim keeps other instances off a row (longer than one send can take). */
  leaseSeconds?: number;
  /** Time and timers (tests pass one they move forward themselves). */
  clock?: Clock;
}

/** What one pass did. */
export interface OutboxPass {
  /** Notifications the mail server accepted. */
  sent: number;
  /** Notifications that failed and wait for a retry. */
  failed: number;
}

/** A running worker. */
export interface OutboxWorker {
  /** Looks for due notifications now (after a new request is stored). */
  wake(): void;
  /** Runs one pass, or joins the one running, and resolves with what that pass did. */
  runOnce(): Promise<OutboxPass>;
  /** Stops polling and waits for a pass in progress. */
  stop(): Promise<void>;
}

/** The wait before attempt `attempts + 1`: exponential with a cap, jittered so instances do not retry in step. */
export function backoffMs(attempts: number, baseDelayMs: number, maxDelayMs: number): number {
  const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.5 + Math.random() * 0.5));
}

/**
 * Delivers queued staff notifications at least once: a row is claimed with a lease, sent, and marked sent only
 * after the mail server accepted it; a failure releases it for a later attempt with backoff. A crash between
 * sending and marking means one repeat after the lease runs out, never a loss. The first pass runs at once (what a
 * restart left waiting goes out now) and its outcome is logged, even when there was nothing to send.
 */
export function startOutboxWorker({
  store,
  deliver,
  logger,
  pollMs = 2_000,
  baseDelayMs = 2_000,
  maxDelayMs = 15 * 60_000,
  leaseSeconds = 60,
  clock = systemClock,
}: OutboxWorkerOptions): OutboxWorker {
  let stopped = false;
  let cancelTimer: (() => void) | undefined;
  let current: Promise<OutboxPass> | undefined;
  let again = false;

  /** Sends one claimed notification; resolves with whether it is done with (sent, or nothing left to send). */
  const attempt = async (item: OutboxItem): Promise<'sent' | 'failed' | 'dropped'> => {
    const request = await store.getRequest(item.requestId);
    // Deleted meanwhile (purged, or a person asked to be forgotten): nothing left to announce.
    if (!request) {
      await store.completeOutbox(item);
      return 'dropped';
    }
    try {
      await deliver(request);
    } catch (error) {
      const reason =
        error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
      const wait = backoffMs(item.attempts, baseDelayMs, maxDelayMs);
      await store.failOutbox(item, new Date(clock.now() + wait), reason);
      logger.error(
        `notification ${item.id} not sent (attempt ${item.attempts}: ${reason}); retrying in ${Math.round(wait / 1000)}s`,
      );
      return 'failed';
    }
    await store.completeOutbox(item);
    logger.info(`notification ${item.id} sent`);
    return 'sent';
  };

  const pass = async (): Promise<OutboxPass> => {
    const done: OutboxPass = { sent: 0, failed: 0 };
    try {
      for (;;) {
        const items = await store.claimOutbox({ limit: 10, leaseSeconds, now: new Date(clock.now()) });
        for (const item of items) {
          const outcome = await attempt(item);
          if (outcome !== 'dropped') done[outcome] += 1;
        }
        if (items.length < 10 || stopped) break;
      }
    } catch (error) {
      logger.error(`outbox pass failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return done;
  };

  // `rerun`: a request stored while a pass runs may have missed it, so one more pass follows.
  const run = (rerun = true): Promise<OutboxPass> => {
    if (current) {
      if (rerun) again = true;
      return current;
    }
    current = pass().finally(() => {
      current = undefined;
      if (again && !stopped) {
        again = false;
        void run();
      }
    });
    return current;
  };

  const schedule = () => {
    if (stopped) return;
    cancelTimer = clock.after(pollMs * (0.75 + Math.random() * 0.5), () => run().finally(schedule));
  };
  schedule();
  void run().then(({ sent, failed }) => {
    logger.info(`outbox checked at start: ${sent} sent, ${failed} waiting for a retry`);
  });

  return {
    wake: () => {
      if (!stopped) void run();
    },
    runOnce: () => run(false),
    stop: async () => {
      stopped = true;
      cancelTimer?.();
      await current;
    },
  };
}
