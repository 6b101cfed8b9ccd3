// The parts of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) that the search island
// uses. It is loaded at runtime, so its types are declared here rather than imported.

/** A heading-level match inside a result page. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string } | undefined;
  locations: number[];
}

/** A result's loaded data (its fragment). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

/** One page that matched; its data loads on demand. */
export interface PagefindResult {
  id: string;
  /** How well the page matched; higher is better. */
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Filter values with their page counts, by filter name. */
export type FilterCounts = Record<string, Record<string, number> | undefined>;

/** What a search returns. */
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts for each value given the words alone (other filters not applied). */
  totalFilters: FilterCounts;
}

/** The module at `/pagefind/pagefind.js`. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}
