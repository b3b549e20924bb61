import { describe, expect, it } from 'vitest';
import type { PointsRule, Settings } from '../../src/core/settings';
import { sampleLeadsAddOn } from '../support/sandbox';
import { sampleRules as rules, sampleSettings as settings } from '../support/settings';

const setUp = (locale = 'en_US') => sampleLeadsAddOn({ locale });

describe('getSetup and inspectSheet', () => {
  it('gives the locale, the sheets and no settings before any are saved', () => {
    const { addOn } = setUp('es_ES');
    expect(addOn.call('getSetup')).toEqual({
      locale: 'es',
      spreadsheetLocale: 'es_ES',
      sheets: ['Leads'],
      activeSheet: 'Leads',
      leadsSheet: 'Leads',
      problems: [],
    });
  });
  it('opens on the tab that looks like leads when the active one does not', () => {
    const { addOn, sandbox } = setUp();
    const notes = sandbox.spreadsheet.insertSheet('Start here', 0);
    notes.getRange('A1:B4').setValues([
      ['Welcome', ''],
      ['Conversion rate', 0.12],
      ['Try', '=CONVERSIONRATE(Leads!F2:F)'],
      ['', ''],
    ]);
    sandbox.spreadsheet.setActiveSheet(notes);
    expect(addOn.call('getSetup')).toMatchObject({ activeSheet: 'Start here', leadsSheet: 'Leads' });
    // A tab of leads stays the choice when it is the active one.
    sandbox.spreadsheet.setActiveSheet(sandbox.spreadsheet.getSheetByName('Leads')!);
    expect(addOn.call('getSetup')).toMatchObject({ leadsSheet: 'Leads' });
  });
  it('never offers LeadLift’s own output columns as attributes', () => {
    const { addOn } = setUp();
    addOn.call('applyModel', settings, rules);
    const values = addOn.call('inspectSheet', 'Leads') as { columns: { header: string }[] };
    addOn.call('applyModel', { ...settings, outputMode: 'formulas' }, rules);
    const formulas = addOn.call('inspectSheet', 'Leads') as { columns: { header: string }[] };
    for (const reading of [values, formulas]) {
      expect(reading.columns.map((c) => c.header)).toEqual([
        'Lead ID',
        'Lead Source',
        'Industry',
        'Visits',
        'Last activity',
        'Converted',
      ]);
    }
  });
  it('reads the header row, column types, dimensions, placeholders and suggestions', () => {
    const { addOn } = setUp();
    const reading = addOn.call('inspectSheet') as {
      headerRow: number;
      leads: number;
      columns: {
        header: string;
        type: string;
        dimension: string;
        placeholders: { value: string; leads: number }[];
      }[];
      outcome: Record<string, string | undefined>;
      leadId: string;
      lastActivity: string;
    };
    expect(reading.headerRow).toBe(1);
    expect(reading.leads).toBe(60);
    expect(reading.columns.map((c) => [c.header, c.type, c.dimension])).toEqual([
      ['Lead ID', 'category', 'Fit'],
      ['Lead Source', 'category', 'Fit'],
      ['Industry', 'category', 'Fit'],
      ['Visits', 'number', 'Engagement'],
      ['Last activity', 'date', 'Engagement'],
      ['Converted', 'category', 'Fit'],
    ]);
    expect(JSON.stringify(reading.columns[2].placeholders)).toBe('[{"value":"Select","leads":18}]');
    expect(reading.outcome.acquisition).toBe('Converted');
    expect(reading.leadId).toBe('Lead ID');
    expect(reading.lastActivity).toBe('Last activity');
  });
  it('reports a saved outcome column deleted since, instead of guessing', () => {
    const { addOn, sheet } = setUp();
    addOn.call('saveSettings', settings);
    sheet.getRange('F1').setValue('Won?');
    const setup = addOn.call('getSetup') as { settings: Settings; problems: string[] };
    expect(setup.settings.outcome).toBe('Converted');
    expect(setup.problems).toEqual([
      'The outcome column "Converted" is no longer in sheet "Leads": pick it again.',
    ]);
    expect(() => addOn.call('applyModel', settings, rules)).toThrow(
      /outcome column "Converted" is no longer/,
    );
  });
  it('refuses invalid settings with every problem in words', () => {
    const { addOn } = setUp();
    expect(() => addOn.call('saveSettings', { ...settings, halfLifeDays: -1, outcome: '' })).toThrow(
      'Pick the outcome column. The decay half-life must be more than 0 days.',
    );
  });
});

