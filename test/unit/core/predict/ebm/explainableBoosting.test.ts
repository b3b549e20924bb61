import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../../../src/core/logOdds';
import { parseModelTable } from '../../../../../src/core/modelTable';
import { boostedRules } from '../../../../../src/core/predict/ebm/boostedRules';
import { boostedLogOdds, fitBoosted } from '../../../../../src/core/predict/ebm/explainableBoosting';
import { featureBins } from '../../../../../src/core/predict/ebm/featureBins';
import { rankPairs } from '../../../../../src/core/predict/ebm/fastPairs';
import { seededRandom, stratifiedSplit } from '../../../../../src/core/predict/ebm/seededRandom';
import { mainSplit, pairSplit } from '../../../../../src/core/predict/ebm/termSplits';
import { predictModel } from '../../../../../src/core/predict/predictModel';
import { scoreLeads } from '../../../../../src/core/scoreLeads';
import { interactionLeads } from '../../../../support/interactionLeads';

const leads = interactionLeads(3000);
const attributes = leads.names.map((name, j) => ({ name, cells: leads.columns[j] }));
const quick = { bags: 2, pairs: 3 };
const model = fitBoosted(attributes, leads.converted, quick);

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

describe('stratifiedSplit', () => {
  it('holds out the same share of converted and other leads, the same way for the same seed', () => {
    const converted = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const split = stratifiedSplit(converted, 0.15, seededRandom(7));
    const held = (outcome: number) => converted.filter((y, i) => y === outcome && split[i]).length;
    expect([held(1), held(0)]).toEqual([Math.round(50 * 0.15), Math.round(150 * 0.15)]);
    expect(stratifiedSplit(converted, 0.15, seededRandom(7))).toEqual(split);
    expect(stratifiedSplit(converted, 0.15, seededRandom(8))).not.toEqual(split);
  });
});

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

describe('fitBoosted', { timeout: 60_000 }, () => {
  it('is the same model for the same leads and seed, another for another seed', () => {
    const again = fitBoosted(attributes, leads.converted, quick);
    expect(again.intercept).toBe(model.intercept);
    expect(again.mains.map((t) => Array.from(t.values))).toEqual(
      model.mains.map((t) => Array.from(t.values)),
    );
    expect(again.pairs.map((t) => Array.from(t.values))).toEqual(
      model.pairs.map((t) => Array.from(t.values)),
    );
    const other = fitBoosted(attributes, leads.converted, { ...quick, seed: 7 });
    expect(other.mains[0].values).not.toEqual(model.mains[0].values);
  });
  it('centres every table: its mean weighted by the leads in each cell is 0', () => {
    for (const table of [...model.mains, ...model.pairs]) {
      let sum = 0;
      table.values.forEach((v, c) => (sum += v * table.leads[c]));
      expect(Math.abs(sum / leads.converted.length)).toBeLessThan(1e-12);
    }
  });
  it('ranks the planted pair first by FAST on the residuals of the main effects', () => {
    expect(model.pairs[0].bins.map((b) => b.attribute)).toEqual(['Plan', 'Minutes']);
    const pairs = model.pairs.map((t) => t.bins.map((b) => b.attribute).join(' & '));
    expect(pairs).toContain('Visits & Pages');
  });
  it('predicts as many conversions as there are, on the leads it learnt from', () => {
    const z = boostedLogOdds(model);
    const mean = z.reduce((s, v) => s + sigmoid(v), 0) / z.length;
    const rate = leads.converted.reduce((s, y) => s + y, 0) / z.length;
    expect(Math.abs(mean - rate)).toBeLessThan(0.01);
  });
  it('boosts no pair when asked for none', () => {
    expect(fitBoosted(attributes, leads.converted, { bags: 1, pairs: 0 }).pairs).toEqual([]);
  });
});

describe('boostedRules', { timeout: 60_000 }, () => {
  it('give every lead, through the model table, the (base) plus its points: its probability', () => {
    const rules = boostedRules(model);
    expect(rules.some((r) => r.attribute === 'Plan & Minutes' && /^None & /.test(r.value))).toBe(true);
    const table = parseModelTable([
      ['Attribute', 'Value', 'Points'],
      ...rules.map((r) => [r.attribute, r.value, r.weight]),
    ]);
    const scored = scoreLeads({ names: leads.names, columns: leads.columns }, table.rules);
    const z = boostedLogOdds(model);
    let largest = 0;
    scored.totals.forEach((total, i) => {
      largest = Math.max(largest, Math.abs(sigmoid(model.intercept + total) - sigmoid(z[i])));
    });
    expect(largest).toBeLessThan(1e-9);
  });
  it('put points on the scorecard scale: +10 points doubles the odds', () => {
    const rules = boostedRules(model, 10);
    for (const r of rules) expect(r.points).toBe(Math.round((r.weight * 10) / Math.LN2) || 0);
  });
});

describe('predictModel "boosted"', { timeout: 60_000 }, () => {
  it('returns the boosted tables as rules with a (base) in points, and names the attributes left out', () => {
    const withDates = [
      ...attributes.slice(0, 3),
      { name: 'Created', cells: attributes[0].cells.map(() => new Date(2026, 0, 1)) },
    ];
    const fitted = predictModel(withDates, leads.converted, {
      method: 'boosted',
      boosting: { bags: 1, pairs: 1 },
    });
    expect(fitted.skipped).toEqual(['Created']);
    expect(fitted.basePoints).toBe(Math.round((fitted.intercept * 10) / Math.LN2) || 0);
    expect(fitted.rules.filter((r) => r.attribute.includes(' & '))).not.toHaveLength(0);
  });
});

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
