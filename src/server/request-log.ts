import type { Logger, RequestLogEntry } from './log.ts';

/**
 * The statuses that refuse a client outright (docs/operations.md, "Request log"): a flood of them from one client
 * is logged as its first line and a count, not a line each.
 */
export const REFUSAL_STATUSES: ReadonlySet<number> = new Set([403, 405, 413, 415, 429]);

/** How many clients' refusals one interval counts at most; past that, each refusal gets its own line again. */
const MAX_COUNTED = 10_000;

/** Writes the request log, counting repeated refusals instead of writing each. */
export interface RequestLog {
  /** Logs one finished request; `client` (the address the rate limit counts) is read only for a refusal. */
  write(entry: RequestLogEntry, client: () => string): void;
  /** Writes the counts gathered so far (each interval, and when the server stops). */
  flush(): void;
  /** Flushes and stops the interval timer. */
  stop(): void;
}

interface Counted {
  method: string;
  path: string;
  status: number;
  firstId: string;
  /** Refusals after the first, not written. */
  more: number;
}

/**
 * A request log that writes every request's line, except that within each interval of `seconds`, a refusal with
 * the same status, method and path from a client that already had one is only counted; when the interval ends,
 * one line says how many more there were (`Logger.repeated`), naming the first one's request id. The address is
 * held in memory for the interval only and never written. `seconds` 0 writes every line.
 */
export function createRequestLog(logger: Logger, seconds: number): RequestLog {
  if (seconds <= 0) {
    return {
      write: (entry) => {
        logger.request(entry);
      },
      flush: () => undefined,
      stop: () => undefined,
    };
  }
  let counted = new Map<string, Counted>();
  const flush = () => {
    if (counted.size === 0) return;
    const done = counted;
    counted = new Map();
    for (const { method, path, status, firstId, more } of done.values())
      if (more > 0) logger.repeated({ method, path, status, firstId, more, seconds });
  };
  const timer = setInterval(flush, seconds * 1000);
  timer.unref();
  return {
    write: (entry, client) => {
      if (!REFUSAL_STATUSES.has(entry.status)) {
        logger.request(entry);
        return;
      }
      const key = `${entry.status} ${entry.method} ${client()} ${entry.path}`;
      const seen = counted.get(key);
      if (seen) {
        seen.more += 1;
        return;
      }
      if (counted.size < MAX_COUNTED) {
        const { method, path, status, id } = entry;
        counted.set(key, { method, path, status, firstId: id, more: 0 });
      }
      logger.request(entry);
    },
    flush,
    stop: () => {
      clearInterval(timer);
      flush();
    },
  };
}
