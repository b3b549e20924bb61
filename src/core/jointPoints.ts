// Points fitted jointly (L2 logistic regression over every attribute at once) and scaled to a 0–100 score, so a fact
// repeated in several columns shares one weight instead of earning its points once per column.

import type { CellValue } from './cellValue';
import { InputError } from './inputError';
import { otherValue } from './modelTable';
import { designMatrix } from './predict/designMatrix';
import { fitLogistic } from './predict/logisticRegression';
import { minimumConversions } from './predict/predictModel';
import { type SuggestedPoints, suggestPoints } from './suggestPoints';
import { wilsonInterval } from './wilson';

/** The most points a lead can score: the strongest value of every attribute. */
export const maxScore = 100;

export interface JointPoints {
  /** One row per value of each attribute (input order), most points first, with its close-rate evidence. */
  rows: SuggestedPoints[];
  /** Attributes left out because they hold dates. */
  skipped: string[];
  overallRate: number;
  /** How much one point adds to the log-odds of converting: every 10 points multiply the odds by e^(10 × this). */
  logOddsPerPoint: number;
  /** The log-odds of converting at score 0 (the weakest value of every attribute), by the fitted model. */
  logOddsAtZero: number;
}

/**
 * Shares `total` among non-negative `sizes` in whole numbers that add up to `total` (largest remainder).
 * @example shareOut([1, 1, 1], 100) // [34, 33, 33]
 */
export function shareOut(sizes: readonly number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return sizes.map(() => 0);
  const exact = sizes.map((s) => (s / sum) * total);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((_, i) => i).sort((a, b) => exact[b] - whole[b] - (exact[a] - whole[a]) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    whole[i]++;
    left--;
  }
  return whole;
}

/**
 * Fits one L2 logistic regression (scikit-learn's `LogisticRegression(C=1)` objective) on every attribute at once
 * and turns its weights into points: within an attribute, its weakest value gets 0 and its strongest the attribute's
 * share of 100, in proportion to the weights; the shares follow each attribute's weight range. A lead's score is
 * then a straight-line function of the model's log-odds, 0 to 100, and ranks leads as the model does. Values seen
 * in fewer than `minLeads` leads, and values the history never saw, are scored by the `(other)` row: the fitted
 * weight of the rare values, or the neutral weight 0 when there were none.
 * @example jointPoints([{ name: 'Source', cells }], converted).rows // [{ value: 'Webinar', points: 100, ... }, ...]
 */
export function jointPoints(
  attributes: readonly { name: string; cells: readonly CellValue[] }[],
  converted: Uint8Array,
  options: { minLeads?: number; maxBins?: number } = {},
): JointPoints {
  const { minLeads = 10, maxBins = 5 } = options;
  const evidence = suggestPoints(attributes, converted, { method: 'odds', minLeads, maxBins });
  const leadCount = converted.length;
  let conversions = 0;
  for (const c of converted) conversions += c;
  const smaller = Math.min(conversions, leadCount - conversions);
  if (smaller < minimumConversions) {
    throw new InputError(
      `Only ${smaller} leads ${smaller === conversions ? 'converted' : 'did not convert'}: joint points need at least ${minimumConversions} of each. Use the "odds" method until there is more history.`,
    );
  }
  const design = designMatrix(attributes, { minLeads, maxBins });
  if (design.features.length === 0) {
    throw new InputError(
      'No attribute tells leads apart: each holds dates or a single value. Give columns that describe the leads.',
    );
  }
  const fit = fitLogistic(design, converted);

  // Per attribute: its features' weights, with the neutral 0 for values never seen when no (other) was fitted.
  const names = [...new Set(design.features.map((f) => f.attribute))];
  const groups = names.map((name) => {
    const features = design.features.flatMap((f, k) => (f.attribute === name ? [k] : []));
    const weights = features.map((k) => fit.weights[k]);
    const hasOther = features.some((k) => design.features[k].value === otherValue);
    const all = hasOther ? weights : [...weights, 0];
    return { name, features, hasOther, low: Math.min(...all), high: Math.max(...all) };
  });
  const shares = shareOut(
    groups.map((g) => g.high - g.low),
    maxScore,
  );
  const range = groups.reduce((sum, g) => sum + (g.high - g.low), 0);
  const pointsOf = (g: (typeof groups)[number], share: number, weight: number) =>
    g.high > g.low ? Math.round((share * (weight - g.low)) / (g.high - g.low)) : 0;

  const rows: SuggestedPoints[] = [];
  const overallRate = evidence.overallRate;
  groups.forEach((g, a) => {
    const known = evidence.rows.filter((r) => r.attribute === g.name);
    const attributeRows: SuggestedPoints[] = g.features.map((k) => {
      const feature = design.features[k];
      const points = pointsOf(g, shares[a], fit.weights[k]);
      const own = known.find((r) => r.value === feature.value);
      if (own) return { ...own, points };
      // (other): the evidence of the rare values it folds together.
      const rare = known.filter((r) => r.leads < minLeads);
      return evidenceRow(g.name, otherValue, points, rare, overallRate);
    });
    if (!g.hasOther)
      attributeRows.push(evidenceRow(g.name, otherValue, pointsOf(g, shares[a], 0), [], overallRate));
    attributeRows.sort((x, y) => y.points - x.points || y.closeRate - x.closeRate || y.leads - x.leads);
    rows.push(...attributeRows);
  });
  // Attributes with a single value earn nothing, but their evidence is still shown.
  for (const name of design.skipped)
    rows.push(...evidence.rows.filter((r) => r.attribute === name).map((r) => ({ ...r, points: 0 })));
  const logOddsPerPoint = range > 0 ? range / maxScore : 0;
  const logOddsAtZero = fit.intercept + groups.reduce((sum, g) => sum + g.low, 0);
  return {
    rows,
    skipped: evidence.skipped,
    overallRate,
    logOddsPerPoint,
    logOddsAtZero,
  };
}

/** A row for values pooled together: their leads, conversions, close rate and interval. */
function evidenceRow(
  attribute: string,
  value: string,
  points: number,
  pooled: readonly SuggestedPoints[],
  overallRate: number,
): SuggestedPoints {
  const leads = pooled.reduce((n, r) => n + r.leads, 0);
  const conversions = pooled.reduce((n, r) => n + r.conversions, 0);
  const closeRate = leads > 0 ? conversions / leads : 0;
  const { low, high } = leads > 0 ? wilsonInterval(conversions, leads) : { low: 0, high: 1 };
  return {
    attribute,
    value,
    points,
    leads,
    conversions,
    closeRate,
    lift: overallRate > 0 ? closeRate / overallRate : Number.NaN,
    low,
    high,
  };
}
