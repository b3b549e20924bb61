// Which model to trust: fit each kind on the older 70% of closed leads and compare them on the newest 30%, which
// none of them saw. AUC says how well scores separate buyers; lift at the top 20% says what sales gains by calling
// the best-scored fifth first; calibration says whether a predicted 30% means 30%.

import type { CellValue } from '../cellValue';
import { InputError } from '../inputError';
import { liftTable } from '../liftTable';
import { logit, pointsToLogOdds, sigmoid } from '../logOdds';
import { type ModelRule, parseModelTable } from '../modelTable';
import { scoreAuc } from '../scoreAuc';
import { scoreLeads } from '../scoreLeads';
import { suggestPoints } from '../suggestPoints';
import { minimumConversions, predictModel } from './predictModel';

export type ModelKind = 'current' | 'suggested' | 'logistic' | 'bayes';

export interface ModelResult {
  kind: ModelKind;
  /** On the held-out leads; NaN when they hold only one outcome. */
  auc: number;
  /** The close rate of the top 20% of held-out scores ÷ the held-out close rate. */
  liftTop20: number;
  /** The largest gap, over 5 bands, between mean predicted probability and real close rate; absent for hand rules. */
  calibrationGap?: number;
  /** The rules fitted on the older leads (absent for the current rules). */
  rules?: { attribute: string; value: string; points: number }[];
}

export interface HoldoutComparison {
  trainLeads: number;
  holdoutLeads: number;
  conversions: number;
  /** Set below 50 conversions: the comparison is shaky. */
  fewConversions: boolean;
  models: ModelResult[];
}

/** Conversions below which the comparison is shown with a warning. */
export const trustedConversions = 50;

function evaluate(scores: Float64Array, converted: Uint8Array, probabilities: boolean) {
  let auc = Number.NaN;
  let liftTop20 = Number.NaN;
  let calibrationGap: number | undefined;
  try {
    auc = scoreAuc(scores, converted);
    const bands = liftTable(scores, converted, 5);
    liftTop20 = bands[0].lift;
    if (probabilities) calibrationGap = Math.max(...bands.map((b) => Math.abs(b.meanScore - b.closeRate)));
  } catch {
    // One outcome only among the held-out leads: nothing to separate, reported as NaN.
  }
  return { auc, liftTop20, ...(calibrationGap === undefined ? {} : { calibrationGap }) };
}

function rulesOf(rows: readonly { attribute: string; value: string; points: number }[]): ModelRule[] {
  return parseModelTable([
    ['Attribute', 'Value', 'Points'],
    ...rows.map((r) => [r.attribute, r.value, r.points]),
  ]).rules;
}

/**
 * Compares the current rules with suggested, logistic and naive-Bayes points fitted on the oldest 70% of the leads
 * (`order` lists lead indices from oldest to newest). Refuses fewer than 10 conversions.
 */
export function compareOnHoldout(
  attributes: readonly { name: string; cells: readonly CellValue[] }[],
  converted: Uint8Array,
  order: readonly number[],
  currentRules: readonly ModelRule[],
): HoldoutComparison {
  let conversions = 0;
  for (const c of converted) conversions += c;
  if (conversions < minimumConversions) {
    throw new InputError(
      `Only ${conversions} leads converted: learning points needs at least ${minimumConversions} conversions (50 or more to trust the result). Keep the suggested or hand-set points for now.`,
    );
  }
  const split = Math.floor(order.length * 0.7);
  const pick = (indices: readonly number[]) => ({
    attributes: attributes.map((a) => ({ name: a.name, cells: indices.map((i) => a.cells[i]) })),
    converted: Uint8Array.from(indices, (i) => converted[i]),
  });
  const train = pick(order.slice(0, split));
  const test = pick(order.slice(split));
  const table = { names: test.attributes.map((a) => a.name), columns: test.attributes.map((a) => a.cells) };
  const totals = (rules: readonly ModelRule[]) => scoreLeads(table, rules).totals;

  const models: ModelResult[] = [];
  if (currentRules.length > 0) {
    models.push({ kind: 'current', ...evaluate(totals(currentRules), test.converted, false) });
  }
  const suggested = suggestPoints(train.attributes, train.converted);
  const suggestedRows = suggested.rows.filter((r) => r.points !== 0);
  const baseLogOdds = logit(suggested.overallRate);
  const suggestedProbability = Float64Array.from(totals(rulesOf(suggestedRows)), (points) =>
    sigmoid(baseLogOdds + pointsToLogOdds(points)),
  );
  models.push({
    kind: 'suggested',
    ...evaluate(suggestedProbability, test.converted, true),
    rules: suggestedRows.map(({ attribute, value, points }) => ({ attribute, value, points })),
  });
  for (const kind of ['logistic', 'bayes'] as const) {
    const model = predictModel(train.attributes, train.converted, { method: kind });
    const weights = totals(rulesOf(model.rules.map((r) => ({ ...r, points: r.weight }))));
    models.push({
      kind,
      ...evaluate(
        Float64Array.from(weights, (w) => sigmoid(model.intercept + w)),
        test.converted,
        true,
      ),
      rules: model.rules.map(({ attribute, value, points }) => ({ attribute, value, points })),
    });
  }
  return {
    trainLeads: split,
    holdoutLeads: order.length - split,
    conversions,
    fewConversions: conversions < trustedConversions,
    models,
  };
}
