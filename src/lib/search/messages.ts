import type { Messages } from '../../i18n/messages.ts';
import { fill } from '../text/fill.ts';
import type { SearchState } from './state.ts';

/**
 * What the search island says, in the page's language: the `search.island` messages, which the page draws into
 * its HTML (`data-text` on `<search-page>`), so the island never loads a message file.
 */
export type SearchText = Messages['search']['island'];

/** The page language's way of writing a count (`1,200` in English, `1200` in Spanish). */
function number(count: number, lang: string): string {
  return count.toLocaleString(lang);
}

/** What the live region says once results are shown, e.g. `3 results for “anxiety”` or `3 resultados para «ansiedad»`. */
export function resultsMessage(count: number, state: SearchState, text: SearchText, lang: string): string {
  const counted = { count: number(count, lang) };
  const found = count === 0 ? text.noResults : fill(count === 1 ? text.oneResult : text.manyResults, counted);
  const parts = [found];
  if (state.q) parts.push(fill(text.forWords, { words: state.q }));
  if (state.topics.length > 0)
    parts.push(fill(text.inTopics, { topics: state.topics.join(text.topicsJoin) }));
  if (state.kind) parts.push(state.kind === 'article' ? text.amongArticles : text.amongCounselors);
  return parts.join(' ');
}

/** The label a result carries for its kind of page (`Article`, `Counselor`), or nothing for an unknown kind. */
export function kindLabel(kind: string | undefined, text: SearchText): string {
  if (kind === 'article') return text.article;
  return kind === 'counselor' ? text.counselor : '';
}
