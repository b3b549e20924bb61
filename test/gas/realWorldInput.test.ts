// Real-world input that once gave a wrong number silently: each case now gives the right number or words.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');
const addOn = loadAddOn(dist, createSandbox({ timeZone: 'Europe/Paris', authMode: 'CUSTOM_FUNCTION' }));

type Cell = string | number | boolean | Date;
type Grid = Cell[][];
const column = (...cells: Cell[]) => cells.map((c) => [c]);
const call = (name: string, ...args: unknown[]) => addOn.call(name, ...args) as Grid;
const rowsOf = (table: Grid, attribute: string) => table.filter((row) => row[0] === attribute);

/** `n` leads whose `i`th lead converts when `converts(i)`; the outcome column with its header. */
const outcomeOf = (n: number, converts: (i: number) => boolean) =>
  column('Converted', ...Array.from({ length: n }, (_, i) => converts(i)));

describe('1. a numeric column mostly at one value', () => {
  // 900 leads never clicked (10% convert), 100 clicked 1 to 20 times (50% convert).
  const clicks = Array.from({ length: 1000 }, (_, i) => (i < 900 ? 0 : 1 + (i % 20)));
  const history: Grid = [['Email clicks'], ...clicks.map((c) => [c])];
  const outcome = outcomeOf(1000, (i) => (i < 900 ? i % 10 === 0 : i % 2 === 0));
  it('gives the value most leads hold a bin of its own and still cuts the rest', () => {
    const rows = rowsOf(call('SUGGESTPOINTS', history, outcome), 'Email clicks');
    const zeros = rows.find((row) => row[1] === '<1');
    expect(zeros?.[3]).toBe(900);
    expect(zeros?.[2]).toBeLessThan(0);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.filter((row) => row[1] !== '<1').every((row) => (row[2] as number) > 0)).toBe(true);
  });
  it('lets PREDICTMODEL learn from it', () => {
    const model = call('PREDICTMODEL', history, outcome);
    expect(rowsOf(model, 'Email clicks').length).toBeGreaterThan(1);
  });
});

describe('2. a real value spelled (other)', () => {
  // Google Analytics writes "(other)" for its own catch-all: here it converts 3 in 4.
  const sources = Array.from({ length: 80 }, (_, i) => (i < 40 ? '(other)' : i < 75 ? 'Web' : `Rare ${i}`));
  const history: Grid = [['Source'], ...sources.map((s) => [s])];
  const outcome = outcomeOf(80, (i) => (i < 40 ? i % 4 !== 0 : i % 4 === 0));
  it('is escaped in SUGGESTPOINTS, so a new value does not score as it', () => {
    const table = call('SUGGESTPOINTS', history, outcome);
    // Escaped as =(other), behind the apostrophe that keeps a pasted "=" from running as a formula.
    expect(rowsOf(table, 'Source').map((row) => row[1])).toContain("'=(other)");
    const leads: Grid = [['Source'], ['Banking'], ['(other)']];
    const scores = call('LEADSCORE', leads, table);
    const otherPoints = rowsOf(table, 'Source').find((row) => row[1] === "'=(other)")?.[2];
    expect(scores).toEqual([['Score'], [0], [otherPoints as number]]);
  });
  it('is escaped in PREDICTMODEL, beside its own (other) row of rare values', () => {
    const model = call('PREDICTMODEL', history, outcome);
    const values = rowsOf(model, 'Source').map((row) => row[1]);
    expect(values.filter((v) => v === '(other)')).toHaveLength(1);
    expect(values).toContain("'=(other)");
  });
});

describe('3. an outcome whose first cell is an outcome word', () => {
  const attributes: Grid = [['a'], ['b'], ['a'], ['b']];
  it('is refused, not taken as the header', () => {
    for (const first of ['yes', 'no', 'TRUE']) {
      const outcome = column(first, 'no', 'yes', 'no');
      expect(() => call('SUGGESTPOINTS', attributes, outcome)).toThrow(
        `The first row of outcome is "${first}", an outcome rather than a column name`,
      );
      expect(() => call('PREDICTMODEL', attributes, outcome)).toThrow(
        `The first row of outcome is "${first}", an outcome rather than a column name`,
      );
    }
  });
  it('a header such as Won above TRUE/FALSE stays a header', () => {
    const table = call('SUGGESTPOINTS', [['Source'], ['a'], ['b']], column('Won', true, false), 'odds', 0);
    expect(rowsOf(table, 'Source')).toHaveLength(2);
  });
});

