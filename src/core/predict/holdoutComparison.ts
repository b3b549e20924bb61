// Which model to trust: fit each kind on the older 70% of closed leads and compare them on the newest 30%, which
// none of them saw. AUC says how well scores separate buyers; lift at the top 20% says what sales gains by calling
// the best-scored fifth first; calibration says whether a predicted 30% means 30%.

import type { CellValue } from '../cellValue';
import { InputError } from '../inputError';
import { liftTable } from '../liftTable';
import { sigmoid } from '../logOdds';
import { baseAttribute, type ModelRule, parseModelTable } from '../modelTable';
import { scoreAuc } from '../scoreAuc';
import { scoreLeads } from '../scoreLeads';
import type { BoostedOptions } from './ebm/explainableBoosting';
import { minimumConversions, predictModel } from './predictModel';
import { quantity } from '../plural';

/** The models compared, simplest first: a tie goes to the one listed first. */
export type ModelKind = 'current' | 'suggested' | 'logistic' | 'bayes' | 'boosted';

/**
 * How the comparison bounds the boosted fit, so that one sidebar call (6 minutes in Apps Script, which runs slower
 * than Node) fits every model: 4 bags instead of =PREDICTMODEL's 8, and at most `maxCells` leads × attributes, the
 * newest of the older leads when there are more (1,000,000 cells: 50,000 leads of 20 attributes).
 */
export const comparisonBoosting = { bags: 4, maxCells: 1_000_000 } as const;

/** A rule as the comparison hands it back: what the model tab's row would hold. */
export interface PointsRow {
  attribute: string;
  value: string;
  points: number;
}

/** Columns of leads, one cell per lead, named by their headers. */
export type AttributeColumns = readonly { name: string; cells: readonly CellValue[] }[];

/** The points the sidebar suggests for some leads (only the values that earn points), by its chosen method. */
export type Suggester = (attributes: AttributeColumns, converted: Uint8Array) => PointsRow[];

export interface ModelResult {
  kind: ModelKind;
  /** On the held-out leads; NaN when they hold only one outcome. */
  auc: number;
  /** The close rate of the top 20% of held-out scores ÷ the held-out close rate. */
  liftTop20: number;
  /** The largest gap, over 5 bands, between mean predicted probability and real close rate; for probabilities only. */
  calibrationGap?: number;
  /** The rules fitted on the older leads (absent for the current rules). */
  rules?: PointsRow[];
  /**
   * For the current rules: attributes whose points are the suggestion's were refitted on the older leads before
   * being measured (`refitted`); attributes whose points were changed by hand were measured as they are (`asSet`).
   */
  refitted?: string[];
  asSet?: string[];
  /** For the boosted model: how many of the older leads it was fitted on (the newest of them), with how many bags. */
  fitted?: { leads: number; bags: number };
}

/** Which model ranked the held-out leads best, and by how much. */
export interface Verdict {
  best: ModelKind;
  /** The next best model by AUC. */
  runnerUp: ModelKind;
  /** best's AUC − runnerUp's. */
  aucMargin: number;
  /** Under `tieMargin` apart: the two do equally well, and the simpler (yours, then suggested) is kept. */
  tie: boolean;
  /** best's AUC − yours, when your rules were measured and are not the best. */
  overYours?: number;
}

export interface HoldoutComparison {
  trainLeads: number;
  holdoutLeads: number;
  conversions: number;
  /** Set below 50 conversions: the comparison is shaky. */
  fewConversions: boolean;
  models: ModelResult[];
  /** Absent when no model could be measured (the held-out leads hold one outcome only). */
  verdict?: Verdict;
}

/** Conversions below which the comparison is shown with a warning. */
export const trustedConversions = 50;

/** AUCs closer than this are a tie: on a few thousand held-out leads, a smaller gap is mostly noise. */
export const tieMargin = 0.01;

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

function rulesOf(rows: readonly PointsRow[]): ModelRule[] {
  return parseModelTable([
    ['Attribute', 'Value', 'Points'],
    ...rows.map((r) => [r.attribute, r.value, r.points]),
  ]).rules;
}

/** Rows grouped by attribute, ignoring case and surrounding spaces, in the order the attributes first appear. */
function byAttribute(rows: readonly PointsRow[]): Map<string, PointsRow[]> {
  const groups = new Map<string, PointsRow[]>();
  for (const row of rows) {
    const name = row.attribute.trim().toLowerCase();
    const group = groups.get(name);
    if (group) group.push(row);
    else groups.set(name, [row]);
  }
  return groups;
}

/** A rule's value and points as one key: the same value (any case or spacing) with the same points. */
const ruleKey = (row: PointsRow) => `${row.value.trim().toLowerCase()}\n${row.points}`;

/**
 * Your rules as they would be had they been fitted without the held-out leads. An attribute whose rules are exactly
 * the suggestion on every lead was fitted on the held-out leads too: its rules become the suggestion on the older
 * leads. An attribute whose points you changed, added or removed keeps them: they were set, not fitted. Rules are
 * looked up by key, so an attribute of thousands of values costs time in proportion to them.
 */
