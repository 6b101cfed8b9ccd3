import { wordsOf } from './lexicon.ts';

/**
 * Staff's synonym groups (`siteSettings.searchSynonyms`) cleaned for search: each term lowercased and kept only when
 * it is one word, duplicates dropped, and groups with fewer than two terms left out.
 */
export function synonymGroups(groups: readonly { terms?: readonly string[] | undefined }[]): string[][] {
  const cleaned: string[][] = [];
  for (const group of groups) {
    const terms = new Set<string>();
    for (const term of group.terms ?? []) {
      const words = wordsOf(term);
      if (words.length === 1 && words[0]) terms.add(words[0]);
    }
    if (terms.size >= 2) cleaned.push([...terms]);
  }
  return cleaned;
}
