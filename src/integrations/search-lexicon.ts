import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { LEXICON_PATH, wordsOf, type LexiconFile } from '../lib/search/lexicon.ts';

// Pagefind stores each page as a gzipped "fragment": a signature, then JSON with the page's text and filters.
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  content?: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** What was written: the number of distinct words and the file's size. */
export interface LexiconReport {
  words: number;
  bytes: number;
}

/**
 * Writes the search lexicon (src/lib/search/lexicon.ts) for the Pagefind index in `outputPath`, from the index's
 * own fragments, so the words are exactly the text Pagefind indexed. Words longer than 40 characters (links,
 * codes) are left out.
 */
export async function writeSearchLexicon(outputPath: string): Promise<LexiconReport> {
  const dir = path.join(outputPath, 'fragment');
  const counts = new Map<string, number>();
  const filters: string[] = [];
  const filterNumbers = new Map<string, number>();
  const pages: Record<string, number[]> = {};
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  for (const name of names) {
    const raw = zlib.gunzipSync(await fs.readFile(path.join(dir, name)));
    const text = raw.toString('utf8');
    if (!text.startsWith(SIGNATURE)) continue;
    const fragment = JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
    for (const word of wordsOf(`${fragment.meta?.['title'] ?? ''} ${fragment.content ?? ''}`)) {
      if (word.length <= 40) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const numbers: number[] = [];
    for (const [filter, values] of Object.entries(fragment.filters ?? {})) {
      for (const value of values) {
        const pair = `${filter}:${value}`;
        let number = filterNumbers.get(pair);
        if (number === undefined) {
          number = filters.push(pair) - 1;
          filterNumbers.set(pair, number);
        }
        numbers.push(number);
      }
    }
    pages[name.replace(/\.pf_fragment$/, '')] = numbers;
  }
  const words = [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
  const file: LexiconFile = { words: words.join(' '), filters, pages };
  const json = JSON.stringify(file);
  await fs.writeFile(path.join(outputPath, path.basename(LEXICON_PATH)), json);
  return { words: words.length, bytes: Buffer.byteLength(json) };
}
