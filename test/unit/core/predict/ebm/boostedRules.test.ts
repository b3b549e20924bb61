import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../../../src/core/logOdds';
import { boostedRules } from '../../../../../src/core/predict/ebm/boostedRules';
import { boostedLogOdds, fitBoosted } from '../../../../../src/core/predict/ebm/explainableBoosting';
import { scoreLeads } from '../../../../../src/core/scoreLeads';
import { interactionLeads } from '../../../../support/interactionLeads';
import { weightRules } from '../../../../support/modelRules';

const leads = interactionLeads(3000);
const attributes = leads.names.map((name, j) => ({ name, cells: leads.columns[j] }));
const model = fitBoosted(attributes, leads.converted, { bags: 2, pairs: 3 });

describe('boostedRules', { timeout: 60_000 }, () => {
  it('give every lead, through the model table, the (base) plus its points: its probability', () => {
    const rules = boostedRules(model);
    expect(rules.some((r) => r.attribute === 'Plan & Minutes' && /^None & /.test(r.value))).toBe(true);
    const scored = scoreLeads({ names: leads.names, columns: leads.columns }, weightRules(rules));
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
