/** The kinds of page the index holds, as the `kind` filter names them. */
export const KINDS = ['article', 'counselor'] as const;

/** A kind of indexed page. */
export type Kind = (typeof KINDS)[number];

/** Everything that defines a search: what a shared link or the Back button restores. */
export interface SearchState {
  /** The words typed, trimmed of outer spaces. */
  q: string;
  /** Topic names ticked; a result matches when it has any of them. */
  topics: string[];
  /** Only this kind of page, or every kind. */
  kind: Kind | undefined;
  /** Search the words as typed, without correcting a misspelling (`typed=1`); absent otherwise. */
  asTyped?: true;
}

function isKind(value: string | null): value is Kind {
  return (KINDS as readonly (string | null)[]).includes(value);
}

/** Reads a search from a query string (`?q=…&topic=…&kind=…&typed=1`); anything unknown or malformed is ignored. */
export function parseState(query: string): SearchState {
  const params = new URLSearchParams(query);
  const topics = [...new Set(params.getAll('topic').map((t) => t.trim()))].filter(Boolean);
  const kind = params.get('kind');
  return {
    q: (params.get('q') ?? '').trim(),
    topics,
    kind: isKind(kind) ? kind : undefined,
    ...(params.get('typed') === '1' ? { asTyped: true as const } : {}),
  };
}

/** The query string for a search (`''` for none), in a stable order so equal searches give equal URLs. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const topic of [...state.topics].sort()) params.append('topic', topic);
  if (state.kind) params.set('kind', state.kind);
  if (state.asTyped) params.set('typed', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the state asks for anything: words, a topic or a kind. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || state.topics.length > 0 || state.kind !== undefined;
}

/** Pagefind's `filters` option for a state: any of the ticked topics, and the kind when one is chosen. */
export function pagefindFilters(state: SearchState): Record<string, string | { any: string[] }> {
  const filters: Record<string, string | { any: string[] }> = {};
  if (state.topics.length > 0) filters['topic'] = { any: state.topics };
  if (state.kind) filters['kind'] = state.kind;
  return filters;
}
