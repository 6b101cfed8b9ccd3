// The counselor finder's filters (docs/counselor-finder.md): the URL parameters, what they match, the counts beside
// each option and the nearest counselors when nothing matches. Plain data in, plain data out, no imports: the
// server (src/server/counselor-finder.ts) and the page's island (src/islands/counselor-finder.ts) run the same code.

/** The list filters, in the order the form shows them and URLs name them. A repeated one means any of its values. */
export const FILTERS = [
  'concern',
  'insurance',
  'format',
  'language',
  'ages',
  'clientType',
  'availability',
] as const;

/** One list filter's parameter name. */
export type Filter = (typeof FILTERS)[number];

/** Values per filter. */
export type Facets = Partial<Record<Filter, string[]>>;

/** What a person asked for: values per filter (any of them), and `accepting=1` (only those taking new clients). */
export interface FilterState {
  values: Facets;
  accepting: boolean;
}

/** A counselor as the finder sees them: what each filter matches, and where their page is. */
export interface FinderEntry {
  slug: string;
  name: string;
  href: string;
  accepting: boolean;
  facets: Facets;
}

/** Insurance values that are not plans. */
export const SELF_PAY = 'self-pay';
export const SLIDING_SCALE = 'sliding-scale';

/** Longest value and most values per filter the parser keeps (a URL is not a place to store an essay). */
const MAX_VALUE = 80;
const MAX_VALUES = 40;

/** A plan name as a URL value: lower case, accents dropped, other runs of characters one hyphen. */
export function planSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The state a query string asks for; unknown parameters and malformed values are ignored. */
export function parseFilters(params: URLSearchParams): FilterState {
  const values: Facets = {};
  for (const filter of FILTERS) {
    const kept = [
      ...new Set(
        params
          .getAll(filter)
          .map((v) => v.trim().toLowerCase())
          .filter((v) => v.length > 0 && v.length <= MAX_VALUE && /^[a-z0-9-]+$/.test(v)),
      ),
    ].slice(0, MAX_VALUES);
    if (kept.length) values[filter] = kept;
  }
  return { values, accepting: params.get('accepting') === '1' };
}

/** The query string for a state (`?format=telehealth&accepting=1`), or `''` when nothing is asked. */
export function serializeFilters(state: FilterState): string {
  const params = new URLSearchParams();
  for (const filter of FILTERS) for (const value of state.values[filter] ?? []) params.append(filter, value);
  if (state.accepting) params.set('accepting', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a state asks for anything at all. */
export function isFiltered(state: FilterState): boolean {
  return state.accepting || FILTERS.some((f) => (state.values[f] ?? []).length > 0);
}

/** The state with only the values some option offers (a value nobody could match is dropped, not obeyed). */
export function keepKnown(state: FilterState, entries: readonly FinderEntry[]): FilterState {
  const values: Facets = {};
  for (const filter of FILTERS) {
    const known = (state.values[filter] ?? []).filter((v) =>
      entries.some((e) => e.facets[filter]?.includes(v)),
    );
    if (known.length) values[filter] = known;
  }
  return { values, accepting: state.accepting };
}

/** Whether an entry meets one filter of a state (a filter nobody set is met). */
function meets(entry: FinderEntry, state: FilterState, filter: Filter): boolean {
  const wanted = state.values[filter] ?? [];
  return !wanted.length || wanted.some((v) => entry.facets[filter]?.includes(v));
}

/** Whether an entry meets every filter of a state, leaving out one filter when asked (for counts). */
export function matches(entry: FinderEntry, state: FilterState, without?: Filter | 'accepting'): boolean {
  if (without !== 'accepting' && state.accepting && !entry.accepting) return false;
  return FILTERS.every((f) => f === without || meets(entry, state, f));
}

/**
 * How many counselors each option would show, keyed `filter=value` (and `accepting=1`): those meeting every other
 * filter as set, and this option. Ticking an option of a filter already in use adds to its "any of".
 */
export function optionCounts(entries: readonly FinderEntry[], state: FilterState): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  for (const filter of FILTERS) {
    for (const entry of entries) {
      const fits = matches(entry, state, filter) ? 1 : 0;
      for (const value of entry.facets[filter] ?? []) add(`${filter}=${value}`, fits);
    }
  }
  for (const entry of entries)
    add('accepting=1', matches(entry, state, 'accepting') && entry.accepting ? 1 : 0);
  return counts;
}

/** A near match: what of the request it meets (`filter=value` keys) and which filters it misses. */
export interface NearMatch {
  entry: FinderEntry;
  met: string[];
  missed: (Filter | 'accepting')[];
}

/** The counselors closest to a request nobody fully meets: fewest filters missed first, then by name. */
export function nearest(entries: readonly FinderEntry[], state: FilterState, limit = 3): NearMatch[] {
  const near = entries.map((entry): NearMatch => {
    const met: string[] = [];
    const missed: NearMatch['missed'] = [];
    for (const filter of FILTERS) {
      const wanted = state.values[filter] ?? [];
      const held = wanted.filter((v) => entry.facets[filter]?.includes(v));
      if (held.length) met.push(...held.map((v) => `${filter}=${v}`));
      else if (wanted.length) missed.push(filter);
    }
    if (state.accepting) {
      if (entry.accepting) met.push('accepting=1');
      else missed.push('accepting');
    }
    return { entry, met, missed };
  });
  return near
    .filter((n) => n.met.length > 0)
    .sort((a, b) => a.missed.length - b.missed.length || a.entry.name.localeCompare(b.entry.name))
    .slice(0, limit);
}
