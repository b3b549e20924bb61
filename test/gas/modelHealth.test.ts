// Model health from dist/Code.js in the sandbox, on the X Education leads: a model applied while the newest 30% are
// open, the daily job before and after they close, with their real outcomes and with those outcomes shuffled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings';
import type { Language } from '../../src/core/sheetWords';
import { createSandbox, type LoadedAddOn, loadAddOn, type Sandbox } from '../../src/sandbox';
import { type SheetCell, sheetsValue } from '../support/criterionLeads';
import { dataFile, dataReady, parseCsv } from '../support/realData';
import { attribute, leadSettings } from '../support/settings';

const dist = join(import.meta.dirname, '../../dist');
const day = 24 * 3600 * 1000;
const start = new Date('2026-03-02T05:00:00Z');
const categories = [
  'Lead Origin',
  'Lead Source',
  'Do Not Email',
  'Last Activity',
  'Specialization',
  'What is your current occupation',
  'City',
];
const numbers = ['TotalVisits', 'Total Time Spent on Website', 'Page Views Per Visit'];

/** Park–Miller: the same shuffle on every machine. */
function seededShuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Run {
  sandbox: Sandbox;
  addOn: LoadedAddOn;
  /** The Health tab's rows, header first, as the sheet shows them. */
  health: () => string[][];
  /** The AUC the applied points have on the newest leads with these outcomes, by =SCOREAUC. */
  holdoutAuc: number;
}

/**
 * The leads sheet with the newest 30% (by Lead Number) open, points suggested from the older 70%, the model applied
 * in `mode`, the daily re-score installed and run once; then the newest leads get `outcomes` and the job runs again.
 */
function healthRun(mode: 'values' | 'formulas', keyed: boolean, shuffle: boolean): Run {
  const csv = parseCsv(readFileSync(dataFile, 'utf8')).filter((row) => row.length > 1);
  const header = csv[0];
  const number = header.indexOf('Lead Number');
  const converted = header.indexOf('Converted');
  const rows = csv.slice(1).map((row) => row.map(sheetsValue));
  rows.sort((a, b) => Number(a[number]) - Number(b[number]));
  const open = Math.round(rows.length * 0.3);
  const newest = rows.slice(rows.length - open);
  const real = newest.map((row) => row[converted]);
  const outcomes = shuffle ? seededShuffle(real, 20261201) : real;

  const sandbox = createSandbox({ now: new Date(start.getTime() - day), timeZone: 'Europe/Paris' });
  const sheet = sandbox.spreadsheet.insertSheet('Leads');
  const grid: SheetCell[][] = [
    header,
    ...rows.map((row, i) =>
      i >= rows.length - open ? row.map((cell, j) => (j === converted ? '' : cell)) : row,
    ),
  ];
  sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
  const addOn = loadAddOn(dist, sandbox);
  const settings = leadSettings({
    ...(keyed ? { leadId: 'Prospect ID' } : {}),
    attributes: [
      ...categories.map((h) => attribute(h)),
      ...numbers.map((h) => attribute(h, 'number', 'Engagement')),
    ],
    pointsMethod: 'joint',
    outputMode: mode,
  });
  // Points learned from history: the older 70%, before the newest leads arrive.
  const older = grid.slice(0, grid.length - open);
  sheet.getRange(1, 1, older.length, header.length).setValues(older);
  const rules = addOn.call('suggest', settings, 'joint', []) as {
    attribute: string;
    value: string;
    points: number;
    dimension: string;
  }[];
  sheet.getRange(1, 1, grid.length, header.length).setValues(grid);
  const applied = addOn.call('applyModel', settings, rules, true) as { applied?: unknown };
  expect(applied.applied).toBeDefined();

  addOn.call('installDailyRescore', 6);
  const runDaily = () => {
    sandbox.clock.advance(day);
    for (const trigger of sandbox.dueTriggers())
      addOn.call(trigger.handlerFunction, sandbox.clockEvent(trigger));
  };
  sandbox.clock.set(start);
  runDaily();
  // The newest leads close: each row gets its outcome (found by Lead Number, wherever the sheet has it).
  sheet.getRange(grid.length - open + 1, converted + 1, open, 1).setValues(outcomes.map((o) => [o]));
  runDaily();

  const model = sandbox.spreadsheet.getSheetByName('LeadLift Model')!.getDataRange().getValues();
  const scores = addOn.call('LEADSCORE', [header, ...newest], model) as SheetCell[][];
  const holdoutAuc = addOn.call('SCOREAUC', scores, [['Converted'], ...outcomes.map((o) => [o])]) as number;
  const health = () =>
    sandbox.spreadsheet.getSheetByName('LeadLift Health')!.getDataRange().getDisplayValues();
  return { sandbox, addOn, health, holdoutAuc };
}

