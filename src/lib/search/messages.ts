import type { SearchState } from './state.ts';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** What the live region says once results are shown, e.g. `3 results for “anxiety”`. */
export function resultsMessage(count: number, state: SearchState): string {
  const found = count === 0 ? 'No results' : plural(count, 'result', 'results');
  const scope: string[] = [];
  if (state.topics.length > 0) scope.push(`in ${state.topics.join(' or ')}`);
  if (state.kind) scope.push(`among ${state.kind}s`);
  const words = state.q ? ` for “${state.q}”` : '';
  return `${found}${words}${scope.length > 0 ? ' ' + scope.join(' ') : ''}`;
}
