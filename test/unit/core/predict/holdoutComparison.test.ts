import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../../src/core/logOdds';
import { predictModel } from '../../../../src/core/predict/predictModel';
import { scoreAuc } from '../../../../src/core/scoreAuc';
import { scoreLeads } from '../../../../src/core/scoreLeads';
import {
  boostedLeadCount,
  compareOnHoldout,
  comparisonBoosting,
  type ModelResult,
  type PointsRow,
  type Suggester,
  verdictOf,
  yoursWithoutHoldout,
} from '../../../../src/core/predict/holdoutComparison';
import { suggestPoints } from '../../../../src/core/suggestPoints';
import { weightRules } from '../../../support/modelRules';

const suggest: Suggester = (attributes, converted) =>
  suggestPoints(attributes, converted, { method: 'odds', minLeads: 10 })
    .rows.filter((r) => r.points !== 0)
    .map(({ attribute, value, points }) => ({ attribute, value, points }));

/** 400 leads: Source says a lot, Size a little; the newest leads (the last rows) behave like the old ones. */
function leads() {
  const source: string[] = [];
  const size: string[] = [];
  const converted = new Uint8Array(400);
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < 400; i++) {
    source.push(['Referral', 'Ads', 'Web', 'Event'][i % 4]);
    size.push(random() < 0.5 ? 'Small' : 'Large');
    const rate =
      { Referral: 0.5, Ads: 0.1, Web: 0.2, Event: 0.3 }[source[i]]! + (size[i] === 'Large' ? 0.25 : 0);
    converted[i] = random() < rate ? 1 : 0;
  }
  return {
    attributes: [
      { name: 'Source', cells: source },
      { name: 'Size', cells: size },
    ],
    converted,
    order: Array.from({ length: 400 }, (_, i) => i),
  };
}

describe('yoursWithoutHoldout', () => {
  const all: PointsRow[] = [
    { attribute: 'Source', value: 'Referral', points: 12 },
    { attribute: 'Source', value: 'Ads', points: -8 },
    { attribute: 'Size', value: 'Large', points: 4 },
  ];
  const train: PointsRow[] = [
    { attribute: 'Source', value: 'Referral', points: 10 },
    { attribute: 'Source', value: 'Web', points: 2 },
    { attribute: 'Size', value: 'Large', points: 5 },
  ];
  it('refits an attribute whose rules are the suggestion on every lead', () => {
    expect(yoursWithoutHoldout(all, all, train)).toEqual({
      rules: train,
      refitted: ['Source', 'Size'],
      asSet: [],
    });
  });
  it('keeps an attribute whose points were changed by hand, and one the suggestion does not have', () => {
    const yours = [
      { attribute: 'Source', value: 'Referral', points: 30 },
      { attribute: 'Source', value: 'Ads', points: -8 },
      { attribute: 'Size', value: 'Large', points: 4 },
      { attribute: 'Budget', value: '>1000', points: 20 },
    ];
    const result = yoursWithoutHoldout(yours, all, train);
    expect(result.refitted).toEqual(['Size']);
    expect(result.asSet).toEqual(['Source', 'Budget']);
    expect(result.rules).toEqual([yours[0], yours[1], train[2], yours[3]]);
  });
});

describe('verdictOf', () => {
  const model = (kind: ModelResult['kind'], auc: number): ModelResult => ({ kind, auc, liftTop20: 1 });
  it('names the best model by AUC, the runner-up and the gain over yours', () => {
    expect(verdictOf([model('current', 0.7), model('suggested', 0.72), model('logistic', 0.8)])).toEqual({
      best: 'logistic',
      runnerUp: 'suggested',
      aucMargin: expect.closeTo(0.08, 10) as unknown,
      tie: false,
      overYours: expect.closeTo(0.1, 10) as unknown,
    });
  });
  it('calls AUCs under 0.01 apart a tie and keeps the simpler model', () => {
    const verdict = verdictOf([model('current', 0.795), model('suggested', 0.7), model('logistic', 0.8)]);
    expect(verdict).toMatchObject({ best: 'current', runnerUp: 'logistic', tie: true });
    expect(verdict?.overYours).toBeUndefined();
  });
  it('keeps logistic over boosted when they tie: boosted is the longest table', () => {
    const verdict = verdictOf([model('suggested', 0.7), model('logistic', 0.8), model('boosted', 0.805)]);
    expect(verdict).toMatchObject({ best: 'logistic', runnerUp: 'boosted', tie: true });
  });
  it('gives no verdict when fewer than two models could be measured', () => {
    expect(verdictOf([model('current', Number.NaN), model('logistic', 0.8)])).toBeUndefined();
  });
});

