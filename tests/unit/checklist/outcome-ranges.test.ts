import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeTicks, formatCount } from '../../../src/lib/checklist/format.ts';
import { outcomeRanges } from '../../../src/lib/checklist/outcome-ranges.ts';
import { selectOutcome } from '../../../src/lib/checklist/select-outcome.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

const { ticks, count } = messagesFor('en').checklist;

const outcomes = (...thresholds: number[]) =>
  thresholds.map((minChecked, index) => ({ key: `o${index}`, minChecked }));

/** The lines of the static list a reader without JavaScript sees. */
function lines(thresholds: number[], total: number, words = ticks): string[] {
  const ranges = outcomeRanges(outcomes(...thresholds), total);
  return [
    ...(ranges.none ? [`${describeTicks(ranges.none, total, words)}: none`] : []),
    ...ranges.shown.map((range) => `${describeTicks(range, total, words)}: ${range.outcome.key}`),
  ];
}

describe('the outcome list readers see without JavaScript', () => {
  it('describes each outcome by the counts it covers', () => {
    expect(lines([0, 3, 5], 5)).toEqual([
      'If you ticked 0 to 2: o0',
      'If you ticked 3 or 4: o1',
      'If you ticked all 5: o2',
    ]);
    expect(lines([0, 4], 5)).toEqual(['If you ticked 0 to 3: o0', 'If you ticked 4 or more: o1']);
  });

  it('lists the outcomes in the order of the counts, not the order the author wrote them', () => {
    expect(lines([3, 0, 1], 4)).toEqual([
      'If you ticked none: o1',
      'If you ticked 1 or 2: o2',
      'If you ticked 3 or more: o0',
    ]);
  });

  it('says that nothing applies below the lowest threshold', () => {
    expect(lines([2, 4], 5)).toEqual([
      'If you ticked 0 or 1: none',
      'If you ticked 2 or 3: o0',
      'If you ticked 4 or more: o1',
    ]);
    expect(lines([3], 6)).toEqual(['If you ticked 0 to 2: none', 'If you ticked 3 or more: o0']);
  });

  it('leaves out an outcome that loses a tie, and one that needs more ticks than there are items', () => {
    expect(lines([0, 2, 2, 9], 3)).toEqual(['If you ticked 0 or 1: o0', 'If you ticked 2 or more: o1']);
  });

  it('reads naturally at the edges', () => {
    expect(lines([0], 4)).toEqual(['Whatever you ticked: o0']);
    expect(lines([9], 2)).toEqual(['Whatever you ticked: none']);
    expect(lines([0, 1], 1)).toEqual(['If you left it unticked: o0', 'If you ticked it: o1']);
    expect(lines([1], 1)).toEqual(['If you left it unticked: none', 'If you ticked it: o0']);
    expect(lines([0, 1, 5], 6)).toEqual([
      'If you ticked none: o0',
      'If you ticked 1 to 4: o1',
      'If you ticked 5 or more: o2',
    ]);
  });

  it('covers every count exactly once, with the outcome the island would pick', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 16 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 15 }),
        (thresholds, total) => {
          const list = outcomes(...thresholds);
          const ranges = outcomeRanges(list, total);
          const covered: (string | undefined)[] = [];
          if (ranges.none) for (let n = ranges.none.from; n <= ranges.none.to; n++) covered[n] = undefined;
          for (const range of ranges.shown)
            for (let n = range.from; n <= range.to; n++) covered[n] = range.outcome.key;
          expect(covered).toHaveLength(total + 1);
          for (let count = 0; count <= total; count++)
            expect(covered[count]).toBe(selectOutcome(list, count)?.key);
          const keys = ranges.shown.map((range) => range.outcome.key);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
    );
  });
});

describe('the running count', () => {
  it('says how many of how many are ticked', () => {
    expect(formatCount(count, 3, 5)).toBe('3 of 5 ticked');
    expect(formatCount(count, 0, 1)).toBe('0 of 1 ticked');
  });

  it('says it in Spanish on a Spanish page', () => {
    expect(formatCount(messagesFor('es').checklist.count, 3, 5)).toBe('3 de 5 marcadas');
  });
});

describe('the outcome list in Spanish', () => {
  it('describes each outcome by the counts it covers, as a Spanish reader would say it', () => {
    const spanish = messagesFor('es').checklist.ticks;
    expect(lines([0, 3, 5], 5, spanish)).toEqual([
      'Si marcaste entre 0 y 2: o0',
      'Si marcaste 3 o 4: o1',
      'Si marcaste las 5: o2',
    ]);
    expect(lines([1, 4], 5, spanish)).toEqual([
      'Si no marcaste ninguna: none',
      'Si marcaste entre 1 y 3: o0',
      'Si marcaste 4 o más: o1',
    ]);
    expect(lines([0], 3, spanish)).toEqual(['Marques lo que marques: o0']);
    expect(lines([1], 1, spanish)).toEqual(['Si la dejaste sin marcar: none', 'Si la marcaste: o0']);
  });
});
