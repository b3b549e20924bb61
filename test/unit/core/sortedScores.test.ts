import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAtOrBelow, countBelow, scoresWhere } from '../../../src/core/sortedScores';

describe('scoresWhere', () => {
  it('picks the scores of converted (or other) leads, sorted from low to high', () => {
    expect(Array.from(scoresWhere(Float64Array.of(3, 1, 2), Uint8Array.of(1, 0, 1), 1))).toEqual([2, 3]);
    expect(Array.from(scoresWhere([3, 1, 2, -4], [1, 0, 1, 0], 0))).toEqual([-4, 1]);
    expect(Array.from(scoresWhere([5, 6], [0, 0], 1))).toEqual([]);
  });
  it('sorts numerically, not as text: 10 after 9', () => {
    expect(Array.from(scoresWhere([10, 9, 100], [1, 1, 1], 1))).toEqual([9, 10, 100]);
  });
});

describe('countBelow and countAtOrBelow', () => {
  const sorted = Float64Array.of(1, 2, 2, 5);
  it('count the values below, and at or below, a value', () => {
    // Below 2: just 1. At or below 2: 1, 2, 2. Below 0: none. At or below 9: all four.
    expect(countBelow(sorted, 2)).toBe(1);
    expect(countAtOrBelow(sorted, 2)).toBe(3);
    expect([countBelow(sorted, 0), countAtOrBelow(sorted, 0)]).toEqual([0, 0]);
    expect([countBelow(sorted, 9), countAtOrBelow(sorted, 9)]).toEqual([4, 4]);
    expect([countBelow(sorted, 3), countAtOrBelow(sorted, 3)]).toEqual([3, 3]);
    expect([countBelow(new Float64Array(0), 1), countAtOrBelow(new Float64Array(0), 1)]).toEqual([0, 0]);
  });
  it('agree with counting one by one (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: -6, max: 6 }), (values, x) => {
        const ascending = Float64Array.from(values).sort();
        expect(countBelow(ascending, x)).toBe(values.filter((v) => v < x).length);
        expect(countAtOrBelow(ascending, x)).toBe(values.filter((v) => v <= x).length);
      }),
    );
  });
});
