/**
 * The time and the timers a background job uses, passed in so a test can move time forward instead of waiting for
 * it (tests/support/manual-clock.ts). Server code uses {@link systemClock}.
 */
export interface Clock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  /**
   * Runs `run` once, `ms` from now; returns a function that cancels it. A timer never keeps the process alive.
   * What `run` returns (the promise of the work it started) is for a test clock to wait on; the system clock
   * ignores it.
   */
  after(ms: number, run: () => unknown): () => void;
}

/** The real time and Node's timers (unreferenced). */
export const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => {
      clearTimeout(timer);
    };
  },
};
