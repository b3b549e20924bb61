// FAST (Lou et al., "Accurate intelligible models with pairwise interactions", KDD 2013): ranks every pair of
// features by how much a small tree on the pair lowers the main-effects model's loss, from one 2-D histogram each.

import type { FeatureBins } from './featureBins';
import { type LeafLimits, pairSplit } from './termSplits';

export interface RankedPair {
  /** Indices into the features given. */
  first: number;
  second: number;
  /** The loss decrease of the pair's best tree on the residuals (larger: a stronger interaction). */
  gain: number;
}

/** Each lead's cell of a pair: `first bin × second's bin count + second bin`. */
export function pairCodes(first: FeatureBins, second: FeatureBins): Uint16Array {
  const columns = second.labels.length;
  const codes = new Uint16Array(first.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = first.codes[i] * columns + second.codes[i];
  return codes;
}

/**
 * Every pair of `features`, strongest interaction first, given each lead's gradient and hessian of the log-loss
 * under the main-effects model. Pairs whose tree cannot be grown within the limits are left out.
 * @example rankPairs(pairBins, gradient, hessian, { minLeads: 4, minHessian: 1e-4 })[0] // { first: 2, second: 5, gain: 31.4 }
 */
export function rankPairs(
  features: readonly FeatureBins[],
  gradient: Float64Array,
  hessian: Float64Array,
  limits: LeafLimits,
): RankedPair[] {
  const ranked: RankedPair[] = [];
  for (let a = 0; a < features.length; a++) {
    for (let b = a + 1; b < features.length; b++) {
      const cells = features[a].labels.length * features[b].labels.length;
      const gradients = new Float64Array(cells);
      const hessians = new Float64Array(cells);
      const leads = new Float64Array(cells);
      const columns = features[b].labels.length;
      const first = features[a].codes;
      const second = features[b].codes;
      for (let i = 0; i < gradient.length; i++) {
        const cell = first[i] * columns + second[i];
        gradients[cell] += gradient[i];
        hessians[cell] += hessian[i];
        leads[cell]++;
      }
      const split = pairSplit(
        { gradients, hessians, leads },
        [features[a].labels.length, columns],
        [features[a].orderedBins, features[b].orderedBins],
        limits,
      );
      if (split) ranked.push({ first: a, second: b, gain: split.gain });
    }
  }
  // Ties keep feature order, so the ranking is deterministic.
  return ranked.sort((x, y) => y.gain - x.gain || x.first - y.first || x.second - y.second);
}
