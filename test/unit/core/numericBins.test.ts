import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCriterion, matchesCriterion, parseCriterion } from '../../../src/core/criteria';
import { binCriteria, binOf, quantileCuts, quantileCutsOf } from '../../../src/core/numericBins';

describe('numeric bins', () => {
  it('cuts 1..10 into five bins of two', () => {
    const counts = new Array(10).fill(1);
    const cuts = quantileCuts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], counts, 5);
    expect(cuts).toEqual([3, 5, 7, 9]);
    expect(binCriteria(cuts).map(describeCriterion)).toEqual(['<3', '>=3 <5', '>=5 <7', '>=7 <9', '>=9']);
  });
  it('never splits ties: a value held by most leads gets a bin of its own, and the rest are still cut', () => {
    // 0 held by 8 leads, then 1, 2: the cuts at ranks 2, 4, 6 all fall on 0, so 1 and 2 are cut apart instead.
    expect(quantileCuts([0, 1, 2], [8, 1, 1], 5)).toEqual([1, 2]);
    expect(quantileCuts([5], [100], 5)).toEqual([]);
    // 900 leads at 0 clicks, 100 at 1 to 20: 0 alone, the clickers in four bins.
    const clicks = Array.from({ length: 21 }, (_, i) => i);
    expect(quantileCuts(clicks, [900, ...new Array<number>(20).fill(5)], 5)).toEqual([1, 6, 11, 16]);
    // A value in the middle: the numbers below and above it share the other bins by their leads.
    expect(quantileCuts([1, 2, 3, 4, 5, 6, 7], [10, 10, 10, 100, 10, 10, 10], 5)).toEqual([2, 4, 5, 6]);
  });
  it('puts a number in the bin whose criterion it meets', () => {
    const cuts = [10, 20, 40];
    expect([9.99, 10, 19, 20, 39, 40, 1e9].map((n) => binOf(cuts, n))).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
  it('bin criteria read back from text match exactly the leads of their bin (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })),
          {
            minLength: 1,
            maxLength: 200,
          },
        ),
        fc.integer({ min: 1, max: 6 }),
        (numbers, maxBins) => {
          const distinct = [...new Set(numbers.map((n) => (Object.is(n, -0) ? 0 : n)))].sort((a, b) => a - b);
          const counts = distinct.map((d) => numbers.filter((n) => n === d).length);
          const cuts = quantileCuts(distinct, counts, maxBins);
          const criteria = binCriteria(cuts).map((c) => parseCriterion(describeCriterion(c)));
          expect(criteria.length).toBeLessThanOrEqual(maxBins);
          for (const n of numbers) {
            const bin = binOf(cuts, n);
            criteria.forEach((criterion, i) => expect(matchesCriterion(criterion, n)).toBe(i === bin));
          }
          // No bin is empty.
          const used = new Set(numbers.map((n) => binOf(cuts, n)));
          expect(used.size).toBe(criteria.length);
        },
      ),
    );
  });
});

describe('quantileCutsOf', () => {
  it('finds the cuts of 1..10 in any order', () => {
    expect(quantileCutsOf(Float64Array.of(10, 1, 9, 2, 8, 3, 7, 4, 6, 5), 5)).toEqual([3, 5, 7, 9]);
  });
  it('gives the same cuts as sorting does, ties and all (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 7 }),
        (numbers, maxBins) => {
          const sorted = [...numbers].map((n) => (Object.is(n, -0) ? 0 : n)).sort((a, b) => a - b);
          const distinct = [...new Set(sorted)];
          const counts = distinct.map((d) => sorted.filter((n) => n === d).length);
          expect(quantileCutsOf(Float64Array.from(numbers), maxBins)).toEqual(
            quantileCuts(distinct, counts, maxBins),
          );
        },
      ),
    );
  });
});
