import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAuc } from '../../../src/core/scoreAuc';
/** AUC by its definition: every converted × non-converted pair, ties worth half. */
function pairwiseAuc(scores: number[], converted: number[]): number {
  let sum = 0;
  let pairs = 0;
  scores.forEach((s, i) =>
    scores.forEach((t, j) => {
      if (converted[i] === 1 && converted[j] === 0) {
        pairs++;
        sum += s > t ? 1 : s === t ? 0.5 : 0;
      }
    }),
  );
  return sum / pairs;
}

describe('scoreAuc', () => {
  it('counts the pairs a converted lead wins, ties as half', () => {
    // Converted 9 and 7 against 7 and 2: 9 beats both (2), 7 ties 7 (0.5) and beats 2 (1): 3.5 of 4 pairs.
    expect(scoreAuc(Float64Array.of(9, 7, 7, 2), Uint8Array.of(1, 1, 0, 0))).toBe(0.875);
  });
  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 when every score ties', () => {
    expect(scoreAuc([3, 2, 1], [1, 0, 0])).toBe(1);
    expect(scoreAuc([1, 2, 3], [1, 0, 0])).toBe(0);
    expect(scoreAuc([5, 5, 5, 5], [1, 0, 1, 0])).toBe(0.5);
  });
  it('needs both conversions and non-conversions', () => {
    expect(() => scoreAuc([1, 2], [0, 0])).toThrow(
      'No lead converted, so there is nothing to separate: AUC needs conversions.',
    );
    expect(() => scoreAuc([1, 2], [1, 1])).toThrow(
      'Every lead converted, so there is nothing to separate: AUC needs leads that did not convert.',
    );
  });
  it('equals the pairwise definition on generated scores with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 1 })), {
          minLength: 2,
          maxLength: 60,
        }),
        (leads) => {
          const scores = leads.map(([s]) => s);
          const converted = leads.map(([, c]) => c);
          fc.pre(converted.includes(0) && converted.includes(1));
          expect(scoreAuc(scores, converted)).toBeCloseTo(pairwiseAuc(scores, converted), 12);
        },
      ),
    );
  });
});