describe.skipIf(!dataReady)(
  `Model health on the X Education leads${dataReady ? '' : ' (skipped: the dataset ../shared/data/leads-x-education.csv is absent)'}`,
  { timeout: 300_000 },
  () => {
    it('their real outcomes: the AUC of the applied points on them, and still working (values, keyed by Prospect ID)', () => {
      const { health, holdoutAuc } = healthRun('values', true, false);
      const rows = health();
      console.log(
        `Health tab, real outcomes (holdout AUC ${holdoutAuc.toFixed(3)}):\n${rows.map((r) => r.join(' | ')).join('\n')}`,
      );
      expect(rows[0]).toEqual([
        'Date',
        'Model applied',
        'Open when applied',
        'Closed since',
        'Converted',
        'AUC',
        'AUC ± (95%)',
        'Predicted rate',
        'Observed rate',
        'Verdict',
      ]);
      expect(rows).toHaveLength(3);
      const [before, after] = rows.slice(1);
      expect(before.slice(2, 5)).toEqual(['2772', '0', '0']);
      expect(before[9]).toMatch(/^Too early to tell/);
      expect(after[3]).toBe('2772');
      expect(Number(after[5])).toBeCloseTo(holdoutAuc, 3);
      expect(Number(after[5])).toBeGreaterThan(0.75);
      expect(after[9]).toMatch(/^Still working/);
    });

    it('those outcomes shuffled: AUC about 0.5 and no longer separating (formulas, keyed by row)', () => {
      const { health, holdoutAuc, addOn } = healthRun('formulas', false, true);
      const rows = health();
      console.log(
        `Health tab, shuffled outcomes (holdout AUC ${holdoutAuc.toFixed(3)}):\n${rows.map((r) => r.join(' | ')).join('\n')}`,
      );
      const after = rows[2];
      expect(Number(after[5])).toBeCloseTo(holdoutAuc, 3);
      expect(Math.abs(Number(after[5]) - 0.5)).toBeLessThan(0.04);
      expect(after[9]).toMatch(/^No longer separating/);
      const setup = addOn.call('getSetup') as { modelHealth?: { verdict: string; text: string } };
      expect(setup.modelHealth).toMatchObject({ verdict: 'not separating' });
    });
  },
);

