import type { Clock } from '../../src/server/clock.ts';

/** A clock that moves only when a test says so. */
export interface ManualClock extends Clock {
  /**
   * Moves time forward by `ms`, running every timer that falls due on the way in order, each at its own time, and
   * waiting for the work it started (a timer set by that work runs too if it falls due before the end).
   */
  advance(ms: number): Promise<void>;
  /** How many timers are waiting. */
  pending(): number;
}

/** A {@link ManualClock} starting at `start` (default: now, so it agrees with rows a store dates itself). */
export function manualClock(start = Date.now()): ManualClock {
  let now = start;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => unknown }>();
  return {
    now: () => now,
    after: (ms, run) => {
      const id = next++;
      timers.set(id, { at: now + Math.max(0, ms), run });
      return () => {
        timers.delete(id);
      };
    },
    pending: () => timers.size,
    advance: async (ms) => {
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; run: () => unknown }] | undefined;
        // Earliest first; timers set for the same moment run in the order they were set.
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        await due[1].run();
      }
      now = end;
    },
  };
}
