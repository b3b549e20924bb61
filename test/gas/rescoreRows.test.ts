import { describe, expect, it } from 'vitest';
import { parseModelTable } from '../../src/core/modelTable';
import { createSheetRescorer, rescoreRows } from '../../src/glue/sheets/rescoreSheet';
import { createSandbox } from '../../src/sandbox';
import { writeSampleLeads } from '../support/sampleLeads';
import { sampleLeadsAddOn } from '../support/sandbox';
import { leadSettings, sampleRules, sampleSettings } from '../support/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const settings = leadSettings({
  ...sampleSettings,
  attributes: sampleSettings.attributes.filter((a) => a.header !== 'Industry'),
  halfLifeDays: 10,
  stageThresholds: [15, 25],
});
const rules = sampleRules.filter((r) => r.attribute !== 'Industry');

/** The sample sheet with the model applied as values on the sandbox's day (2026-01-15). */
function applied() {
  const { sandbox, sheet, addOn } = sampleLeadsAddOn();
  addOn.call('applyModel', settings, rules);
  return { sandbox, sheet, spreadsheet: sandbox.spreadsheet as unknown as Spreadsheet };
}

describe('rescoreRows', () => {
  it('re-scores a block as of a later day, writes only its rows and reports stage moves', () => {
    const { sheet, spreadsheet } = applied();
    // Lead L102 (row 4): Organic, 14 visits → 10 engagement points, last active 2026-01-03: 12 days before the
    // sandbox's day, so 10 × 0.5^(12/10) = 4.4 to one decimal.
    expect(sheet.getRange('G4:I4').getValues()[0]).toEqual([0, 4.4, 4.4]);
    const row12 = sheet.getRange('A12:L12').getValues();
    const model = parseModelTable([
      ['Attribute', 'Value', 'Points', 'Dimension'],
      ...rules.map((r) => [r.attribute, r.value, r.points, r.dimension]),
    ]).rules;
    // 30 days after the last activity: 10 × 0.5^3 = 1.25, 1.3 to one decimal.
    const leads = rescoreRows(spreadsheet, settings, model, new Date('2026-02-02T09:00:00Z'), 2, 11);
    expect(leads).toHaveLength(10);
    expect(leads[2]).toEqual({
      leadId: 'L102',
      oldStage: 'Discard',
      newStage: 'Discard',
      oldScore: 4.4,
      newScore: 1.3,
    });
    expect(sheet.getRange('G4:I4').getValues()[0]).toEqual([0, 1.3, 1.3]);
    // Row 12 is outside the block: unchanged.
    expect(sheet.getRange('A12:L12').getValues()).toEqual(row12);
  });
  it('moves a lead down a stage as its engagement cools, and says so', () => {
    const { spreadsheet } = applied();
    const model = parseModelTable([
      ['Attribute', 'Value', 'Points', 'Dimension'],
      ...rules.map((r) => [r.attribute, r.value, r.points, r.dimension]),
    ]).rules;
    const leads = rescoreRows(spreadsheet, settings, model, new Date('2026-03-15T09:00:00Z'), 2, 61);
    const moved = leads.filter((l) => l.oldStage !== l.newStage);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((l) => l.oldStage === 'Sales-ready' && l.newStage === 'Nurture')).toBe(true);
  });
  it('refuses a sheet whose output columns LeadLift has not written', () => {
    const sandbox = createSandbox();
    const sheet = sandbox.spreadsheet.getActiveSheet();
    sheet.setName('Leads');
    writeSampleLeads(sheet);
    const model = parseModelTable([
      ['Attribute', 'Value', 'Points'],
      ['Lead Source', 'Webinar', 20],
    ]).rules;
    expect(() =>
      rescoreRows(sandbox.spreadsheet as unknown as Spreadsheet, settings, model, new Date(), 2, 5),
    ).toThrow(
      'The sheet "Leads" has no LeadLift columns Fit score, Engagement score, Score, Grade, Stage, Why: apply the model from the sidebar first.',
    );
  });
  it('builds the daily rescorer from saved settings and the model tab', () => {
    const { sandbox, spreadsheet } = applied();
    const saved = sandbox.globals.PropertiesService.getDocumentProperties().getProperty(
      'leadlift.settings',
    ) as string;
    const rescorer = createSheetRescorer(spreadsheet, saved, new Date('2026-01-15T09:00:00Z'));
    expect([rescorer.firstRow, rescorer.lastRow, rescorer.stageLabels]).toEqual([
      2,
      61,
      ['Discard', 'Nurture', 'Sales-ready'],
    ]);
    expect(rescorer.rescoreBlock(2, 61).filter((l) => l.oldScore !== l.newScore)).toEqual([]);
  });
});
