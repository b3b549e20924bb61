import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logit, logOddsToPoints, pointsToLogOdds, sigmoid } from '../../../src/core/logOdds';

describe('logit and sigmoid', () => {
  it('give 0 for even odds and ln 3 for 3 to 1', () => {
    // 0.75 ÷ 0.25 = 3, so the log-odds are ln 3 = 1.0986…; back again, 1 ÷ (1 + 1/3) = 0.75.
    expect(logit(0.5)).toBe(0);
    expect(logit(0.75)).toBeCloseTo(Math.log(3), 15);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(Math.log(3))).toBeCloseTo(0.75, 15);
    expect(sigmoid(-Math.log(3))).toBeCloseTo(0.25, 15);
  });
  it('sigmoid stays finite and within [0, 1] for log-odds far from 0', () => {
    // 1 ÷ (1 + e^800) would overflow e^800 to Infinity on one side; the other form keeps it exact.
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(-40)).toBeCloseTo(Math.exp(-40), 30);
  });
  it('are inverses: sigmoid(logit(p)) is p (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(Math.abs(sigmoid(logit(p)) - p)).toBeLessThan(1e-12);
      }),
    );
  });
});

describe('points and log-odds', () => {
  it('turns weights into points: +10 points doubles the odds', () => {
    expect(logOddsToPoints(Math.LN2, 10)).toBe(10);
    expect(logOddsToPoints(-Math.LN2 / 2, 10)).toBe(-5);
    expect(logOddsToPoints(Math.LN2, 20)).toBe(20);
  });
  it('rounds halves away from zero and never gives −0', () => {
    // 0.25 ln 2 is 2.5 points on the default scale: 3, and −2.5 is −3; a tiny negative weight is 0, not −0.
    expect(logOddsToPoints(0.25 * Math.LN2)).toBe(3);
    expect(logOddsToPoints(-0.25 * Math.LN2)).toBe(-3);
    expect(Object.is(logOddsToPoints(-1e-9), 0)).toBe(true);
  });
  it('pointsToLogOdds is ln 2 for each doubling of the odds', () => {
    expect(pointsToLogOdds(10)).toBe(Math.LN2);
    expect(pointsToLogOdds(-20)).toBe(-2 * Math.LN2);
    expect(pointsToLogOdds(5, 5)).toBe(Math.LN2);
    expect(logOddsToPoints(pointsToLogOdds(37))).toBe(37);
  });
});
