import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../../src/lib/search/lexicon.ts';
import { editDistance, nearestWord, planQuery } from '../../../src/lib/search/query-plan.ts';
import { synonymGroups } from '../../../src/lib/search/synonyms.ts';

const lexicon = readLexicon({
  words: 'the you therapy counselor therapeutic alliance online fee session virtual them worried',
  filters: [],
  pages: {},
});
const groups = synonymGroups([
  { terms: ['Therapist', 'counselor', 'therapy', 'counseling'] },
  { terms: ['online', 'telehealth', 'video', 'virtual'] },
  { terms: ['alone'] },
  { terms: ['two words', 'fine'] },
]);

describe('synonym groups', () => {
  it('are lowercased single words, two or more to a group', () => {
    expect(groups).toEqual([
      ['therapist', 'counselor', 'therapy', 'counseling'],
      ['online', 'telehealth', 'video', 'virtual'],
    ]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, and stops past the limit', () => {
    expect(editDistance('theraputic', 'therapeutic', 2)).toBe(1);
    expect(editDistance('teh', 'the', 2)).toBe(1);
    expect(editDistance('councelor', 'counselor', 2)).toBe(1);
    expect(editDistance('xyzzy', 'therapy', 2)).toBe(3);
  });

  it('corrects to the nearest word within two edits, never a very short word', () => {
    expect(nearestWord('theraputic', lexicon.words)).toBe('therapeutic');
    expect(nearestWord('sesion', lexicon.words)).toBe('session');
    expect(nearestWord('zzzzzzzz', lexicon.words)).toBeUndefined();
    expect(nearestWord('thx', lexicon.words)).toBeUndefined();
  });
});

describe('planning a query', () => {
  it('searches indexed words and their starts as typed', () => {
    expect(planQuery('Therap', lexicon, groups)).toEqual({
      words: ['therap'],
      corrected: false,
      searches: [{ text: 'therap', exact: true }],
    });
  });

  it('corrects a word the index does not hold, and never searches a misspelling as it is', () => {
    const plan = planQuery('theraputic', lexicon, groups);
    expect(plan.corrected).toBe(true);
    expect(plan.searches).toEqual([{ text: 'therapeutic', exact: true }]);
    // Asked for as typed: nothing to search, rather than the prefixes Pagefind would fall back to.
    expect(planQuery('theraputic', lexicon, groups, false).searches).toEqual([]);
    expect(planQuery('qqqqqqqqq', lexicon, groups).searches).toEqual([]);
  });

  it('searches another form of an indexed word as typed, for Pagefind to stem, when nothing is near enough', () => {
    expect(planQuery('worrying', lexicon, groups)).toEqual({
      words: ['worrying'],
      corrected: false,
      searches: [{ text: 'worrying', exact: true }],
    });
    // Sharing only a short start ("the") is not enough.
    expect(planQuery('thezzzzz', lexicon, groups).searches).toEqual([]);
  });

  it('knows a Spanish plural for another form of a word with an accent ("preocupaciones", "preocupación")', () => {
    const spanish = readLexicon({ words: 'la preocupación ansiedad', filters: [], pages: {} });
    expect(planQuery('preocupaciones', spanish, [])).toEqual({
      words: ['preocupaciones'],
      corrected: false,
      searches: [{ text: 'preocupaciones', exact: true }],
    });
  });

  it('adds the indexed words of a synonym group after the exact search', () => {
    expect(planQuery('counselor', lexicon, groups).searches).toEqual([
      { text: 'counselor', exact: true },
      { text: 'therapy', exact: false },
    ]);
    // Not indexed itself, but its group is: no correction, and only the group's indexed words are searched.
    expect(planQuery('telehealth', lexicon, groups)).toEqual({
      words: ['telehealth'],
      corrected: false,
      searches: [
        { text: 'online', exact: false },
        { text: 'virtual', exact: false },
      ],
    });
  });
});
