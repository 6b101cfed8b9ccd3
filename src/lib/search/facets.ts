/** One checkbox in a filter group. */
export interface Facet {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The options to show for one filter: every value the index knows (so a topic never vanishes while typing),
 * with the count for the current search, alphabetically; ticked values stay even if nothing matches now.
 * @param known counts across the whole index (Pagefind's `filters()`)
 * @param current counts for the current words (Pagefind's `totalFilters`), or undefined to show `known`
 */
export function facets(
  known: Record<string, number> | undefined,
  current: Record<string, number> | undefined,
  checked: readonly string[],
): Facet[] {
  const values = new Set([...Object.keys(known ?? {}), ...checked]);
  return [...values]
    .sort((a, b) => a.localeCompare(b, 'en'))
    .map((value) => ({
      value,
      count: (current ?? known)?.[value] ?? 0,
      checked: checked.includes(value),
    }));
}
