/** How many clients are remembered at most; past that the memory starts afresh (each then asks the store again). */
const MAX_REMEMBERED = 10_000;

/** The longest the store keeps a rate event (`purgeBefore` drops older ones): no limit is remembered past it. */
const EVENT_KEPT_MS = 86_400_000;

/**
 * Clients over the contact rate limit, and until when, in this process's memory only (never written anywhere):
 * their next requests are refused without the keyed hash and the store's read. Exact, not an estimate: the store
 * counts accepted submissions in a sliding window and only ever adds to the count, so a client it found over the
 * limit stays over it at least until its oldest counted submission leaves the window (`RateStatus.until`).
 */
export class LimitedClients {
  readonly #until = new Map<string, number>();

  /** Seconds a remembered client must still wait (as `Retry-After`), or undefined to ask the store. */
  retryAfter(address: string, now = Date.now()): number | undefined {
    const until = this.#until.get(address);
    if (until === undefined) return undefined;
    if (until <= now) {
      this.#until.delete(address);
      return undefined;
    }
    return Math.max(1, Math.ceil((until - now) / 1000));
  }

  /** Remembers a client the store found over the limit, until the moment its oldest counted submission expires. */
  remember(address: string, until: Date, oldest: Date): void {
    if (this.#until.size >= MAX_REMEMBERED) this.#until.clear();
    this.#until.set(address, Math.min(until.getTime(), oldest.getTime() + EVENT_KEPT_MS));
  }
}
