import { describe, expect, it } from 'vitest';
import { predictModel } from '../../../../src/core/predict/predictModel';
import { blockLeads, leadBlock } from '../../../support/leadBlocks';
import { interactionLeads } from '../../../support/interactionLeads';

describe('the predictive model', () => {
  it('handles missing values as the value (blank)', () => {
    const { cells, converted } = blockLeads(leadBlock('Ads', 30, 15), leadBlock('', 30, 3));
    const model = predictModel([{ name: 'Source', cells }], converted);
    expect(model.rules.map((r) => r.value)).toEqual(['Ads', '(blank)']);
  });

  it('refuses histories it cannot learn from, saying why', () => {
    const one = blockLeads(leadBlock('Ads', 1, 1));
    expect(() => predictModel([{ name: 'S', cells: one.cells }], one.converted)).toThrow(/many leads/);
    const all = blockLeads(leadBlock('Ads', 30, 30));
    expect(() => predictModel([{ name: 'S', cells: all.cells }], all.converted)).toThrow(/Every lead/);
    const few = blockLeads(leadBlock('Ads', 30, 4), leadBlock('Web', 30, 0));
    expect(() => predictModel([{ name: 'S', cells: few.cells }], few.converted)).toThrow(
      /only 4 conversions/,
    );
  });
});

describe('predictModel "boosted"', { timeout: 60_000 }, () => {
  it('returns the boosted tables as rules with a (base) in points, and names the attributes left out', () => {
    const leads = interactionLeads(3000);
    const attributes = leads.names.map((name, j) => ({ name, cells: leads.columns[j] }));
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
