import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  fleschKincaidGrade,
  portableTextToPlainText,
  textStats,
} from '../../../src/lib/text/reading-level.ts';

const block = (text: string, style = 'normal') => ({
  _type: 'block',
  _key: text.slice(0, 8),
  style,
  markDefs: [],
  children: [{ _type: 'span', _key: 's', text, marks: [] }],
});

describe('counting syllables', () => {
  it.each([
    ['the', 1],
    ['therapy', 3],
    ['counselor', 3],
    ['alliance', 3],
    ['relationship', 4],
    ['hope', 1],
    ['trusted', 2],
    ['collaboration', 5],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('the Flesch–Kincaid grade level', () => {
  it('rates short, plain sentences as easy', () => {
    expect(
      fleschKincaidGrade('You can ask for help. It is okay to say how you feel. We will listen.'),
    ).toBeLessThan(3);
  });

  it('rates long sentences full of long words as hard', () => {
    const dense =
      'Therapeutic collaboration necessitates comprehensive intersubjective negotiation regarding methodological ' +
      'considerations, developmental formulations, and organizational responsibilities throughout the intervention.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });

  it('matches the formula on a counted example', () => {
    const text = 'The cat sat on the mat. The dog ran to the park.';
    const { words, sentences, syllables } = textStats(text);
    expect({ words, sentences, syllables }).toEqual({ words: 12, sentences: 2, syllables: 12 });
    expect(fleschKincaidGrade(text)).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 1);
  });

  it('is 0 for a text without words', () => {
    expect(fleschKincaidGrade('')).toBe(0);
    expect(fleschKincaidGrade('123 — !!')).toBe(0);
  });
});

describe('reading an article body', () => {
  it('takes the text of blocks and of custom blocks with a body, one line each', () => {
    const body = [
      block('Why it matters', 'h2'),
      block('Trust grows over time.'),
      { _type: 'callout', _key: 'c', tone: 'tip', body: [block('Say what feels off.')] },
      { _type: 'checklistEmbed', _key: 'k', checklist: { _ref: 'fit' } },
    ];
    expect(portableTextToPlainText(body)).toBe('Why it matters\nTrust grows over time.\nSay what feels off.');
  });

  it('treats a heading without a full stop as its own sentence', () => {
    expect(textStats('Why it matters\nTrust grows over time.').sentences).toBe(2);
  });
});
