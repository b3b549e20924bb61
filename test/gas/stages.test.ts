// Joint points, thresholds from the scores or from sales capacity, and grades that agree with stages, through the
// built add-on in the sandbox, as the sidebar calls them.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { defaultSettings, type PointsRule, type Settings } from '../../src/core/settings';
import { customerExport, customerHeaders } from '../support/customerExport';
import { writeSampleLeads } from '../support/sampleLeads';

const dist = join(import.meta.dirname, '../../dist');

function customers() {
  const sandbox = createSandbox();
  const sheet = sandbox.spreadsheet.getActiveSheet();
  sheet.setName('Customers');
  const rows = customerExport(1500);
  sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  const addOn = loadAddOn(dist, sandbox);
  const settings: Settings = {
    ...defaultSettings('acquisition', 'Customers'),
    outcome: 'Purchased',
    leadId: 'Customer ID',
    attributes: customerHeaders.slice(1, -1).map((header) => ({
      header,
      type: header === 'Tenure (months)' ? 'number' : 'category',
      dimension: 'Fit',
    })),
    outputMode: 'values',
  };
  return { sandbox, sheet, addOn, settings, rows };
}

interface Preview {
  counts: number[];
  rates: number[];
  leads: number;
  overallRate: number;
  histogram: { from: number; width: number; counts: number[] };
  topGradeInLowest: number;
}

describe('joint points and stage thresholds in the sidebar', () => {
  it('suggests joint points by default: every score from 0 to 100', () => {
    const { addOn, settings } = customers();
    expect(settings.pointsMethod).toBe('joint');
    const rules = addOn.call('suggest', settings, 'joint') as PointsRule[];
    expect(rules.every((r) => Number.isInteger(r.points) && r.points >= 0)).toBe(true);
    const best = new Map<string, number>();
    for (const r of rules) best.set(r.attribute, Math.max(best.get(r.attribute) ?? 0, r.points));
    expect([...best.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100);
    const analysis = addOn.call('analyse', settings) as { oddsPer10Points: number };
    expect(analysis.oddsPer10Points).toBeGreaterThan(1);
  });

  it('puts half the leads in the lowest stage and a fifth in the top one, which converts well above the rest', () => {
    const { addOn, settings } = customers();
    const rules = addOn.call('suggest', settings, 'joint') as PointsRule[];
    const { thresholds } = addOn.call('suggestThresholds', settings, rules) as { thresholds: number[] };
    const preview = addOn.call('previewStages', settings, rules, thresholds) as Preview;
    expect(preview.leads).toBe(1500);
    expect(preview.counts.every((n) => n > 0)).toBe(true);
    expect(preview.counts[0] / 1500).toBeGreaterThan(0.4);
    expect(preview.counts[2] / 1500).toBeGreaterThan(0.15);
    expect(preview.counts[2] / 1500).toBeLessThan(0.3);
    expect(preview.rates[2]).toBeGreaterThan(1.5 * preview.overallRate);
    expect(preview.topGradeInLowest).toBe(0);
    expect(preview.histogram.counts.reduce((a, b) => a + b, 0)).toBe(1500);
    expect([preview.histogram.from, preview.histogram.width]).toEqual([0, 5]);
  });

  it('sets the top threshold from sales capacity, taking the sheet as one week of leads without a created date', () => {
    const { addOn, settings } = customers();
    const rules = addOn.call('suggest', settings, 'joint') as PointsRule[];
    const byCapacity = addOn.call('suggestThresholds', settings, rules, { leadsPerWeek: 50 }) as {
      thresholds: number[];
      sheetLeads: number;
      topLeads: number;
    };
    expect(byCapacity.sheetLeads).toBe(1500);
    const preview = addOn.call('previewStages', settings, rules, byCapacity.thresholds) as Preview;
    expect(preview.counts[2]).toBe(byCapacity.topLeads);
    // At most 50, and ties at the cut keep out no more than a handful.
    expect(preview.counts[2]).toBeLessThanOrEqual(50);
    expect(preview.counts[2]).toBeGreaterThan(30);
    expect(preview.counts.every((n) => n > 0)).toBe(true);
  });

  it('counts leads a week by a created-date column when there is one', () => {
    const sandbox = createSandbox();
    const sheet = sandbox.spreadsheet.getActiveSheet();
    sheet.setName('Leads');
    writeSampleLeads(sheet);
    const addOn = loadAddOn(dist, sandbox);
    const settings: Settings = {
      ...defaultSettings('acquisition', 'Leads'),
      outcome: 'Converted',
      attributes: [
        { header: 'Lead Source', type: 'category', dimension: 'Fit' },
        { header: 'Industry', type: 'category', dimension: 'Fit' },
      ],
      pointsMethod: 'odds',
    };
    const rules: PointsRule[] = [
      { attribute: 'Lead Source', value: 'Webinar', points: 20, dimension: 'Fit' },
      { attribute: 'Industry', value: 'Software', points: 10, dimension: 'Fit' },
    ];
    // 60 leads over 14 days: 30 a week; sales takes 10 a week, a third of them: the 20 best.
    const weekly = addOn.call('suggestThresholds', settings, rules, {
      leadsPerWeek: 10,
      arrivalColumn: 'Last activity',
    }) as { thresholds: number[]; weeklyArrivals: number; topLeads: number };
    expect(weekly.weeklyArrivals).toBe(30);
    expect(weekly.topLeads).toBeLessThanOrEqual(20);
    expect(weekly.topLeads).toBeGreaterThan(0);
    expect(() =>
      addOn.call('suggestThresholds', settings, rules, { leadsPerWeek: 10, arrivalColumn: 'Industry' }),
    ).toThrow(/holds no dates/);
  });

  it('writes values on the same scale as the live LEADSCORE formula computes', () => {
    const { addOn, sandbox, sheet, settings } = customers();
    const rules = addOn.call('suggest', settings, 'joint') as PointsRule[];
    addOn.call('applyModel', settings, rules);
    const width = customerHeaders.length;
    const leads = sheet.getRange(1, 1, 1501, width).getValues();
    const model = sandbox.spreadsheet.getSheetByName('LeadLift Model')!.getDataRange().getValues();
    const live = (addOn.call('LEADSCORE', leads, model, 'Fit') as unknown[][]).slice(1).map((r) => r[0]);
    const written = sheet
      .getRange(2, width + 1, 1500, 1)
      .getValues()
      .map((r) => r[0]);
    expect(written).toEqual(live);
    expect(Math.max(...(written as number[]))).toBeLessThanOrEqual(100);
  });

  it('SUGGESTPOINTS "joint" gives the table of =SUGGESTPOINTS with points that add up to at most 100', () => {
    const { addOn, rows } = customers();
    const attributes = rows.map((r) => r.slice(1, -1));
    const outcome = rows.map((r) => [r[r.length - 1]]);
    const table = addOn.call('SUGGESTPOINTS', attributes, outcome, 'joint') as (string | number)[][];
    expect(table[0]).toEqual([
      'Attribute',
      'Value',
      'Points',
      'Leads',
      'Conversions',
      'Close rate',
      'Lift',
      'Low',
      'High',
    ]);
    const best = new Map<string, number>();
    for (const r of table.slice(1))
      best.set(String(r[0]), Math.max(best.get(String(r[0])) ?? 0, Number(r[2])));
    const total = [...best.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(100);
    // "No internet service" is one fact in five columns: each column's share of it is small.
    const noInternet = table.filter((r) => r[1] === 'No internet service').map((r) => Number(r[2]));
    expect(noInternet).toHaveLength(5);
  });
});
