// Naive Bayes over attribute values, written as log-odds weights: each value's evidence is how much its close
// rate moves the odds from the overall rate. Small samples are shrunk toward the overall rate (the empirical-Bayes
// prior strength of =SUGGESTPOINTS), so a value seen in 3 leads, all converted, does not claim certainty.

import { logit } from '../logOdds';
import { minimumPriorStrength, priorStrength, shrunkRate } from '../shrinkage';
import type { DesignMatrix } from './designMatrix';

export interface BayesFit {
  intercept: number;
  weights: Float64Array;
}

/**
 * The weights: for each value, logit(shrunk close rate) − logit(overall rate); the intercept is logit(overall
 * rate). Summing a lead's weights onto the intercept is naive Bayes' posterior log-odds, since
 * P(value | converted) ÷ P(value | not) = the value's odds ÷ the overall odds.
 */
export function fitNaiveBayes(design: DesignMatrix, converted: Uint8Array): BayesFit {
  const { features, active, width, leadCount } = design;
  const leads = new Float64Array(features.length);
  const conversions = new Float64Array(features.length);
  let total = 0;
  for (let i = 0; i < leadCount; i++) {
    total += converted[i];
    for (let a = 0; a < width; a++) {
      const f = active[i * width + a];
      leads[f]++;
      conversions[f] += converted[i];
    }
  }
  const overall = total / leadCount;
  const weights = new Float64Array(features.length);
  // Features of one attribute are contiguous: the prior strength is estimated per attribute.
  let start = 0;
  while (start < features.length) {
    let end = start;
    while (end < features.length && features[end].attribute === features[start].attribute) end++;
    const strength = Math.max(
      priorStrength(leads.subarray(start, end), conversions.subarray(start, end)),
      minimumPriorStrength,
    );
    for (let f = start; f < end; f++) {
      weights[f] = Number.isFinite(strength)
        ? logit(shrunkRate(conversions[f], leads[f], overall, strength)) - logit(overall)
        : 0;
    }
    start = end;
  }
  return { intercept: logit(overall), weights };
}
