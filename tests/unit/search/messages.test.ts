import { describe, expect, it } from 'vitest';
import { resultsMessage } from '../../../src/lib/search/messages.ts';

const state = { q: 'sleep', topics: [], kind: undefined };

describe('what screen readers hear after a search', () => {
  it('counts results for the words', () => {
    expect(resultsMessage(3, state)).toBe('3 results for “sleep”');
    expect(resultsMessage(1, state)).toBe('1 result for “sleep”');
    expect(resultsMessage(1200, state)).toBe('1,200 results for “sleep”');
  });

  it('says plainly when nothing matched', () => {
    expect(resultsMessage(0, state)).toBe('No results for “sleep”');
  });

  it('names the filters in use, also when browsing without words', () => {
    expect(resultsMessage(2, { q: '', topics: ['Anxiety', 'Sleep'], kind: 'article' })).toBe(
      '2 results in Anxiety or Sleep among articles',
    );
  });
});
