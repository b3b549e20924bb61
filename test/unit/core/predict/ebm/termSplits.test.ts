import { describe, expect, it } from 'vitest';
import { mainSplit, pairSplit } from '../../../../../src/core/predict/ebm/termSplits';

describe('termSplits', () => {
  const limits = { minLeads: 1, minHessian: 0 };
  it('cuts values in gradient order, so the one cut groups the values that push alike', () => {
    // Values 0 and 2 push the log-odds up (negative gradient), 1 and 3 down.
    const histogram = {
      gradients: Float64Array.of(-5, 4, -6, 5),
      hessians: Float64Array.of(10, 10, 10, 10),
      leads: Float64Array.of(40, 40, 40, 40),
    };
    expect(Array.from(mainSplit(histogram, 0, limits)?.leafOf ?? [])).toEqual([0, 1, 0, 1]);
  });
  it('cuts number ranges in order only, with the blank bin on either side', () => {
    const histogram = {
      gradients: Float64Array.of(-5, -4, 6, 5),
      hessians: Float64Array.of(10, 10, 10, 10),
      leads: Float64Array.of(40, 40, 40, 40),
    };
    // Ranges 0, 1, 2 are cut in order, and the blank bin (3) joins the side it pushes with.
    expect(Array.from(mainSplit(histogram, 3, limits)?.leafOf ?? [])).toEqual([0, 0, 1, 1]);
    // A range that pushes like the blank bin is not pulled out of order to join it.
    histogram.gradients = Float64Array.of(6, -5, 6, 6);
    const leafOf = Array.from(mainSplit(histogram, 3, limits)?.leafOf ?? []);
    expect(leafOf[0] === leafOf[2] && leafOf[1] !== leafOf[0]).toBe(false);
  });
  it('grows a pair tree that finds a cell the two features only explain together', () => {
    // Cells a × 2 + b: only a = 1 with b = 1 pushes.
    const histogram = {
      gradients: Float64Array.of(1, 1, 1, -9),
      hessians: Float64Array.of(10, 10, 10, 10),
      leads: Float64Array.of(50, 50, 50, 50),
    };
    const split = pairSplit(histogram, [2, 2], [2, 2], limits);
    const leafOf = Array.from(split?.leafOf ?? []);
    expect(leafOf[3]).not.toBe(leafOf[0]);
    expect(leafOf[3]).not.toBe(leafOf[1]);
    expect(leafOf[3]).not.toBe(leafOf[2]);
  });
});
