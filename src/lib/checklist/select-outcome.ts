// Shared by the server-rendered list and the browser island, so it stays dependency-free and tiny.

/** The part of a fit checklist outcome that decides when it shows. */
export interface Threshold {
  /** The fewest ticked items for which this outcome can show (an integer >= 0). */
  minChecked: number;
}

/**
 * Index of the outcome to show for `count` ticked items, or -1 when none applies: the highest threshold not above
 * `count` wins; between equal thresholds the first in the array wins; below the lowest threshold none shows.
 * The thresholds need not be sorted.
 */
export function selectOutcomeIndex(thresholds: readonly number[], count: number): number {
  let best = -1;
  thresholds.forEach((min, index) => {
    // Strictly greater: a later outcome with an equal threshold never replaces an earlier one.
    if (min <= count && (best < 0 || min > (thresholds[best] ?? 0))) best = index;
  });
  return best;
}

/** The outcome to show for `count` ticked items (see `selectOutcomeIndex`), or undefined when none applies. */
export function selectOutcome<T extends Threshold>(outcomes: readonly T[], count: number): T | undefined {
  return outcomes[
    selectOutcomeIndex(
      outcomes.map((outcome) => outcome.minChecked),
      count,
    )
  ];
}
