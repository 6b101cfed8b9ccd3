import { describe, expect, it } from 'vitest';
import { isActive, pagefindFilters, parseState, stateQuery } from '../../../src/lib/search/state.ts';

describe('a search survives in the URL', () => {
  it('reads the words, topics and kind from a shared link', () => {
    expect(parseState('?q=%20sleep%20worry%20&topic=Anxiety&topic=Sleep&kind=article')).toEqual({
      q: 'sleep worry',
      topics: ['Anxiety', 'Sleep'],
      kind: 'article',
    });
  });

  it('ignores an unknown kind, empty and repeated topics', () => {
    expect(parseState('?kind=admin&topic=&topic=Grief&topic=Grief')).toEqual({
      q: '',
      topics: ['Grief'],
      kind: undefined,
    });
  });

  it('reads what the header form sends (a plain ?q=) and the bare page', () => {
    expect(parseState('?q=therapist+fit')).toEqual({ q: 'therapist fit', topics: [], kind: undefined });
    expect(parseState('')).toEqual({ q: '', topics: [], kind: undefined });
  });

  it('writes equal searches as equal URLs that read back the same', () => {
    const state = {
      q: 'what is “alliance” & trust?',
      topics: ['Sleep', 'Anxiety'],
      kind: 'counselor' as const,
    };
    const query = stateQuery(state);
    expect(query).toBe(stateQuery({ ...state, topics: ['Anxiety', 'Sleep'] }));
    expect(parseState(query)).toEqual({ ...state, topics: ['Anxiety', 'Sleep'] });
    expect(stateQuery({ q: '', topics: [], kind: undefined })).toBe('');
  });
});

describe('what Pagefind is asked', () => {
  it('matches any ticked topic and the chosen kind', () => {
    expect(pagefindFilters({ q: 'x', topics: ['A', 'B'], kind: 'article' })).toEqual({
      topic: { any: ['A', 'B'] },
      kind: 'article',
    });
    expect(pagefindFilters({ q: 'x', topics: [], kind: undefined })).toEqual({});
  });

  it('browses with topics alone, and does nothing with nothing asked', () => {
    expect(isActive({ q: '', topics: ['A'], kind: undefined })).toBe(true);
    expect(isActive({ q: '', topics: [], kind: 'counselor' })).toBe(true);
    expect(isActive({ q: '', topics: [], kind: undefined })).toBe(false);
  });
});