describe('model health for retention, on generated customers', () => {
  it('reads "left" for converted, writes one row a day at most, and touches no cell of the customers', () => {
    const sandbox = createSandbox({ now: new Date(start.getTime() - day), timeZone: 'Europe/Paris' });
    const sheet = sandbox.spreadsheet.insertSheet('Customers');
    // 400 customers, the first 100 closed; Basic customers leave 3 times in 4, Pro ones 1 in 4.
    const rows: SheetCell[][] = [['Customer', 'Plan', 'Churned']];
    for (let i = 0; i < 400; i++) {
      const basic = i % 2 === 0;
      const left = basic ? i % 8 !== 0 : i % 8 === 1;
      rows.push([`C-${1000 + i}`, basic ? 'Basic' : 'Pro', i < 100 ? (left ? 'yes' : 'no') : '']);
    }
    sheet.getRange(1, 1, rows.length, 3).setValues(rows);
    const addOn = loadAddOn(dist, sandbox);
    const settings = leadSettings({
      goal: 'retention',
      sheetName: 'Customers',
      outcome: 'Churned',
      leadId: 'Customer',
      attributes: [attribute('Plan')],
      stageLabels: ['Healthy', 'At risk', 'Critical'],
    });
    const rules = [
      { attribute: 'Plan', value: 'Basic', points: 40, dimension: 'Fit' },
      { attribute: 'Plan', value: 'Pro', points: 0, dimension: 'Fit' },
    ];
    expect((addOn.call('applyModel', settings, rules) as { applied?: unknown }).applied).toBeDefined();
    addOn.call('installDailyRescore', 6);
    // The customers close, and are sorted by plan: found again by their ID.
    const closed = rows.slice(1).map((row, i) => {
      const basic = row[1] === 'Basic';
      return [row[0], row[1], basic ? (i % 8 !== 0 ? 'yes' : 'no') : i % 8 === 1 ? 'yes' : 'no'];
    });
    closed.sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    sheet.getRange(2, 1, closed.length, 3).setValues(closed);
    const before = sheet.getRange(1, 1, rows.length, 3).getValues();
    sandbox.clock.set(start);
    const [trigger] = sandbox.triggers;
    addOn.call('runDailyRescore', sandbox.clockEvent(trigger));
    addOn.call('runDailyRescore', sandbox.clockEvent(trigger));
    const health = sandbox.spreadsheet.getSheetByName('LeadLift Health')!.getDataRange().getDisplayValues();
    expect(health).toHaveLength(2);
    expect(health[0][4]).toBe('Left');
    expect(health[1].slice(2, 5)).toEqual(['300', '300', '150']);
    // 3 in 4 who left are Basic, 3 in 4 who stayed are Pro: AUC = ¾·¾ + ½(¾·¼ + ¼·¾) = 0.75.
    expect(Number(health[1][5])).toBeCloseTo(0.75, 1);
    expect(health[1][9]).toMatch(/^Still working: the scores separate those that left from the rest/);
    expect(sheet.getRange(1, 1, rows.length, 3).getValues()).toEqual(before);
    expect(sandbox.spreadsheet.getSheetByName('LeadLift Applied Scores')!.isSheetHidden()).toBe(true);
  });
});

