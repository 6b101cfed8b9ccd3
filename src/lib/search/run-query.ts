import { readLexicon, type Lexicon } from './lexicon.ts';
import type { FilterCounts, PagefindModule, PagefindResult, PagefindSearch } from './pagefind-runtime.ts';
import { planQuery } from './query-plan.ts';
import type { SearchState } from './state.ts';

// Runs the searches a query plans (src/lib/search/query-plan.ts) for the search island and merges them, exact hits
// first. The lexicon it needs (the search page's language's: src/lib/search/lexicon.ts) is fetched with the first
// query.

/** A search for words, with what the reader is told about how it was read. */
export interface WordsSearch extends PagefindSearch {
  /** The words searched for (corrected when `corrected`). */
  words: string;
  corrected: boolean;
}

let lexicon: Promise<Lexicon | undefined> | undefined;

/** The lexicon the build wrote next to the index, fetched once; undefined when it cannot be had. */
function loadLexicon(url: string): Promise<Lexicon | undefined> {
  lexicon ??= fetch(url)
    .then(async (response) => (response.ok ? readLexicon(await response.json()) : undefined))
    .catch(() => undefined);
  return lexicon;
}

function matches(values: Record<string, string[]> | undefined, state: SearchState): boolean {
  const topics = values?.['topic'] ?? [];
  if (state.topics.length > 0 && !topics.some((topic) => state.topics.includes(topic))) return false;
  return !state.kind || (values?.['kind'] ?? []).includes(state.kind);
}

/**
 * Searches the state's words: corrected, with synonyms, exact hits first, then filtered by topic and kind. Only
 * pages of the lexicon's language count, so a search page never lists another language's pages (Pagefind falls
 * back to its largest index when the page's language has none).
 */
export async function searchWords(
  pagefind: PagefindModule,
  state: SearchState,
  groups: readonly (readonly string[])[],
  /** Pagefind's filters for the state, used when there is no lexicon (src/lib/search/state.ts). */
  filters: Record<string, unknown>,
  /** The lexicon of the page's language (`lexiconPath` in src/lib/search/lexicon.ts). */
  lexiconUrl: string,
): Promise<WordsSearch> {
  const known = await loadLexicon(lexiconUrl);
  if (!known) {
    // No lexicon: Pagefind on its own, as typed.
    const search = await pagefind.search(state.q, { filters });
    return { ...search, words: state.q, corrected: false };
  }
  const plan = planQuery(state.q, known, groups, !state.asTyped);
  const runs = await Promise.all(plan.searches.map((search) => pagefind.search(search.text)));
  const exact = new Map<string, PagefindResult>();
  const others = new Map<string, PagefindResult>();
  plan.searches.forEach((search, index) => {
    for (const result of runs[index]?.results ?? []) {
      const into = search.exact ? exact : others;
      const before = into.get(result.id);
      if (!before || before.score < result.score) into.set(result.id, result);
    }
  });
  const merged = [
    ...exact.values(),
    ...[...others.values()].filter((r) => !exact.has(r.id)).sort((a, b) => b.score - a.score),
  ].filter((result) => known.pages.has(result.id));
  // Counts for the words alone, as Pagefind gives them, from each page's filters in the lexicon.
  const totalFilters: FilterCounts = {};
  for (const result of merged) {
    for (const [name, values] of Object.entries(known.pages.get(result.id) ?? {})) {
      const counts = (totalFilters[name] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return {
    results: merged.filter((result) => matches(known.pages.get(result.id), state)),
    totalFilters,
    words: plan.words.join(' '),
    corrected: plan.corrected,
  };
}
