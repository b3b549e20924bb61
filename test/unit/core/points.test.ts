import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCriterion, matchesCriterion } from '../../../src/core/criteria';
import { binCriteria, binOf, quantileCuts, quantileCutsOf } from '../../../src/core/numericBins';
import { differencePoints, oddsPoints, ratioPoints, roundPoints } from '../../../src/core/points';
import { minimumPriorStrength, priorStrength, shrunkRate } from '../../../src/core/shrinkage';
import { wilsonInterval } from '../../../src/core/wilson';
import { describeCriterion } from '../../../src/core/criteria';

describe('wilsonInterval', () => {
  it('gives [0.2366, 0.7634] for 5 conversions in 10 leads', () => {
    const { low, high } = wilsonInterval(5, 10);
    expect(low).toBeCloseTo(0.236593, 6);
    expect(high).toBeCloseTo(0.763407, 6);
  });
  it('starts at exactly 0 for 0 conversions and reaches 0.2775 for 10 leads', () => {
    const { low, high } = wilsonInterval(0, 10);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.277533, 6);
  });
  it('ends at exactly 1 for 100% conversions', () => {
    const { low, high } = wilsonInterval(10, 10);
    expect(low).toBeCloseTo(0.722467, 6);
    expect(high).toBe(1);
  });
  it('is wide for a single lead: 1 of 1 gives [0.2065, 1]', () => {
    const { low, high } = wilsonInterval(1, 1);
    expect(low).toBeCloseTo(0.206549, 6);
    expect(high).toBe(1);
  });
  it('is [0, 1] with no leads', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
  it('always holds the close rate and narrows with more leads (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const c = Math.round(share * n);
          const { low, high } = wilsonInterval(c, n);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(c / n + 1e-12);
          expect(high).toBeGreaterThanOrEqual(c / n - 1e-12);
          const wider = wilsonInterval(c, n);
          const narrower = wilsonInterval(4 * c, 4 * n);
          expect(narrower.high - narrower.low).toBeLessThan(wider.high - wider.low);
        },
      ),
    );
  });
});

describe('priorStrength (method of moments)', () => {
  it('is 7.61 leads for 10/100 against 30/100', () => {
    // m = 0.2, S = 2, N − Σn²/N − (k − 1) = 99, τ² = (2 − 0.16)/99, s = 0.16/τ² − 1 = 7.6087
    expect(priorStrength([100, 100], [10, 30])).toBeCloseTo(0.16 / (1.84 / 99) - 1, 10);
    expect(priorStrength([100, 100], [10, 30])).toBeCloseTo(7.6087, 4);
  });
  it('is infinite when close rates differ no more than chance', () => {
    expect(priorStrength([100, 100], [10, 11])).toBe(Infinity);
    expect(priorStrength([100, 100], [10, 10])).toBe(Infinity);
  });
  it('is infinite with one value only, or when every lead or no lead converted', () => {
    expect(priorStrength([50], [10])).toBe(Infinity);
    expect(priorStrength([50, 20, 0], [10, 4, 0])).toBe(Infinity);
    expect(priorStrength([10, 10], [0, 0])).toBe(Infinity);
    expect(priorStrength([10, 10], [10, 10])).toBe(Infinity);
  });
  it('never goes below 2 leads, even when values split perfectly', () => {
    expect(priorStrength([100, 100], [0, 100])).toBe(minimumPriorStrength);
  });
});

describe('shrunkRate', () => {
  it('blends the close rate with strength leads at the overall rate', () => {
    expect(shrunkRate(0, 2, 0.5, 2)).toBe(0.25);
    expect(shrunkRate(10, 100, 0.2, 7.6087)).toBeCloseTo(11.52174 / 107.6087, 6);
  });
  it('gives the overall rate for an infinite strength and the close rate for strength 0', () => {
    expect(shrunkRate(3, 4, 0.1, Infinity)).toBe(0.1);
    expect(shrunkRate(3, 4, 0.1, 0)).toBe(0.75);
  });
});

describe('points', () => {
  it('odds: +10 points doubles the odds, −10 halves them', () => {
    expect(oddsPoints(0.5, 0.2)).toBe(20); // odds 1 against 0.25: 4 times, 2 doublings
    expect(oddsPoints(0.2, 0.1)).toBe(12); // 0.25 / 0.111… = 2.25, log2 = 1.17
    expect(oddsPoints(0.1, 0.2)).toBe(-12);
    expect(oddsPoints(0.2, 0.2)).toBe(0);
    expect(oddsPoints(0.2, 1 / 3)).toBe(-10); // odds 0.25 against 0.5
  });
  it('odds: 0 points when the overall rate is 0% or 100%', () => {
    expect(oddsPoints(0, 0)).toBe(0);
    expect(oddsPoints(1, 1)).toBe(0);
  });
  it('ratio: 15% against 1% overall gives 15 points', () => {
    expect(ratioPoints(0.15, 0.01)).toBe(15);
    expect(ratioPoints(0, 0.01)).toBe(0);
    expect(ratioPoints(0, 0)).toBe(0);
  });
  it('difference: 25% against 10% gives +15, 3% gives −7', () => {
    expect(differencePoints(0.25, 0.1)).toBe(15);
    expect(differencePoints(0.03, 0.1)).toBe(-7);
    expect(differencePoints(0.145, 0.1)).toBe(5);
  });
  it('rounds halves away from zero', () => {
    expect(roundPoints(2.5)).toBe(3);
    expect(roundPoints(-2.5)).toBe(-3);
    expect(roundPoints(-0.4)).toBe(-0);
  });
});

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
