import { describe, expect, it } from 'vitest';
import { createSandbox, type FakeSheet, loadAddOn } from '../../src/sandbox';
import type { PointsRule } from '../../src/core/settings';
import { dist, sampleLeadsAddOn } from '../support/sandbox';
import { sampleRules, sampleSettings as settings } from '../support/settings';

// A value that reads as a formula, and one that reads as a number, must reach the SQL as the text they are.
const rules: PointsRule[] = sampleRules.map((r) =>
  r.value === 'Software' ? { ...r, value: '=Software' } : r,
);

function applied() {
  const { sandbox, sheet: leads, addOn } = sampleLeadsAddOn({ locale: 'en_US' });
  const notes = sandbox.spreadsheet.insertSheet('Notes');
  notes.getRange('A1:B2').setValues([
    ['keep', 1],
    ['=1+1', 'me'],
  ]);
  addOn.call('applyModel', settings, rules);
  return { sandbox, addOn, leads, notes };
}

const tabCells = (tab: FakeSheet) => tab.getRange(1, 1, tab.getLastRow(), tab.getLastColumn());

describe('Export as SQL from the sidebar', () => {
  for (const dialect of ['bigquery', 'duckdb'] as const) {
    it(`writes the ${dialect} query of the applied model, line for line what =MODELSQL gives`, () => {
      const { sandbox, addOn, leads, notes } = applied();
      const before = [leads, notes].map((tab) => tabCells(tab).getValues());
      const beforeFormulas = [leads, notes].map((tab) => tabCells(tab).getFormulas());
      const model = sandbox.spreadsheet.getSheetByName('LeadLift Model')!;
      const expected = addOn.call(
        'MODELSQL',
        model.getRange(1, 1, model.getLastRow(), 5).getValues(),
        'myproject.crm.leads',
        dialect,
      ) as string[][];
      expect(expected.length).toBeGreaterThan(5);

      const result = addOn.call('exportModelSql', ' myproject.crm.leads ', dialect);
      expect(result).toEqual({
        tab: 'LeadLift SQL',
        range: `A1:A${expected.length}`,
        lines: expected.length,
        dialect,
      });
      const tab = sandbox.spreadsheet.getSheetByName('LeadLift SQL')!;
      expect(tab.getLastColumn()).toBe(1);
      expect(tabCells(tab).getValues()).toEqual(expected);
      expect(tabCells(tab).getDisplayValues()).toEqual(expected);
      expect(
        tabCells(tab)
          .getFormulas()
          .flat()
          .every((f) => f === ''),
      ).toBe(true);
      // The user's tabs are as they were.
      expect([leads, notes].map((t) => tabCells(t).getValues())).toEqual(before);
      expect([leads, notes].map((t) => tabCells(t).getFormulas())).toEqual(beforeFormulas);
    });
  }

  it('keeps formula-looking lines as text and empties its own tab of an older, longer query', () => {
    const { sandbox, addOn } = applied();
    const old = sandbox.spreadsheet.insertSheet('LeadLift SQL');
    old.getRange(1, 1, 400, 2).setValue('stale');
    addOn.call('exportModelSql', 'leads', 'duckdb');
    const tab = sandbox.spreadsheet.getSheetByName('LeadLift SQL')!;
    const lines = tab.getRange(1, 1, tab.getLastRow(), 1).getValues().flat();
    expect(tab.getLastColumn()).toBe(1);
    expect(lines).not.toContain('stale');
    // Every line sits in a plain-text cell, so a line Sheets would run or re-read were it typed (such as one
    // starting "-" or "=") stays the text it is.
    expect(
      tab
        .getRange(1, 1, lines.length, 1)
        .getNumberFormats()
        .flat()
        .every((f) => f === '@'),
    ).toBe(true);
    expect(
      tab
        .getRange(1, 1, lines.length, 1)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(lines.every((line) => typeof line === 'string' && line !== '')).toBe(true);
  });

  it('refuses without an applied model, and with an empty or unreadable table name', () => {
    const sandbox = createSandbox({ locale: 'en_US' });
    const addOn = loadAddOn(dist, sandbox);
    expect(() => addOn.call('exportModelSql', 'leads', 'bigquery')).toThrow(/No model is applied yet/);
    const ready = applied();
    expect(() => ready.addOn.call('exportModelSql', '  ', 'bigquery')).toThrow(/table name is missing/);
    expect(() => ready.addOn.call('exportModelSql', 'a`b', 'bigquery')).toThrow(/backtick/);
    expect(() => ready.addOn.call('exportModelSql', 'leads', 'postgres')).toThrow(
      /choose BigQuery or DuckDB/,
    );
    expect(ready.sandbox.spreadsheet.getSheetByName('LeadLift SQL')).toBeNull();
  });
});
