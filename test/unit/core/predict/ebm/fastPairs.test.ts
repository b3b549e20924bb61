import { expect, it } from 'vitest';
import { featureBins } from '../../../../../src/core/predict/ebm/featureBins';
import { rankPairs } from '../../../../../src/core/predict/ebm/fastPairs';

it('rankPairs orders ties by feature order', () => {
  const bins = featureBins('A', ['x', 'y', 'x', 'y'], { maxBins: 2, minLeads: 1 });
  const ranked = rankPairs(
    [bins!, bins!, bins!],
    Float64Array.of(-1, 1, -1, 1),
    Float64Array.of(1, 1, 1, 1),
    {
      minLeads: 1,
      minHessian: 0,
    },
  );
  expect(ranked.map((p) => [p.first, p.second])).toEqual([
    [0, 1],
    [0, 2],
    [1, 2],
  ]);
});