describe('analyse and suggest', () => {
  it('gives the overall rate and a close-rate table per attribute from the core', () => {
    const { addOn } = setUp();
    const analysis = addOn.call('analyse', settings) as {
      leads: number;
      conversions: number;
      overallRate: number;
      skipped: string[];
      attributes: { header: string; values: { value: string; leads: number; conversions: number }[] }[];
    };
    expect(analysis.leads).toBe(60);
    expect(analysis.overallRate).toBeCloseTo(analysis.conversions / 60, 12);
    const source = analysis.attributes[0].values;
    expect(source.map((v) => v.value).sort()).toEqual(['Ads', 'Organic', 'Webinar']);
    expect(source.reduce((n, v) => n + v.leads, 0)).toBe(60);
    expect(source[0].value).toBe('Webinar');
    expect(source[0].conversions).toBe(20);
  });
  it('treats chosen placeholders as empty', () => {
    const { addOn } = setUp();
    const analysis = addOn.call('analyse', settings, { treatAsEmpty: ['select'] }) as {
      attributes: { values: { value: string }[] }[];
    };
    expect(analysis.attributes[1].values.map((v) => v.value)).toContain('(blank)');
    expect(analysis.attributes[1].values.map((v) => v.value)).not.toContain('Select');
  });
  it('suggests rules with their attribute’s dimension', () => {
    const { addOn } = setUp();
    const suggested = addOn.call('suggest', settings, 'difference') as PointsRule[];
    expect(suggested.find((r) => r.value === 'Webinar')).toMatchObject({
      attribute: 'Lead Source',
      dimension: 'Fit',
    });
    expect(suggested.every((r) => r.points !== 0)).toBe(true);
  });
});

