// A marketer selects the whole export as it comes: =SUGGESTPOINTS(A1:AL, G1:G) and =PREDICTMODEL(A1:AL, G1:G).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { asCell, dataFile, dataReady, parseCsv } from '../support/realData';

const dist = join(import.meta.dirname, '../../dist');
const addOn = loadAddOn(dist, createSandbox({ authMode: 'CUSTOM_FUNCTION' }));

type Cell = string | number | boolean | Date;
type Grid = Cell[][];
const call = (name: string, ...args: unknown[]) => addOn.call(name, ...args) as Grid;
const withoutNote = (table: Grid) => table.filter((row) => row[0] !== '(note)');

describe('a small export selected whole', () => {
  // 40 leads: an ID, an e-mail, the outcome, a source that matters, and the empty column a CSV export ends with.
  const sheet: Grid = [
    ['Lead ID', 'E-mail', 'Source', 'Converted', ''],
    ...Array.from({ length: 40 }, (_, i): Cell[] => [
      1000 + i,
      `lead${i}@example.com`,
      i % 2 ? 'Web' : 'Fair',
      i % 2 === 1 && i % 3 !== 0 ? 1 : i % 7 === 0 ? 1 : 0,
      '',
    ]),
  ];
  const outcome = sheet.map((row) => [row[3]]);
  const useful = sheet.map((row) => [row[2]]);
  it('SUGGESTPOINTS leaves out the ID columns and the outcome, and says so in a note row', () => {
    const table = call('SUGGESTPOINTS', sheet, outcome);
    expect(table[1].slice(0, 2)).toEqual([
      '(note)',
      'Left out: Lead ID, E-mail (they identify leads); Converted (the outcome).',
    ]);
    expect(withoutNote(table)).toEqual(call('SUGGESTPOINTS', useful, outcome));
  });
  it('PREDICTMODEL does the same', () => {
    const table = call('PREDICTMODEL', sheet, outcome);
    expect(table[1][1]).toBe('Left out: Lead ID, E-mail (they identify leads); Converted (the outcome).');
    expect(withoutNote(table)).toEqual(call('PREDICTMODEL', useful, outcome));
  });
  it('LEADSCORE and LEADPROBABILITY read a table with its note row', () => {
    const scores = call('LEADSCORE', sheet, call('SUGGESTPOINTS', sheet, outcome));
    expect(scores).toEqual(call('LEADSCORE', sheet, call('SUGGESTPOINTS', useful, outcome)));
    const probabilities = call('LEADPROBABILITY', sheet, call('PREDICTMODEL', sheet, outcome));
    expect(probabilities).toEqual(call('LEADPROBABILITY', sheet, call('PREDICTMODEL', useful, outcome)));
  });
  it('a column with no header that holds data is still refused', () => {
    const unnamed = sheet.map((row, i) => [...row.slice(0, 4), i === 0 ? '' : 'x']);
    expect(() => call('SUGGESTPOINTS', unnamed, outcome)).toThrow(
      'Column 5 of attributes has no header: name every column in the first row.',
    );
  });
});

describe.skipIf(!dataReady)('the X Education leads selected whole (A1:AL, G1:G)', () => {
  const rows = dataReady ? parseCsv(readFileSync(dataFile, 'utf8')).filter((r) => r.length > 1) : [];
  const sheet: Grid = rows.map((row, i) => row.map((text) => (i === 0 ? text : (asCell(text) as Cell))));
  const outcomeAt = sheet[0]?.indexOf('Converted') ?? -1;
  const column = (grid: Grid, j: number) => grid.map((row) => [row[j]]);
  // Every third lead of ten is held out: the model learns from the others.
  const header = sheet.slice(0, 1);
  const train = [...header, ...sheet.slice(1).filter((_, i) => i % 10 < 7)];
  const holdout = [...header, ...sheet.slice(1).filter((_, i) => i % 10 >= 7)];
  const skippedNames = ['Prospect ID', 'Lead Number', 'Converted', ''];
  const usefulColumns = (sheet[0] ?? []).flatMap((name, j) =>
    skippedNames.includes(name as string) ? [] : [j],
  );
  const useful = (grid: Grid) => grid.map((row) => usefulColumns.map((j) => row[j]));
  const holdoutOutcome = column(holdout, outcomeAt);

  it('is the export as it comes: 37 named columns and the empty one', () => {
    expect(sheet[0]).toHaveLength(38);
    expect(sheet[0][37]).toBe('');
  });
  it('SUGGESTPOINTS leaves out the IDs and the outcome, and scores the holdout as well as the useful columns do', () => {
    const whole = call('SUGGESTPOINTS', train, column(train, outcomeAt));
    expect(whole[1][1]).toBe(
      'Left out: Prospect ID, Lead Number (they identify leads); Converted (the outcome).',
    );
    const narrow = call('SUGGESTPOINTS', useful(train), column(train, outcomeAt));
    expect(withoutNote(whole)).toEqual(narrow);
    const aucWhole = addOn.call('SCOREAUC', call('LEADSCORE', holdout, whole), holdoutOutcome) as number;
    const aucNarrow = addOn.call('SCOREAUC', call('LEADSCORE', holdout, narrow), holdoutOutcome) as number;
    console.log(
      `SUGGESTPOINTS holdout AUC: whole sheet ${aucWhole.toFixed(4)}, useful columns ${aucNarrow.toFixed(4)}`,
    );
    expect(aucWhole).toBe(aucNarrow);
    expect(aucWhole).toBeGreaterThan(0.9);
  });
  it('PREDICTMODEL does the same', () => {
    const whole = call('PREDICTMODEL', train, column(train, outcomeAt));
    console.log(`PREDICTMODEL note: ${String(whole[1][1])}`);
    expect(whole[1][1]).toMatch(
      /^Left out: Prospect ID, Lead Number \(they identify leads\); Converted \(the outcome\); .* \(dates, or one value for every lead\)\.$/,
    );
    const narrow = call('PREDICTMODEL', useful(train), column(train, outcomeAt));
    expect(withoutNote(whole)).toEqual(withoutNote(narrow));
    const probability = (model: Grid) => call('LEADPROBABILITY', holdout, model);
    const aucWhole = addOn.call('SCOREAUC', probability(whole), holdoutOutcome) as number;
    const aucNarrow = addOn.call('SCOREAUC', probability(narrow), holdoutOutcome) as number;
    console.log(
      `PREDICTMODEL holdout AUC: whole sheet ${aucWhole.toFixed(4)}, useful columns ${aucNarrow.toFixed(4)}`,
    );
    expect(aucWhole).toBe(aucNarrow);
    expect(aucWhole).toBeGreaterThan(0.9);
  });
});
