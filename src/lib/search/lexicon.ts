// The search lexicon: the words the Pagefind index holds and each page's filter values, written by the build next
// to the index (src/integrations/search-lexicon.ts) and read by the search island on the first query. Pagefind's
// own runtime matches word prefixes only and, for a word it does not hold, falls back to ever shorter prefixes
// ("theraputic" finds every "the"); the lexicon lets the island correct such a word first (docs/search.md).

/** Where the build writes the English lexicon, under the site's root. */
export const LEXICON_PATH = '/pagefind/words.json';

/**
 * Where the build writes the lexicon of one language's index: `/pagefind/words.json` for English (the default
 * language), `/pagefind/words.<lang>.json` for the others (`words.es.json`). Pagefind keeps one index per
 * language (by each page's `lang`), and so does the lexicon.
 */
export function lexiconPath(lang: string): string {
  return lang === 'en' ? LEXICON_PATH : `/pagefind/words.${lang}.json`;
}

/** The lexicon file as written. */
export interface LexiconFile {
  /** Every indexed word, lowercased, most frequent first, joined by single spaces. */
  words: string;
  /** Filter name and value pairs (`kind:article`, `topic:Anxiety and stress`), numbered by position. */
  filters: string[];
  /** Each indexed page (by Pagefind's result id) with the numbers of its filter values. */
  pages: Record<string, number[]>;
}

/** A lexicon ready to look words up in. */
export interface Lexicon {
  /** Indexed words, most frequent first. */
  words: string[];
  known: Set<string>;
  /** Filter values by page id, by filter name. */
  pages: Map<string, Record<string, string[]>>;
}

/** The words of a text as the lexicon holds them: lowercased runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Reads the lexicon file's contents; anything malformed gives an empty lexicon. */
export function readLexicon(file: unknown): Lexicon {
  const data = (typeof file === 'object' && file !== null ? file : {}) as Partial<LexiconFile>;
  const words = typeof data.words === 'string' ? data.words.split(' ').filter(Boolean) : [];
  const filters = Array.isArray(data.filters) ? data.filters.map(String) : [];
  const pages = new Map<string, Record<string, string[]>>();
  for (const [id, numbers] of Object.entries(data.pages ?? {})) {
    const values: Record<string, string[]> = {};
    for (const number of Array.isArray(numbers) ? numbers : []) {
      const pair = filters[number] ?? '';
      const colon = pair.indexOf(':');
      if (colon > 0) (values[pair.slice(0, colon)] ??= []).push(pair.slice(colon + 1));
    }
    pages.set(id, values);
  }
  return { words, known: new Set(words), pages };
}