describe('previewStages and applyModel', () => {
  it('counts the leads per stage', () => {
    const { addOn } = setUp();
    const preview = addOn.call('previewStages', settings, rules, [10, 30]) as {
      counts: number[];
      leads: number;
    };
    expect(preview.leads).toBe(60);
    expect(preview.counts.reduce((a, b) => a + b, 0)).toBe(60);
    // Webinar + Software leads score at least 30.
    expect(preview.counts[2]).toBeGreaterThanOrEqual(7);
  });
  it('writes the model tab and the output columns as values, with a report card', () => {
    const { addOn, sandbox, sheet } = setUp();
    const result = addOn.call('applyModel', settings, rules) as {
      applied: { columns: string[]; leads: number };
      reportCard: { auc: number; lift: unknown[] };
    };
    expect(result.applied.columns).toEqual(['G', 'H', 'I', 'J', 'K', 'L']);
    expect(result.applied.leads).toBe(60);
    expect(result.reportCard.auc).toBeGreaterThan(0.7);
    const model = sandbox.spreadsheet.getSheetByName('LeadLift Model')!;
    expect(model.getRange('A1:D5').getValues()).toEqual([
      ['Attribute', 'Value', 'Points', 'Dimension'],
      ['Lead Source', 'Webinar', 20, 'Fit'],
      ['Industry', 'Software', 10, 'Fit'],
      ['Industry', '-Select', -5, 'Fit'],
      ['Visits', '>12', 10, 'Engagement'],
    ]);
    expect(model.getRange('A1').getNote()).toMatch(/Edit Points/);
    expect(sheet.getRange('G1:L1').getValues()[0]).toEqual([
      'Fit score',
      'Engagement score',
      'Score',
      'Grade',
      'Stage',
      'Why',
    ]);
    // Lead L100: Webinar, Software, 0 visits.
    const [fit, engagement, score, grade, stage, why] = sheet.getRange('G2:L2').getValues()[0];
    expect([fit, engagement, score, stage]).toEqual([30, 0, 30, 'Sales-ready']);
    expect(grade).toMatch(/^[A-E][1-5]$/);
    // "+20 Lead Source = Webinar" would be a formula: it is written as text.
    expect(why).toMatch(/^\+20 Lead Source = Webinar/);
    expect(sheet.getRange('L2').getFormula()).toBe('');
    // The grade cuts of today's leads are kept for the daily re-score.
    expect((addOn.call('getSetup') as { settings: Settings }).settings.gradeCuts?.fit).toHaveLength(4);
  });
  it('saves what "Re-score now" needs, so the applied model re-scores from the menu', () => {
    const { addOn, sandbox, sheet } = setUp();
    addOn.call('applyModel', settings, rules);
    sandbox.clock.advance(30 * 24 * 3600 * 1000);
    addOn.call('rescoreNow');
    expect(sandbox.ui.toasts.at(-1)?.message).toMatch(/^60 leads scored/);
    // 30 more days: the engagement of lead L102 (row 4) cools.
    expect(sheet.getRange('H4').getValue()).toBeLessThan(4.35);
  });
  it('applies a model with Fit rules only as values: engagement is 0, not an error', () => {
    const { addOn, sheet } = setUp();
    const fitOnly = rules.filter((r) => r.dimension === 'Fit');
    addOn.call('applyModel', settings, fitOnly);
    const engagement = sheet
      .getRange('H2:H61')
      .getValues()
      .map((row) => row[0]);
    expect(engagement.every((v) => v === 0)).toBe(true);
  });
  it('grades a one-dimension model with one letter, not a digit every lead shares, and says so', () => {
    const { addOn, sheet } = setUp();
    const fitOnly = rules.filter((r) => r.dimension === 'Fit');
    const result = addOn.call('applyModel', settings, fitOnly) as { applied: { graded: string } };
    expect(result.applied.graded).toBe('Fit');
    const grades = sheet
      .getRange('J2:J61')
      .getValues()
      .map((row) => row[0] as string);
    expect(grades.every((g) => /^[A-E]$/.test(g))).toBe(true);
    expect(new Set(grades).size).toBeGreaterThan(1);
    const engagementOnly = rules.filter((r) => r.dimension === 'Engagement');
    const byEngagement = addOn.call('applyModel', settings, engagementOnly) as {
      applied: { graded: string };
    };
    expect(byEngagement.applied.graded).toBe('Engagement');
    const visits = sheet
      .getRange('D2:D61')
      .getValues()
      .map((row) => row[0] as number);
    const letters = sheet
      .getRange('J2:J61')
      .getValues()
      .map((row) => row[0] as string);
    // A is "act first": the most engaged leads (more than 12 visits) are never graded below those with fewer.
    const worstBusy = Math.max(...letters.filter((_, i) => visits[i] > 12).map((g) => g.charCodeAt(0)));
    const bestQuiet = Math.min(...letters.filter((_, i) => visits[i] <= 12).map((g) => g.charCodeAt(0)));
    expect(worstBusy).toBeLessThanOrEqual(bestQuiet);
    const both = addOn.call('applyModel', settings, rules) as { applied: { graded: string } };
    expect(both.applied.graded).toBe('both');
    expect(sheet.getRange('J2').getValue()).toMatch(/^[A-E][1-5]$/);
  });
  it('applies a Fit-only model as live formulas with an engagement of 0 beside each fit score', () => {
    const { addOn, sheet } = setUp();
    const fitOnly = rules.filter((r) => r.dimension === 'Fit');
    addOn.call('applyModel', { ...settings, outputMode: 'formulas' }, fitOnly);
    expect(sheet.getRange('G1:H1').getFormulas()[0]).toEqual([
      `=LEADSCORE(A1:F, 'LeadLift Model'!A1:D, "Fit")`,
      `={"Engagement score"; ARRAYFORMULA(IF(G2:G="", "", 0))}`,
    ]);
  });
  it('writes live formulas referencing the model tab', () => {
    const { addOn, sheet } = setUp();
    addOn.call('applyModel', { ...settings, outputMode: 'formulas' }, rules);
    expect(sheet.getRange('G1:L1').getFormulas()[0]).toEqual([
      `=LEADSCORE(A1:F, 'LeadLift Model'!A1:D, "Fit")`,
      `=SCOREDECAY(LEADSCORE(A1:F, 'LeadLift Model'!A1:D, "Engagement"), E1:E, 30, TODAY(), "Engagement score")`,
      `={"Score"; ARRAYFORMULA(IF(G2:G="", "", ROUND(G2:G + H2:H, 1)))}`,
      '=LEADGRADE(G1:G, H1:H)',
      '=LEADSTAGE(I1:I, {10, 30}, {"Discard", "Nurture", "Sales-ready"})',
      `=LEADREASONS(A1:F, 'LeadLift Model'!A1:D)`,
    ]);
    expect(
      sheet
        .getRange('G2:L61')
        .getValues()
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    // Applying again finds its own columns, by formula, and switches them to values.
    const again = addOn.call('applyModel', settings, rules) as { applied: { columns: string[] } };
    expect(again.applied.columns).toEqual(['G', 'H', 'I', 'J', 'K', 'L']);
    expect(sheet.getRange('I2').getValue()).toBe(30);
  });
  it('asks before replacing an output column that holds the user’s data, and replaces it when confirmed', () => {
    const { addOn, sheet } = setUp();
    sheet.getRange('G1:G3').setValues([['Score'], [99], [98]]);
    expect(addOn.call('applyModel', settings, rules)).toEqual({
      needsConfirmation: `Column G ("Score") of "Leads" holds data LeadLift did not write. Replace it with LeadLift's output?`,
    });
    expect(sheet.getRange('G2').getValue()).toBe(99);
    const done = addOn.call('applyModel', settings, rules, true) as { applied: { columns: string[] } };
    expect(done.applied.columns).toEqual(['H', 'I', 'G', 'J', 'K', 'L']);
    expect(sheet.getRange('G2').getValue()).toBe(30);
  });
  it('refuses a model tab that is not LeadLift’s', () => {
    const { addOn, sandbox } = setUp();
    sandbox.spreadsheet.insertSheet('LeadLift Model').getRange('A1').setValue('My notes');
    expect(() => addOn.call('applyModel', settings, rules)).toThrow(/exists and is not a LeadLift model/);
  });
  it('writes formula-looking user text in the model tab as text', () => {
    const { addOn, sandbox } = setUp();
    addOn.call('applyModel', settings, [
      ...rules,
      { attribute: 'Lead Source', value: '=HYPERLINK("x")', points: 1, dimension: 'Fit' },
    ]);
    const model = sandbox.spreadsheet.getSheetByName('LeadLift Model')!;
    expect(model.getRange('B6').getFormula()).toBe('');
    expect(model.getRange('B6').getValue()).toBe('=HYPERLINK("x")');
  });
});

describe('learnFromHistory', () => {
  it('measures the current rules and four learnt models on the newest 30% of leads', () => {
    const { addOn } = setUp();
    const learnt = addOn.call('learnFromHistory', settings, rules) as {
      trainLeads: number;
      holdoutLeads: number;
      fewConversions: boolean;
      newestBy: string;
      models: { kind: string; auc: number; liftTop20: number; calibrationGap?: number; rules?: unknown[] }[];
    };
    expect([learnt.trainLeads, learnt.holdoutLeads, learnt.newestBy, learnt.fewConversions]).toEqual([
      42,
      18,
      'date',
      true,
    ]);
    expect(learnt.models.map((m) => m.kind)).toEqual([
      'current',
      'suggested',
      'logistic',
      'bayes',
      'boosted',
    ]);
    for (const model of learnt.models) {
      expect(model.auc).toBeGreaterThan(0.5);
      expect(model.auc).toBeLessThanOrEqual(1);
    }
    expect(learnt.models[0].calibrationGap).toBeUndefined();
    expect(learnt.models[2].calibrationGap).toBeGreaterThanOrEqual(0);
    expect(learnt.models[2].rules!.length).toBeGreaterThan(0);
  });

  it('refits suggested points without the newest leads before measuring them, and says which model is best', () => {
    const { addOn } = setUp();
    const suggested = addOn.call('suggest', settings, 'odds') as typeof rules;
    const learnt = addOn.call('learnFromHistory', settings, suggested) as {
      models: { kind: string; auc: number; refitted?: string[]; asSet?: string[] }[];
      verdict: { best: string; runnerUp: string; aucMargin: number; tie: boolean };
    };
    const [yours, suggestedRow] = learnt.models;
    expect(yours.refitted).toEqual([...new Set(suggested.map((r) => r.attribute))]);
    expect(yours.asSet).toEqual([]);
    // Refitted on the same older leads, your (suggested) points rank the newest leads exactly as Suggested does.
    expect(yours.auc).toBe(suggestedRow.auc);
    const best = learnt.models.find((m) => m.kind === learnt.verdict.best)!;
    const others = learnt.models.filter((m) => m !== best);
    expect(others.every((m) => best.auc >= m.auc - 0.01)).toBe(true);
  });

  it('offers boosted points with pair rules in an Engagement pair’s dimension, which Apply writes and explains', () => {
    const { addOn, sandbox } = setUp();
    const learnt = addOn.call('learnFromHistory', settings, rules) as {
      trainLeads: number;
      models: { kind: string; auc: number; fitted?: { leads: number; bags: number }; rules?: PointsRule[] }[];
    };
    const boosted = learnt.models.find((m) => m.kind === 'boosted')!;
    expect(boosted.fitted).toEqual({ leads: learnt.trainLeads, bags: 4 });
    expect(boosted.auc).toBeGreaterThan(0.5);
    const pairs = boosted.rules!.filter((r) => / & /.test(r.attribute));
    expect(pairs.length).toBeGreaterThan(0);
    for (const rule of boosted.rules!) {
      const columns = rule.attribute.split(' & ');
      expect(rule.dimension).toBe(columns.includes('Visits') ? 'Engagement' : 'Fit');
    }
    const scores = (model: PointsRule[]) => {
      const applied = addOn.call('applyModel', settings, model) as { applied: { rules: number } };
      expect(applied.applied.rules).toBe(model.length);
      const leads = sandbox.spreadsheet.getSheetByName('Leads')!.getDataRange().getValues();
      return leads.slice(1).map((row) => row[leads[0].indexOf('Score')]);
    };
    const withoutPairs = scores(boosted.rules!.filter((r) => !pairs.includes(r)));
    const withPairs = scores(boosted.rules!);
    const tab = sandbox.spreadsheet.getSheetByName('LeadLift Model')!.getDataRange().getValues();
    expect(tab.slice(1).filter((row) => / & /.test(String(row[0])))).toHaveLength(pairs.length);
    // The pair rules written in the model tab count in the scores.
    expect(withPairs).not.toEqual(withoutPairs);
  });

  it('refuses to learn from fewer than 10 conversions, in words', () => {
    const { addOn, sheet } = setUp();
    const outcomes = sheet.getRange('F2:F61').getValues();
    sheet.getRange('F2:F61').setValues(outcomes.map((_, i) => [i < 9 ? 'yes' : 'no']));
    expect(() => addOn.call('learnFromHistory', settings, rules)).toThrow(
      /Only 9 leads converted: learning points needs at least 10 conversions/,
    );
  });
});
