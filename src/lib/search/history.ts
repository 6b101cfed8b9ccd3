/** How to record a search in the browser history. */
export type HistoryAction = 'none' | 'push' | 'replace';

/**
 * Decides how a new search URL enters the history. Typing updates one entry in place; a committed search
 * (Enter, a filter) keeps its entry, so the next change pushes a new one and Back returns to it. The bare
 * `/search/` page is never worth keeping, so it is replaced rather than pushed over.
 * @param current the URL (path and query) of the current entry
 * @param next the URL for the new search
 * @param currentCommitted whether the current entry holds a committed search
 */
export function historyAction(current: string, next: string, currentCommitted: boolean): HistoryAction {
  if (current === next) return 'none';
  const currentIsBare = !current.includes('?');
  return currentCommitted && !currentIsBare ? 'push' : 'replace';
}
