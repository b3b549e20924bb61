import { describe, expect, it } from 'vitest';
import { differencePoints, oddsPoints, ratioPoints, roundPoints } from '../../../src/core/points';

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