describe('4. LEADPROBABILITY and points that are not odds points', () => {
  const sources = Array.from({ length: 60 }, (_, i) => ['a', 'b', 'c'][i % 3]);
  const history: Grid = [['Source'], ...sources.map((s) => [s])];
  const outcome = outcomeOf(60, (i) => (i % 3 === 0 ? i % 2 === 0 : i % 3 === 1 ? i % 5 === 0 : i % 7 === 0));
  it('refuses a ratio or difference table with words', () => {
    for (const method of ['ratio', 'difference', 'joint']) {
      const table = call('SUGGESTPOINTS', history, outcome, method);
      expect(() => call('LEADPROBABILITY', history, table)).toThrow(
        'A probability needs odds points: make the table with =SUGGESTPOINTS(…, "odds")',
      );
    }
  });
  it('reads an odds table', () => {
    const probabilities = call('LEADPROBABILITY', history, call('SUGGESTPOINTS', history, outcome));
    expect(probabilities.slice(1).every(([p]) => typeof p === 'number' && p > 0 && p < 1)).toBe(true);
  });
  it('names no conversions as the cause when the history had none', () => {
    const table = call(
      'SUGGESTPOINTS',
      history,
      outcomeOf(60, () => false),
    );
    expect(() => call('LEADPROBABILITY', history, table)).toThrow(
      'No lead in the model’s history converted, so it gives no probability',
    );
  });
});

describe('5. duplicate attribute headers', () => {
  const history: Grid = [
    ['Source', ' source '],
    ['a', 'a'],
    ['b', 'b'],
  ];
  it('are refused by SUGGESTPOINTS and PREDICTMODEL', () => {
    for (const name of ['SUGGESTPOINTS', 'PREDICTMODEL'])
      expect(() => call(name, history, column('Won', 1, 0))).toThrow(
        /^Columns 1 and 2 of (attributes|history) are both named "Source": give each column its own name\.$/,
      );
  });
});

describe('6. a model with two Points columns', () => {
  it('is refused', () => {
    const model: Grid = [
      ['Attribute', 'Value', 'Points', 'Points'],
      ['Source', 'a', 10, 20],
    ];
    expect(() => call('LEADSCORE', [['Source'], ['a']], model)).toThrow(
      'The model has two Points columns, 3 and 4: keep one.',
    );
  });
});

describe('7. numbers Sheets shows as equal', () => {
  const sum = 0.1 + 0.2;
  it('are one value for CLOSERATE', () => {
    const table = call('CLOSERATE', column('Rate', sum, 0.3, 0.5), column('Converted', 1, 0, 0));
    expect(table).toEqual([
      ['Rate', 'Leads', 'Conversions', 'Close rate', 'Lift'],
      [0.3, 2, 1, 0.5, 1.5],
      [0.5, 1, 0, 0, 0],
    ]);
  });
  it('are a tie for SCOREAUC and LIFTTABLE', () => {
    expect(addOn.call('SCOREAUC', column(sum, 0.3), column(1, 0))).toBe(0.5);
    expect(call('LIFTTABLE', column(sum, 0.3), column(1, 0), 2)).toHaveLength(2);
  });
});

describe('8. the Predicted column of LIFTTABLE', () => {
  it('is left out for 0/1 scores and for all-zero scores', () => {
    const won = column('Won', 1, 0, 1, 0);
    expect(call('LIFTTABLE', column('Score', 1, 0, 1, 0), won)[0]).not.toContain('Predicted');
    expect(call('LIFTTABLE', column('Score', 0, 0, 0, 0), won)[0]).not.toContain('Predicted');
    expect(call('LIFTTABLE', column('Score', 0.9, 0.2, 0.6, 0.1), won)[0]).toContain('Predicted');
  });
});

describe('9. criteria read a text the same way for equality and comparison', () => {
  // Midnight in the spreadsheet's zone (Paris), as Sheets hands a date cell of that day.
  const parisMidnight = (d: number) => new Date(Date.UTC(2026, 0, d) - 3_600_000);
  const dates = column('Signed up', parisMidnight(1), parisMidnight(2));
  const won = column('Converted', 1, 0);
  it('matches a date cell by its serial and by a text date, as >= does', () => {
    for (const criterion of ['46023', 46023, '2026-1-1', '2026-01-01', '>=46023 <=46023'])
      expect(addOn.call('CLOSERATE', dates, won, criterion)).toBe(1);
  });
  it('matches a percentage by its value, as >=50% does', () => {
    expect(addOn.call('CLOSERATE', column('Share', 0.5, 0.25), won, '50%')).toBe(1);
    expect(addOn.call('CLOSERATE', column('Share', 0.5, 0.25), won, '>=50%')).toBe(1);
  });
});