describe('the Health tab in the sheet’s language', () => {
  it('is written in French, renamed and re-headed in English after a switch, then in Romanian: one tab throughout', () => {
    const sandbox = createSandbox({ now: new Date(start.getTime() - day), timeZone: 'Europe/Paris' });
    const sheet = sandbox.spreadsheet.insertSheet('Customers');
    // 400 customers, the first 100 closed when the model is applied; Basic ones leave 3 times in 4, Pro 1 in 4.
    const outcomeOf = (i: number) => {
      const basic = i % 2 === 0;
      return (basic ? i % 8 !== 0 : i % 8 === 1) ? 'yes' : 'no';
    };
    const rows: SheetCell[][] = [['Customer', 'Plan', 'Churned']];
    for (let i = 0; i < 400; i++)
      rows.push([`C-${1000 + i}`, i % 2 === 0 ? 'Basic' : 'Pro', i < 100 ? outcomeOf(i) : '']);
    sheet.getRange(1, 1, rows.length, 3).setValues(rows);
    const addOn = loadAddOn(dist, sandbox);
    const settings = (language: Language): Settings => ({
      ...defaultSettings('retention', 'Customers', 1, language),
      outcome: 'Churned',
      leadId: 'Customer',
      attributes: [{ header: 'Plan', type: 'category', dimension: 'Fit' }],
      pointsMethod: 'odds',
      outputMode: 'values',
    });
    const rules = [
      { attribute: 'Plan', value: 'Basic', points: 40, dimension: 'Fit' },
      { attribute: 'Plan', value: 'Pro', points: 0, dimension: 'Fit' },
    ];
    expect((addOn.call('applyModel', settings('fr'), rules) as { applied?: unknown }).applied).toBeDefined();
    const tabs = () => sandbox.spreadsheet.getSheets().map((s) => s.getName());
    expect(tabs()).toContain('LeadLift Scores appliqués');
    addOn.call('installDailyRescore', 6);
    // The open customers close.
    sheet.getRange(2, 3, 400, 1).setValues(rows.slice(1).map((_, i) => [outcomeOf(i)]));
    const [trigger] = sandbox.triggers;
    const runDay = () => addOn.call('runDailyRescore', sandbox.clockEvent(trigger));
    const healthTabs = () => tabs().filter((name) => /Health|Santé|Salud|Sănătate/.test(name));
    const shown = (name: string) =>
      sandbox.spreadsheet.getSheetByName(name)!.getDataRange().getDisplayValues();

    sandbox.clock.set(start);
    runDay();
    expect(healthTabs()).toEqual(['LeadLift Santé']);
    expect(tabs()).toContain('LeadLift Journal');
    const french = shown('LeadLift Santé');
    expect(french[0]).toEqual([
      'Date',
      'Modèle appliqué le',
      'Ouverts à l’application',
      'Clôturés depuis',
      'Partis',
      'AUC',
      'AUC ± (95 %)',
      'Taux prévu',
      'Taux observé',
      'Verdict',
    ]);
    expect(french[1].slice(2, 4)).toEqual(['300', '300']);
    expect(french[1][9]).toMatch(
      /^Toujours efficace : les scores distinguent les leads partis des autres \(AUC 0,\d\d(, 0,\d\d à l’application)?\)\.$/,
    );

    // The marketer switches to English: the next day's reading finds the French tab, renames and re-heads it.
    addOn.call('saveSettings', settings('en'));
    sandbox.clock.advance(day);
    runDay();
    expect(healthTabs()).toEqual(['LeadLift Health']);
    expect(tabs()).not.toContain('LeadLift Scores appliqués');
    expect(tabs().filter((name) => name.startsWith('LeadLift'))).toEqual(
      expect.arrayContaining(['LeadLift Log', 'LeadLift Changes', 'LeadLift Applied Scores']),
    );
    const english = shown('LeadLift Health');
    expect(english).toHaveLength(3);
    expect(english[0][4]).toBe('Left');
    expect(english[1][9]).toMatch(/^Toujours efficace/);
    expect(english[2][9]).toMatch(/^Still working: the scores separate those that left from the rest/);

    // Applied again in Romanian: the hidden tab and, at the next reading, the Health tab take Romanian names.
    expect((addOn.call('applyModel', settings('ro'), rules) as { applied?: unknown }).applied).toBeDefined();
    expect(tabs()).toContain('LeadLift Scoruri aplicate');
    expect(tabs()).not.toContain('LeadLift Applied Scores');
    expect(sandbox.spreadsheet.getSheetByName('LeadLift Scoruri aplicate')!.isSheetHidden()).toBe(true);
    sandbox.clock.advance(day);
    runDay();
    expect(healthTabs()).toEqual(['LeadLift Sănătate']);
    const romanian = shown('LeadLift Sănătate');
    expect(romanian[0].slice(0, 5)).toEqual([
      'Data',
      'Model aplicat la',
      'Deschise la aplicare',
      'Închise de atunci',
      'Au plecat',
    ]);
    // Applied again with every customer closed: none open, so the reading waits, in Romanian.
    expect(romanian.at(-1)![9]).toMatch(
      /^Prea devreme pentru un verdict: dintre leadurile deschise la aplicarea modelului s-au închis 0 leaduri/,
    );
  });
});
