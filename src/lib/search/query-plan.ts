import { wordsOf, type Lexicon } from './lexicon.ts';

// Turns what a reader typed into the Pagefind searches to run (docs/search.md): words the index does not hold are
// corrected to the nearest word it does, and words in a synonym group also search as the group's other words.

/** The searches for one query, exact first. */
export interface QueryPlan {
  /** The words searched for, after any correction. */
  words: string[];
  /** True when a word was corrected (the page then says "Showing results for …"). */
  corrected: boolean;
  /** Pagefind search strings: the exact words first (when the index holds them all), then synonym variants. */
  searches: { text: string; exact: boolean }[];
}

/** At most this many searches per query: synonyms of several words multiply. */
const MAX_SEARCHES = 16;

/** How many edits a word of this length may be away from its correction: none for very short words. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 5 ? 1 : 2;
}

/**
 * The edit distance between two words (insertions, deletions, substitutions and swaps of neighbours), or
 * `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** True when Pagefind would find the word as it is: an indexed word, or the start of one. */
export function isIndexed(word: string, lexicon: Lexicon): boolean {
  return lexicon.known.has(word) || lexicon.words.some((known) => known.startsWith(word));
}

/** A word without its accents ("preocupación" → "preocupacion"), for comparing forms of a word. */
function unaccented(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * True when `word` looks like another form of an indexed word ("anxieties" beside "anxiety", "worrying" beside
 * "worried", "preocupaciones" beside "preocupación"): they share all but at most its last three letters (a final
 * "y" may be an "i"; accents aside), and at least four. Pagefind's stemming (per language) finds such forms, and
 * its fallback to shorter prefixes stops well short of unrelated words.
 */
export function isInflection(word: string, lexicon: Lexicon): boolean {
  const plain = unaccented(word);
  const stem = plain.slice(0, Math.max(4, plain.length - 3));
  if (stem.length >= plain.length) return false;
  const stems = stem.endsWith('y') ? [stem, `${stem.slice(0, -1)}i`] : [stem];
  return lexicon.words.some((known) => {
    const start = unaccented(known);
    return stems.some((s) => start.startsWith(s));
  });
}

/**
 * The nearest word to `word` among `candidates` (most frequent first, so ties go to the commoner word) within
 * {@link allowedEdits}, or undefined.
 */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  let best = allowedEdits(word.length) + 1;
  let found: string | undefined;
  for (const candidate of candidates) {
    if (best === 0) break;
    const distance = editDistance(word, candidate, best - 1);
    if (distance < best) {
      best = distance;
      found = candidate;
    }
  }
  return found;
}

/**
 * Plans the searches for `query`. With `correct` off (the reader asked for their own spelling), a word the index
 * does not hold is not corrected, and the plan has no searches: it can match nothing, and Pagefind's fallback to
 * shorter prefixes would only show pages with unrelated words.
 */
export function planQuery(
  query: string,
  lexicon: Lexicon,
  groups: readonly (readonly string[])[],
  correct = true,
): QueryPlan {
  const groupOf = (word: string) => groups.find((group) => group.includes(word)) ?? [];
  const dictionary = [...lexicon.words, ...groups.flat().filter((term) => !lexicon.known.has(term))];
  let corrected = false;
  const options: { word: string; forms: string[] }[] = [];
  for (const typed of wordsOf(query)) {
    let word = typed;
    const usable = (w: string) =>
      [w, ...groupOf(w).filter((term) => term !== w)].filter((form) => isIndexed(form, lexicon));
    if (usable(word).length === 0 && correct) {
      const nearest = nearestWord(word, dictionary);
      if (nearest !== undefined && nearest !== word) {
        word = nearest;
        corrected = true;
      }
    }
    const forms = usable(word);
    // Nothing near enough to correct to, but another form of an indexed word: Pagefind's stemming finds it.
    if (forms.length === 0 && isInflection(word, lexicon)) forms.push(word);
    options.push({ word, forms });
  }
  const words = options.map((option) => option.word);
  // Every combination of each word's forms, in order: the first (each word as typed, if indexed) is the exact one.
  let combinations: string[][] = [[]];
  for (const option of options) {
    combinations = combinations
      .flatMap((combination) => option.forms.map((form) => [...combination, form]))
      .slice(0, MAX_SEARCHES);
  }
  const searches =
    options.length === 0
      ? []
      : combinations.map((combination) => ({
          text: combination.join(' '),
          exact: combination.every((form, index) => form === words[index]),
        }));
  return { words, corrected, searches };
}