describe('10. grades of heavily tied scores', () => {
  it('never give the lowest score a grade above the lowest', () => {
    const fit = column('Fit', ...Array.from({ length: 100 }, (_, i) => (i < 80 ? 0 : i)));
    const grades = call('LEADGRADE', fit, fit);
    expect(grades[1][0]).toBe('E5');
    expect(grades.slice(1, 81).every(([g]) => g === 'E5')).toBe(true);
    expect(grades[100][0]).toBe('A1');
  });
  it('give every lead the lowest grade when every lead ties, and say so in the header', () => {
    const zeros = column('Engagement', ...new Array<number>(10).fill(0));
    const fit = column('Fit', ...Array.from({ length: 10 }, (_, i) => i));
    const grades = call('LEADGRADE', fit, zeros);
    expect(grades[0]).toEqual(['Grade (every lead ties on engagement)']);
    expect(grades.slice(1).map(([g]) => g)).toEqual([
      'E5',
      'E5',
      'D5',
      'D5',
      'C5',
      'C5',
      'B5',
      'B5',
      'A5',
      'A5',
    ]);
  });
});

describe('11. results too large to show', () => {
  it('a model whose points are too large is refused', () => {
    const model: Grid = [
      ['Attribute', 'Value', 'Points'],
      ['A', 'x', 1e308],
      ['B', 'y', 1e308],
    ];
    expect(() =>
      call(
        'LEADSCORE',
        [
          ['A', 'B'],
          ['x', 'y'],
        ],
        model,
      ),
    ).toThrow(
      'The points in model row 2 (A) are 1e+308: write a number from -1,000,000,000 to 1,000,000,000.',
    );
  });
});

describe('messages and crashes', () => {
  it('counts are singular or plural as they should be', () => {
    expect(() => call('LEADSTAGE', 5, 10, [['a', 'b', 'c']])).toThrow('1 threshold makes 2 stages');
    expect(() => call('CLOSERATE', [['a']], [['1'], ['0']])).toThrow(
      'The attribute range has 1 row but the outcome range has 2',
    );
    const history: Grid = [['Source'], ...Array.from({ length: 30 }, (_, i) => [i % 2 ? 'a' : 'b'])];
    expect(() =>
      call(
        'PREDICTMODEL',
        history,
        outcomeOf(30, (i) => i === 0),
      ),
    ).toThrow('The history has only 1 conversion:');
  });
  it('SUGGESTPOINTS and PREDICTMODEL accept empty trailing columns, as LEADSCORE does', () => {
    const history: Grid = [['Source', ''], ...Array.from({ length: 40 }, (_, i) => [i % 2 ? 'a' : 'b', ''])];
    const outcome = outcomeOf(40, (i) => i % 4 === 1 || i % 8 === 0);
    const narrow = history.map((row) => row.slice(0, 1));
    expect(call('SUGGESTPOINTS', history, outcome).slice(1)).toEqual(
      call('SUGGESTPOINTS', narrow, outcome).slice(1),
    );
    expect(call('PREDICTMODEL', history, outcome).slice(1)).toEqual(
      call('PREDICTMODEL', narrow, outcome).slice(1),
    );
  });
  it('text that Sheets would run as a formula is returned as text', () => {
    const attribute = column('Source', '=HYPERLINK("x")', '+1 day', '@home', '-x', 'Web');
    const table = call('CLOSERATE', attribute, column('Won', 1, 0, 0, 0, 1));
    const values = table.slice(1).map((row) => row[0]);
    expect(values).toEqual(expect.arrayContaining(['\'=HYPERLINK("x")', "'+1 day", "'@home", "'-x", 'Web']));
    const stages = call('LEADSTAGE', column(1, 9), 5, [['=cold', '+hot']]);
    expect(stages).toEqual([["'=cold"], ["'+hot"]]);
  });
  it('a SUGGESTPOINTS table holding formula-like values still scores those values', () => {
    const leads: Grid = [['Source'], ...Array.from({ length: 40 }, (_, i) => [i % 2 ? '=x' : 'Web'])];
    const outcome = outcomeOf(40, (i) => i % 2 === 1 && i % 3 !== 0);
    const table = call('SUGGESTPOINTS', leads, outcome);
    const formulaRow = rowsOf(table, 'Source').find((row) => row[1] === "'==x");
    expect(formulaRow?.[2]).toBeGreaterThan(0);
    expect(call('LEADSCORE', leads, table)[2]).toEqual([formulaRow?.[2]]);
  });
});
