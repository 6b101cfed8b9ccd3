import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { lexiconPath, wordsOf, type LexiconFile } from '../lib/search/lexicon.ts';

// Pagefind stores each page as a gzipped "fragment": a signature, then JSON with the page's text and filters.
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  content?: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** What was written for one language: the number of distinct words and the file's size. */
export interface LexiconReport {
  words: number;
  bytes: number;
}

/**
 * Writes one search lexicon (src/lib/search/lexicon.ts) per language of the Pagefind index in `outputPath` (and
 * an empty one for each of `alsoFor` the index has no pages in, so a search page in that language finds nothing
 * rather than another language's pages), from the index's own fragments, so the words are exactly the text
 * Pagefind indexed. Words longer than 40 characters (links, codes) are left out.
 */
export async function writeSearchLexicons(
  outputPath: string,
  alsoFor: readonly string[] = [],
): Promise<Record<string, LexiconReport>> {
  const entry = JSON.parse(await fs.readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  const names = (await fs.readdir(path.join(outputPath, 'fragment')))
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort();
  const reports: Record<string, LexiconReport> = {};
  for (const lang of new Set([...Object.keys(entry.languages), ...alsoFor])) {
    // Pagefind names each page's fragment after its language's index: `es_1a2b3c4.pf_fragment`.
    const own = names.filter((name) => name.startsWith(`${lang}_`));
    reports[lang] = await writeSearchLexicon(outputPath, own, lang);
  }
  return reports;
}

async function writeSearchLexicon(outputPath: string, names: string[], lang: string): Promise<LexiconReport> {
  const dir = path.join(outputPath, 'fragment');
  const counts = new Map<string, number>();
  const filters: string[] = [];
  const filterNumbers = new Map<string, number>();
  const pages: Record<string, number[]> = {};
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
  await fs.writeFile(path.join(outputPath, path.basename(lexiconPath(lang))), json);
  return { words: words.length, bytes: Buffer.byteLength(json) };
}
