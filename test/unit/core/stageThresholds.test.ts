// Stage thresholds from the scores: shares, sales capacity, grade-safe lowest cut, the histogram.

import { describe, expect, it } from 'vitest';
import {
  capacityThreshold,
  gradeSafeThresholds,
  scoreHistogram,
  shareThresholds,
  weeklyArrivals,
  withTopThreshold,
} from '../../../src/core/stageThresholds';

describe('stage thresholds', () => {
  it('shareThresholds puts half the leads below the first cut and a fifth at or above the last', () => {
    expect(shareThresholds([0, 10, 20, 30, 40, 50, 60, 70, 80, 90])).toEqual([50, 80]);
    expect(shareThresholds([90, 80, 70, 60, 50, 40, 30, 20, 10, 0])).toEqual([50, 80]);
    expect(shareThresholds([])).toBeUndefined();
  });

  it('shareThresholds stays ascending when every lead has the same score', () => {
    expect(shareThresholds([7, 7, 7, 7])).toEqual([7, 7.1]);
  });

  it('capacityThreshold lets in at most the leads sales can take, raising the cut past a tie', () => {
    expect(capacityThreshold([5, 9, 9, 7, 3], 2)).toBe(9);
    expect(capacityThreshold([5, 9, 8, 8, 3], 2)).toBe(9);
    expect(capacityThreshold([5, 9, 8, 8, 3], 3)).toBe(8);
    expect(capacityThreshold([5, 9, 8], 10)).toBe(5);
  });

  it('weeklyArrivals counts the leads over the weeks their dates span', () => {
    const day = 86_400_000;
    expect(weeklyArrivals([0, 7 * day, 13 * day])).toBeCloseTo(1.5);
    expect(weeklyArrivals([0, 0, day])).toBe(3);
    expect(weeklyArrivals([])).toBeUndefined();
  });

  it('gradeSafeThresholds lowers the first cut to the lowest A1 score, never raises it', () => {
    expect(gradeSafeThresholds([40, 70], [35, 80])).toEqual([35, 70]);
    expect(gradeSafeThresholds([40, 70], [45.67])).toEqual([40, 70]);
    expect(gradeSafeThresholds([40, 70], [])).toEqual([40, 70]);
    expect(gradeSafeThresholds([40, 70], [12.37])).toEqual([12.3, 70]);
  });

  it('withTopThreshold keeps the thresholds ascending', () => {
    expect(withTopThreshold([40, 70], 35)).toEqual([34.9, 35]);
    expect(withTopThreshold([40, 70], 80)).toEqual([40, 80]);
  });

  it('scoreHistogram counts scores per 5-point bin from 0 to 100, wider for scores outside', () => {
    const { from, width, counts } = scoreHistogram([0, 4.9, 5, 99, 100]);
    expect([from, width, counts.length]).toEqual([0, 5, 20]);
    expect([counts[0], counts[1], counts[19]]).toEqual([2, 1, 2]);
    expect(scoreHistogram([-20, 130], 3)).toEqual({ from: -20, width: 50, counts: [1, 0, 1] });
  });
});
