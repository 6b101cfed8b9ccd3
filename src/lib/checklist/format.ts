import type { Messages } from '../../i18n/messages.ts';
import { fill } from '../text/fill.ts';
import type { TickRange } from './outcome-ranges.ts';

/**
 * The running count the island shows and announces, from the page language's `checklist.count` message, e.g.
 * "3 of 5 ticked" or "3 de 5 marcadas".
 */
export function formatCount(template: string, ticked: number, total: number): string {
  return fill(template, { ticked, total });
}

/**
 * How the static outcome list introduces a range of counts out of `total` items, in the page's language, e.g.
 * "If you ticked 3 or 4", "If you ticked 4 or more", "If you ticked all 5", "If you ticked 0 to 2".
 */
export function describeTicks(
  { from, to }: TickRange,
  total: number,
  ticks: Messages['checklist']['ticks'],
): string {
  if (from === 0 && to === total) return ticks.whatever;
  if (total === 1) return to === 0 ? ticks.onlyItemUnticked : ticks.onlyItemTicked;
  if (from === to) {
    if (from === 0) return ticks.none;
    return from === total ? ticks.all(total) : ticks.exactly(from);
  }
  if (to === total) return ticks.orMore(from);
  return to === from + 1 ? ticks.either(from, to) : ticks.between(from, to);
}
