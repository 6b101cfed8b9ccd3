import { describe, expect, it } from 'vitest';
import { facets } from '../../../src/lib/search/facets.ts';

describe('topic filters with counts', () => {
  const known = { Sleep: 4, Anxiety: 7, Grief: 2 };

  it('lists every topic alphabetically with its count in the whole index', () => {
    expect(facets(known, undefined, [])).toEqual([
      { value: 'Anxiety', count: 7, checked: false },
      { value: 'Grief', count: 2, checked: false },
      { value: 'Sleep', count: 4, checked: false },
    ]);
  });

  it('shows counts for the current words, zero where nothing matches', () => {
    expect(facets(known, { Sleep: 1 }, ['Grief']).map((f) => [f.value, f.count, f.checked])).toEqual([
      ['Anxiety', 0, false],
      ['Grief', 0, true],
      ['Sleep', 1, false],
    ]);
  });

  it('keeps a ticked topic from a shared link even if the index lacks it', () => {
    expect(facets(undefined, undefined, ['Old topic'])).toEqual([
      { value: 'Old topic', count: 0, checked: true },
    ]);
  });
});
