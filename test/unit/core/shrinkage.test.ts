import { describe, expect, it } from 'vitest';
import { minimumPriorStrength, priorStrength, shrunkRate } from '../../../src/core/shrinkage';

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
