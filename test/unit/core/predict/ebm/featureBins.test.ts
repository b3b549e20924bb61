import { describe, expect, it } from 'vitest';
import { featureBins } from '../../../../../src/core/predict/ebm/featureBins';

describe('featureBins', () => {
  it('cuts numbers by quantiles, keeps empty cells apart and pools rare values into (other)', () => {
    const visits = [...Array.from({ length: 40 }, (_, i) => i + 1), '', ''];
    const numbers = featureBins('Visits', visits, { maxBins: 2, minLeads: 1 });
    expect(numbers?.labels).toEqual(['<21', '>=21', '(blank)']);
    expect(numbers?.orderedBins).toBe(2);
    expect(Array.from(numbers?.counts ?? [])).toEqual([20, 20, 2]);
    const values = featureBins('Source', ['Ads', 'Ads', 'Ads', 'Web', 'Web', 'Web', 'Fax', 'Mail', ''], {
      maxBins: 8,
      minLeads: 2,
    });
    expect(values?.labels).toEqual(['Ads', 'Web', '(blank)', '(other)']);
    expect(Array.from(values?.codes ?? [])).toEqual([0, 0, 0, 1, 1, 1, 3, 3, 2]);
  });
  it('keeps at most maxValues values, the most frequent', () => {
    const cells = ['a', 'a', 'a', 'b', 'b', 'c'];
    expect(featureBins('X', cells, { maxBins: 5, minLeads: 1, maxValues: 1 })?.labels).toEqual([
      'a',
      '(other)',
    ]);
  });
  it('leaves out a column that tells no lead apart', () => {
    expect(featureBins('X', ['a', 'a', 'a'], { maxBins: 5, minLeads: 1 })).toBeUndefined();
  });
});