export function yoursWithoutHoldout(
  current: readonly PointsRow[],
  suggestedOnAll: readonly PointsRow[],
  suggestedOnTrain: readonly PointsRow[],
): { rules: PointsRow[]; refitted: string[]; asSet: string[] } {
  const suggestedAll = byAttribute(suggestedOnAll);
  const suggestedTrain = byAttribute(suggestedOnTrain);
  const refitted: string[] = [];
  const asSet: string[] = [];
  const rules: PointsRow[] = [];
  for (const [attribute, yours] of byAttribute(current)) {
    const suggested = suggestedAll.get(attribute) ?? [];
    const suggestedKeys = new Set(suggested.map(ruleKey));
    const fitted =
      attribute !== baseAttribute.trim().toLowerCase() &&
      yours.length === suggested.length &&
      yours.every((r) => suggestedKeys.has(ruleKey(r)));
    if (fitted) {
      refitted.push(yours[0].attribute);
      rules.push(...(suggestedTrain.get(attribute) ?? []));
    } else {
      asSet.push(yours[0].attribute);
      rules.push(...yours);
    }
  }
  return { rules, refitted, asSet };
}

/** The best model by held-out AUC; ties go to the simplest (yours, then suggested, logistic, naive Bayes, boosted). */
export function verdictOf(models: readonly ModelResult[]): Verdict | undefined {
  const measured = models.filter((m) => Number.isFinite(m.auc));
  if (measured.length < 2) return undefined;
  const ranked = [...measured].sort((a, b) => b.auc - a.auc);
  let best = ranked[0];
  // Among models within the tie margin of the top, the one listed first (the simplest) is the one to keep.
  const tied = measured.filter((m) => best.auc - m.auc < tieMargin);
  best = tied[0];
  const runnerUp = ranked.find((m) => m !== best)!;
  const aucMargin = best.auc - runnerUp.auc;
  const yours = measured.find((m) => m.kind === 'current');
  return {
    best: best.kind,
    runnerUp: runnerUp.kind,
    aucMargin,
    tie: Math.abs(aucMargin) < tieMargin,
    ...(yours && yours !== best ? { overYours: best.auc - yours.auc } : {}),
  };
}

/** How many of the training leads the boosted fit takes: all of them, or the newest `maxCells` ÷ attributes. */
export function boostedLeadCount(
  trainLeads: number,
  attributes: number,
  maxCells: number = comparisonBoosting.maxCells,
): number {
  return Math.min(trainLeads, Math.floor(maxCells / Math.max(1, attributes)));
}

/**
 * Compares the current rules with suggested, logistic, naive-Bayes and boosted points, every one fitted on the
 * oldest 70% of the leads (`order` lists lead indices from oldest to newest) and measured on the newest 30%.
 * `suggest` is the sidebar's own suggestion, so "yours" can be refitted the way it was made. The boosted fit is
 * bounded by `bounds`. Refuses fewer than 10 conversions.
 */
export function compareOnHoldout(
  attributes: AttributeColumns,
  converted: Uint8Array,
  order: readonly number[],
  currentRules: readonly PointsRow[],
  suggest: Suggester,
  bounds: { bags: number; maxCells: number } = comparisonBoosting,
): HoldoutComparison {
  let conversions = 0;
  for (const c of converted) conversions += c;
  if (conversions < minimumConversions) {
    throw new InputError(
      `Only ${quantity(conversions, 'lead', 'leads')} converted: learning points needs at least ${minimumConversions} conversions (50 or more to trust the result). Keep the suggested or hand-set points for now.`,
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
  const suggested = suggest(train.attributes, train.converted);
  if (currentRules.length > 0) {
    const yours = yoursWithoutHoldout(currentRules, suggest(attributes, converted), suggested);
    models.push({
      kind: 'current',
      ...evaluate(totals(rulesOf(yours.rules)), test.converted, false),
      refitted: yours.refitted,
      asSet: yours.asSet,
    });
  }
  models.push({
    kind: 'suggested',
    ...evaluate(totals(rulesOf(suggested)), test.converted, false),
    rules: suggested,
  });
  const boostedLeads = boostedLeadCount(split, attributes.length, bounds.maxCells);
  const boostedTrain = boostedLeads < split ? pick(order.slice(split - boostedLeads, split)) : train;
  const boosting: BoostedOptions = { bags: bounds.bags };
  for (const kind of ['logistic', 'bayes', 'boosted'] as const) {
    const fitOn = kind === 'boosted' ? boostedTrain : train;
    const model = predictModel(fitOn.attributes, fitOn.converted, { method: kind, boosting });
    // Measured as =LEADPROBABILITY reads the model table: the base plus the weights of the rules a lead matches.
    const weights = totals(rulesOf(model.rules.map((r) => ({ ...r, points: r.weight }))));
    models.push({
      kind,
      ...evaluate(
        Float64Array.from(weights, (w) => sigmoid(model.intercept + w)),
        test.converted,
        true,
      ),
      rules: model.rules.map(({ attribute, value, points }) => ({ attribute, value, points })),
      ...(kind === 'boosted' ? { fitted: { leads: boostedLeads, bags: bounds.bags } } : {}),
    });
  }
  const verdict = verdictOf(models);
  return {
    trainLeads: split,
    holdoutLeads: order.length - split,
    conversions,
    fewConversions: conversions < trustedConversions,
    models,
    ...(verdict ? { verdict } : {}),
  };
}
