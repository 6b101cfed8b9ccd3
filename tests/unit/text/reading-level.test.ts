import { describe, expect, it } from 'vitest';
import { readingLevelAdvice } from '../../../sanity/schemaTypes/rules/fields.ts';
import { countSyllables, portableTextToPlain, readingLevel } from '../../../sanity/schemaTypes/rules/text.ts';

// The Studio's reading-level warning and these tests share one function (sanity/schemaTypes/rules/text.ts).

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
    ['needed', 2],
    ['listened', 2],
    ['collaboration', 5],
    ['social', 2],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('the Flesch–Kincaid grade level', () => {
  it('rates short, plain sentences as easy', () => {
    expect(
      readingLevel('You can ask for help. It is okay to say how you feel. We will listen.').grade,
    ).toBeLessThan(3);
  });

  it('rates long sentences full of long words as hard', () => {
    const dense =
      'Therapeutic collaboration necessitates comprehensive intersubjective negotiation regarding methodological ' +
      'considerations, developmental formulations, and organizational responsibilities throughout the intervention.';
    expect(readingLevel(dense).grade).toBeGreaterThan(16);
  });

  it('matches the formula on a counted example', () => {
    const level = readingLevel('The cat sat on the mat. The dog ran to the park.');
    expect({ words: level.words, sentences: level.sentences }).toEqual({ words: 12, sentences: 2 });
    expect(level.grade).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 1);
  });

  it('is 0 for a text without words', () => {
    expect(readingLevel('').grade).toBe(0);
    expect(readingLevel('123 — !!').grade).toBe(0);
  });

  it('treats a heading without a full stop as its own sentence', () => {
    expect(readingLevel('Why it matters\nTrust grows over time.').sentences).toBe(2);
  });
});

describe('the Studio warning over an article body', () => {
  it('reads the text of blocks and callouts, one line each, skipping other blocks', () => {
    const body = [
      block('Why it matters', 'h2'),
      block('Trust grows over time.'),
      { _type: 'callout', _key: 'c', tone: 'tip', body: [block('Say what feels off.')] },
      { _type: 'checklistEmbed', _key: 'k', checklist: { _ref: 'fit' } },
    ];
    expect(portableTextToPlain(body)).toBe('Why it matters\nTrust grows over time.\nSay what feels off.');
  });

  it('warns above grade 9 and stays quiet for plain writing', () => {
    const hard = Array.from({ length: 20 }, () =>
      block(
        'Comprehensive psychotherapeutic collaboration necessitates considerable intersubjective negotiation ' +
          'concerning methodological considerations and organizational responsibilities.',
      ),
    );
    const plain = Array.from({ length: 40 }, () => block('You can ask for help. We will listen to you.'));
    expect(readingLevelAdvice(hard)).toMatch(/grade/);
    expect(readingLevelAdvice(plain)).toBeUndefined();
  });
});