describe('compareOnHoldout', () => {
  it('measures yours refitted without the held-out leads: the suggested points score exactly as Suggested', () => {
    const { attributes, converted, order } = leads();
    const yours = suggest(attributes, converted);
    const result = compareOnHoldout(attributes, converted, order, yours, suggest);
    const [current, suggested] = result.models;
    expect(current.kind).toBe('current');
    expect(current.refitted).toEqual(['Source', 'Size']);
    expect(current.auc).toBe(suggested.auc);
    expect(current.liftTop20).toBe(suggested.liftTop20);
    expect([result.trainLeads, result.holdoutLeads]).toEqual([280, 120]);
    expect(result.verdict?.best).toBeDefined();
  });
  it('measures points that are not the suggestion’s as they are', () => {
    const { attributes, converted, order } = leads();
    // Points fitted on the newest 30% alone: what "yours" knew when measured on the leads it was fitted on.
    const newest = order.slice(280);
    const peeked = suggest(
      attributes.map((a) => ({ name: a.name, cells: newest.map((i) => a.cells[i]) })),
      Uint8Array.from(newest, (i) => converted[i]),
    ).map((r) => ({ ...r, points: r.points + 1 }));
    const result = compareOnHoldout(attributes, converted, order, peeked, suggest);
    expect(result.models[0].asSet).toEqual(['Source', 'Size']);
  });
});

/** The held-out AUC of a model table's probabilities (weights as points, plus the base) on some leads. */
function heldOutAuc(
  model: ReturnType<typeof predictModel>,
  attributes: { name: string; cells: readonly string[] }[],
  converted: Uint8Array,
  rows: readonly number[],
): number {
  const rules = weightRules(model.rules);
  const table = {
    names: attributes.map((a) => a.name),
    columns: attributes.map((a) => rows.map((i) => a.cells[i])),
  };
  const probabilities = Float64Array.from(scoreLeads(table, rules).totals, (z) =>
    sigmoid(model.intercept + z),
  );
  return scoreAuc(
    probabilities,
    Uint8Array.from(rows, (i) => converted[i]),
  );
}

describe('compareOnHoldout: the boosted candidate', { timeout: 60_000 }, () => {
  /** The leads of `leads()`, newest first in sheet order, so "newest" follows `order`, not the row. */
  const shuffled = () => {
    const data = leads();
    return { ...data, order: [...data.order].reverse() };
  };
  const pickRows = (data: ReturnType<typeof leads>, rows: readonly number[]) => ({
    attributes: data.attributes.map((a) => ({ name: a.name, cells: rows.map((i) => a.cells[i]) })),
    converted: Uint8Array.from(rows, (i) => data.converted[i]),
  });

  it('is the last row, fitted on the older 70% with the comparison’s bags and measured on the same newest 30%', () => {
    const data = shuffled();
    const result = compareOnHoldout(data.attributes, data.converted, data.order, [], suggest);
    expect(result.models.map((m) => m.kind)).toEqual(['suggested', 'logistic', 'bayes', 'boosted']);
    const boosted = result.models[3];
    expect(boosted.fitted).toEqual({ leads: 280, bags: comparisonBoosting.bags });
    const older = pickRows(data, data.order.slice(0, 280));
    const newest = data.order.slice(280);
    for (const [kind, row] of [
      ['boosted', boosted],
      ['logistic', result.models[1]],
    ] as const) {
      const model = predictModel(older.attributes, older.converted, {
        method: kind,
        boosting: { bags: comparisonBoosting.bags },
      });
      expect(row.auc).toBe(heldOutAuc(model, data.attributes, data.converted, newest));
    }
    expect(boosted.auc).toBeGreaterThan(0.6);
    expect(boosted.calibrationGap).toBeGreaterThanOrEqual(0);
    // Its rules are every bin of each attribute, 0 points too, and the cells of the pair Source × Size.
    expect(boosted.rules?.some((r) => r.attribute === 'Source & Size' && / & /.test(r.value))).toBe(true);
    expect(boosted.rules?.filter((r) => r.attribute === 'Size').map((r) => r.value)).toEqual([
      'Large',
      'Small',
    ]);
  });

  it('learns from the newest of the older leads when they exceed the cells it may take', () => {
    const data = shuffled();
    // 2 attributes and 400 cells: the newest 200 of the 280 older leads.
    const result = compareOnHoldout(data.attributes, data.converted, data.order, [], suggest, {
      bags: 2,
      maxCells: 400,
    });
    const boosted = result.models.find((m) => m.kind === 'boosted')!;
    expect(boosted.fitted).toEqual({ leads: 200, bags: 2 });
    const newestOlder = pickRows(data, data.order.slice(80, 280));
    const model = predictModel(newestOlder.attributes, newestOlder.converted, {
      method: 'boosted',
      boosting: { bags: 2 },
    });
    expect(boosted.auc).toBe(heldOutAuc(model, data.attributes, data.converted, data.order.slice(280)));
    // The other models still learn from all 280.
    expect(result.trainLeads).toBe(280);
  });

  it('takes at most a million cells by default: 50,000 leads of 20 attributes', () => {
    expect(boostedLeadCount(70_000, 20)).toBe(50_000);
    expect(boostedLeadCount(6_468, 11)).toBe(6_468);
    expect(boostedLeadCount(300_000, 40)).toBe(25_000);
  });
});
