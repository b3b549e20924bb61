import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../../../src/core/logOdds';
import { boostedLogOdds, fitBoosted } from '../../../../../src/core/predict/ebm/explainableBoosting';
import { interactionLeads } from '../../../../support/interactionLeads';

const leads = interactionLeads(3000);
const attributes = leads.names.map((name, j) => ({ name, cells: leads.columns[j] }));
const quick = { bags: 2, pairs: 3 };
const model = fitBoosted(attributes, leads.converted, quick);

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
