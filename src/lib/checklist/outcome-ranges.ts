import { selectOutcome, type Threshold } from './select-outcome.ts';

/** A run of tick counts, `from` to `to` inclusive. */
export interface TickRange {
  from: number;
  to: number;
}

/** An outcome with the counts for which it shows. */
export interface OutcomeRange<T> extends TickRange {
  outcome: T;
}

/** What a reader can get from a checklist of `itemCount` items, in order of the counts. */
export interface OutcomeRanges<T> {
  /** Counts below the lowest threshold, for which no outcome shows (absent when every count has one). */
  none?: TickRange | undefined;
  /** Every outcome that can show, once, with its counts; outcomes that can never show are left out. */
  shown: OutcomeRange<T>[];
}

/**
 * Groups the tick counts 0..itemCount by the outcome `selectOutcome` picks for them. Outcomes that lose a tie or
 * whose threshold is above `itemCount` never show, so they are left out.
 */
export function outcomeRanges<T extends Threshold>(
  outcomes: readonly T[],
  itemCount: number,
): OutcomeRanges<T> {
  const result: OutcomeRanges<T> = { shown: [] };
  for (let count = 0; count <= itemCount; count++) {
    const outcome = selectOutcome(outcomes, count);
    if (!outcome) {
      result.none = { from: result.none?.from ?? count, to: count };
      continue;
    }
    const last = result.shown.at(-1);
    // Selection is monotonic in the count, so an outcome's counts are always one contiguous run.
    if (last?.outcome === outcome) last.to = count;
    else result.shown.push({ outcome, from: count, to: count });
  }
  return result;
}
