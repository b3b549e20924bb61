// An explainable boosting model as model-table rows: one per bin of each feature, one per cell of each pair, in
// log-odds and on the points scale (+10 points doubles the odds).

import { logOddsToPoints } from '../../logOdds';
import { joinPairText, singleRuleAttribute } from '../../pairRules';
import type { BoostedModel } from './explainableBoosting';

export interface BoostedRule {
  /** `Source`, or a pair `Contract & Tenure`. */
  attribute: string;
  /** A criterion `>=3 <7`, or a pair of them `Month-to-month & <6`. */
  value: string;
  points: number;
  weight: number;
  leads: number;
}

/**
 * The rows of a boosted model: each feature's bins in bin order, then each pair's cells (pairs strongest first).
 * Every bin is listed, with 0 points too, so that `(other)` keeps matching only the values the model pooled.
 * @example boostedRules(model, 10)[0] // { attribute: 'Source', value: 'Ads', points: -4, weight: -0.28, leads: 310 }
 */
export function boostedRules(model: BoostedModel, pointsToDouble = 10): BoostedRule[] {
  const rules: BoostedRule[] = [];
  const push = (attribute: string, value: string, weight: number, leads: number) =>
    rules.push({ attribute, value, weight, points: logOddsToPoints(weight, pointsToDouble), leads });
  for (const { bins, values, leads } of model.mains) {
    bins.labels.forEach((label, c) =>
      push(singleRuleAttribute(bins.attribute, label), label, values[c], leads[c]),
    );
  }
  for (const { bins, values, leads } of model.pairs) {
    const [first, second] = bins;
    const attribute = joinPairText(first.attribute, second.attribute);
    const columns = second.labels.length;
    first.labels.forEach((a, i) =>
      second.labels.forEach((b, j) => {
        const cell = i * columns + j;
        // A cell no lead fell in has no value to give.
        if (leads[cell] > 0) push(attribute, joinPairText(a, b), values[cell], leads[cell]);
      }),
    );
  }
  return rules;
}
