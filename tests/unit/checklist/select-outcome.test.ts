import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectOutcome, selectOutcomeIndex } from '../../../src/lib/checklist/select-outcome.ts';

const outcomes = (...thresholds: number[]) =>
  thresholds.map((minChecked, index) => ({ key: `o${index}`, minChecked }));

/** The rule in docs/content-model.md (fitChecklist), spelled out as plainly as possible, to compare the real function against. */
function reference(thresholds: number[], count: number): number {
  const eligible = thresholds.filter((min) => min <= count);
  if (eligible.length === 0) return -1;
  return thresholds.indexOf(Math.max(...eligible));
}

describe('which outcome a reader sees', () => {
  it('shows the outcome with the highest threshold not above the count, for every count from 0 to all', () => {
    const list = outcomes(0, 3, 5);
    const shown = [0, 1, 2, 3, 4, 5].map((count) => selectOutcome(list, count)?.key);
    expect(shown).toEqual(['o0', 'o0', 'o0', 'o1', 'o1', 'o2']);
  });

  it('does not depend on the order the author listed the outcomes in', () => {
    const list = outcomes(5, 0, 3);
    const shown = [0, 1, 2, 3, 4, 5].map((count) => selectOutcome(list, count)?.key);
    expect(shown).toEqual(['o1', 'o1', 'o1', 'o2', 'o2', 'o0']);
  });

  it('shows nothing below the lowest threshold when no outcome starts at zero', () => {
    const list = outcomes(4, 2);
    const shown = [0, 1, 2, 3, 4, 5].map((count) => selectOutcome(list, count)?.key);
    expect(shown).toEqual([undefined, undefined, 'o1', 'o1', 'o0', 'o0']);
    expect(selectOutcomeIndex([4, 2], 1)).toBe(-1);
  });

  it('lets the first of two outcomes with the same threshold win, wherever they sit', () => {
    expect(selectOutcome(outcomes(2, 0, 2), 3)?.key).toBe('o0');
    expect(selectOutcome(outcomes(0, 2, 1, 2), 2)?.key).toBe('o1');
    expect(selectOutcome(outcomes(1, 1), 1)?.key).toBe('o0');
    expect(selectOutcome(outcomes(1, 1), 0)).toBeUndefined();
  });

  it('keeps showing the top outcome when more are ticked than any threshold', () => {
    expect(selectOutcome(outcomes(0, 2), 15)?.key).toBe('o1');
  });

  it('ignores outcomes whose threshold is above the number of items', () => {
    const list = outcomes(0, 9);
    expect([0, 1, 2, 3].map((count) => selectOutcome(list, count)?.key)).toEqual(['o0', 'o0', 'o0', 'o0']);
  });

  it('shows nothing when there are no outcomes at all', () => {
    expect(selectOutcome<{ minChecked: number }>([], 3)).toBeUndefined();
    expect(selectOutcomeIndex([], 0)).toBe(-1);
  });

  it('agrees with the documented rule for any outcomes and any count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 16 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 16 }),
        (thresholds, count) => {
          expect(selectOutcomeIndex(thresholds, count)).toBe(reference(thresholds, count));
        },
      ),
    );
  });
});
