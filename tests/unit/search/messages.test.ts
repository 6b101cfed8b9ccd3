import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { kindLabel, resultsMessage } from '../../../src/lib/search/messages.ts';

const state = { q: 'sleep', topics: [], kind: undefined };
const en = messagesFor('en').search.island;
const es = messagesFor('es').search.island;

describe('what screen readers hear after a search', () => {
  it('counts results for the words', () => {
    expect(resultsMessage(3, state, en, 'en')).toBe('3 results for “sleep”');
    expect(resultsMessage(1, state, en, 'en')).toBe('1 result for “sleep”');
    expect(resultsMessage(1200, state, en, 'en')).toBe('1,200 results for “sleep”');
  });

  it('says plainly when nothing matched', () => {
    expect(resultsMessage(0, state, en, 'en')).toBe('No results for “sleep”');
  });

  it('names the filters in use, also when browsing without words', () => {
    expect(resultsMessage(2, { q: '', topics: ['Anxiety', 'Sleep'], kind: 'article' }, en, 'en')).toBe(
      '2 results in Anxiety or Sleep among articles',
    );
  });
});

describe('the same, on the Spanish search page', () => {
  it('counts, quotes and names the filters as a Spanish reader would read them', () => {
    const sueño = { q: 'sueño', topics: [], kind: undefined };
    expect(resultsMessage(3, sueño, es, 'es')).toBe('3 resultados para «sueño»');
    expect(resultsMessage(1, sueño, es, 'es')).toBe('1 resultado para «sueño»');
    expect(resultsMessage(0, sueño, es, 'es')).toBe('Ningún resultado para «sueño»');
    expect(resultsMessage(2, { q: '', topics: ['Ansiedad', 'Sueño'], kind: 'counselor' }, es, 'es')).toBe(
      '2 resultados en Ansiedad o Sueño entre los consejeros',
    );
  });

  it('labels each result by its kind of page', () => {
    expect(kindLabel('article', es)).toBe('Artículo');
    expect(kindLabel('counselor', en)).toBe('Counselor');
    expect(kindLabel('other', es)).toBe('');
  });
});
