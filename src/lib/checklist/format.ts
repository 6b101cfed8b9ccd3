import type { TickRange } from './outcome-ranges.ts';

/** The running count the island shows and announces, e.g. "3 of 5 ticked". */
export function formatCount(ticked: number, total: number): string {
  return `${ticked} of ${total} ticked`;
}

/**
 * How the static outcome list introduces a range of counts out of `total` items, e.g. "If you ticked 3 or 4",
 * "If you ticked 4 or more", "If you ticked all 5", "If you ticked 0 to 2".
 */
export function describeTicks({ from, to }: TickRange, total: number): string {
  if (from === 0 && to === total) return 'Whatever you ticked';
  if (total === 1) return to === 0 ? 'If you left it unticked' : 'If you ticked it';
  if (from === to) {
    if (from === 0) return 'If you ticked none';
    return from === total ? `If you ticked all ${total}` : `If you ticked exactly ${from}`;
  }
  if (to === total) return `If you ticked ${from} or more`;
  return to === from + 1 ? `If you ticked ${from} or ${to}` : `If you ticked ${from} to ${to}`;
}
