import { join } from 'node:path';
import gas from 'gas-local';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const addOn = gas.require(dist, { Logger: { log() {} } }) as Record<string, (...args: unknown[]) => unknown>;

type Cell = string | number | boolean | Date;
/** A column as Sheets passes a range: one array per row. */
const column = (...cells: Cell[]) => cells.map((c) => [c]);
/** A whole-column range: the data, then thousands of empty rows below it. */
const padded = (grid: Cell[][], rows = 5000) => [
  ...grid,
  ...Array.from({ length: rows }, () => new Array<Cell>(grid[0].length).fill('')),
];

const source = column('Source', 'Google', 'Bing', 'google ', '', 'GOOGLE', 'Bing');
const won = column('Customer', 'yes', 'no', 'yes', 'yes', 'no', 'no');

describe('=CLOSERATE from dist/Code.js', () => {
  it('gives one row per value, highest close rate first, headed by the attribute header', () => {
    expect(addOn.CLOSERATE(source, won)).toEqual([
      ['Source', 'Leads', 'Conversions', 'Close rate', 'Lift'],
      ['(blank)', 1, 1, 1, 2],
      ['Google', 3, 2, 2 / 3, 4 / 3],
      ['Bing', 2, 0, 0, 0],
    ]);
  });
  it('ignores the empty rows of whole-column ranges', () => {
    expect(addOn.CLOSERATE(padded(source), padded(won))).toEqual(addOn.CLOSERATE(source, won));
  });
  it('heads the table "Value" when the ranges have no header', () => {
    const table = addOn.CLOSERATE(column(10, 20, 10), column(1, 0, 0)) as Cell[][];
    expect(table[0][0]).toBe('Value');
    expect(table.slice(1)).toEqual([
      [10, 2, 1, 0.5, 1.5],
      [20, 1, 0, 0, 0],
    ]);
  });
  it('accepts single cells as Sheets passes them, as scalars', () => {
    expect(addOn.CLOSERATE('Google', true)).toEqual([
      ['Value', 'Leads', 'Conversions', 'Close rate', 'Lift'],
      ['Google', 1, 1, 1, 1],
    ]);
  });
  it('gives the close rate of the leads meeting a criterion', () => {
    const size = column('Employees', 10, 60, 80, '', 55);
    const outcome = column('Customer', 1, 1, 0, 1, 1);
    expect(addOn.CLOSERATE(size, outcome, '>=50')).toBeCloseTo(2 / 3, 12);
    expect(addOn.CLOSERATE(padded(size), padded(outcome), [['>=50 <70']])).toBe(1);
    expect(addOn.CLOSERATE(source, won, 'goo*')).toBeCloseTo(2 / 3, 12);
    expect(addOn.CLOSERATE(source, won, '(blank)')).toBe(1);
    expect(addOn.CLOSERATE(source, won, '<>google')).toBeCloseTo(1 / 3, 12);
  });
  it('shows an empty lift, not a wrong number, when no lead converted', () => {
    expect(addOn.CLOSERATE(column('a', 'b'), column(0, 0))).toEqual([
      ['Value', 'Leads', 'Conversions', 'Close rate', 'Lift'],
      ['a', 1, 0, 0, ''],
      ['b', 1, 0, 0, ''],
    ]);
  });
  it('says when no lead matches the criterion', () => {
    expect(() => addOn.CLOSERATE(source, won, 'Yahoo')).toThrow(
      'No lead matches the criterion "Yahoo", so it has no close rate: check the criterion and the attribute range.',
    );
  });
  it('explains a criterion it cannot read', () => {
    expect(() => addOn.CLOSERATE(source, won, '>lots')).toThrow(
      'Criterion ">lots" compares with "lots", which is not a number or a date',
    );
    expect(() => addOn.CLOSERATE(source, won, '')).toThrow('The criterion is empty: write "(blank)"');
    expect(() => addOn.CLOSERATE(source, won, [['>1'], ['<5']])).toThrow('The criterion must be one cell');
    expect(() => addOn.CLOSERATE(source, won, '#N/A')).toThrow('The criterion is the error #N/A');
  });
  it('takes a number or TRUE/FALSE as the criterion, as a cell holding one passes it', () => {
    const plan = column('Seats', 10, '10', 20, 10.0);
    const outcome = column('Customer', 1, 0, 1, 1);
    expect(addOn.CLOSERATE(plan, outcome, 10)).toBeCloseTo(2 / 3, 12);
    expect(addOn.CLOSERATE(column('Opted in', true, false, 'TRUE'), column('Customer', 1, 1, 0), true)).toBe(
      0.5,
    );
  });
  it('explains a comparison with nothing to compare, or two that exclude each other', () => {
    expect(() => addOn.CLOSERATE(source, won, '>=')).toThrow(
      'Criterion ">=" has nothing to compare with: write a number after >=, such as ">=10".',
    );
    expect(() => addOn.CLOSERATE(source, won, '>=20 <10')).toThrow(
      'Criterion ">=20 <10" can match no value: no number is both >=20 and <10.',
    );
  });
  it('reports a Sheets error cell in the outcome with its row', () => {
    const outcome = column('Customer', 'yes', '#DIV/0!', 'yes', 'yes', 'no', 'no');
    expect(() => addOn.CLOSERATE(source, outcome)).toThrow(
      'Outcome in row 3 is the error #DIV/0!: fix that cell first.',
    );
  });
  it('says which argument is missing', () => {
    expect(() => addOn.CLOSERATE(undefined, won)).toThrow('The attribute argument is missing.');
  });
  it('states both heights when the ranges differ', () => {
    expect(() => addOn.CLOSERATE(source, won.slice(0, 5))).toThrow(
      'The attribute range has 7 rows but the outcome range has 5: give ranges of the same height.',
    );
  });
  it('reports a Sheets error cell in the attribute with its row', () => {
    const broken = column('Source', 'Google', '#N/A', 'Bing', 'Bing', 'Bing', 'Bing');
    expect(() => addOn.CLOSERATE(broken, won)).toThrow(
      'Attribute in row 3 is the error #N/A: fix that cell first.',
    );
  });
  it('reports an outcome it cannot read with its row and value', () => {
    const outcome = column('Customer', 'yes', 'no', 'maybe', 'yes', 'no', 'no');
    expect(() => addOn.CLOSERATE(source, outcome)).toThrow(
      'Outcome in row 4 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
  });
  it('refuses an attribute of several columns', () => {
    expect(() => addOn.CLOSERATE([['a', 'b']], [[true]])).toThrow(
      'The attribute must be a single column; it has 2 columns.',
    );
  });
  it('says there are no leads when the ranges hold only a header or nothing', () => {
    expect(() => addOn.CLOSERATE(padded(column('Source')), padded(column('Customer')))).toThrow(
      'There are no leads',
    );
  });
});

const attributes = [
  ['Source', 'Plan', 'Created'],
  ...Array.from({ length: 20 }, (_, i) => [i < 10 ? 'Ads' : 'web', 'Pro', new Date(2026, 0, 1 + i)]),
];
const outcome = column(
  'Customer',
  ...[1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((b) => b === 1),
);
const header = ['Attribute', 'Value', 'Points', 'Leads', 'Conversions', 'Close rate', 'Lift', 'Low', 'High'];

describe('=SUGGESTPOINTS from dist/Code.js', () => {
  it('gives a scoring model: points by odds, dates skipped', () => {
    const table = addOn.SUGGESTPOINTS(attributes, outcome) as Cell[][];
    expect(table[0]).toEqual(header);
    // The row under the header says what was left out.
    expect(table[1]).toEqual(['(note)', 'Left out: Created (dates).', '', '', '', '', '', '', '']);
    expect(table.slice(2).map((r) => r.slice(0, 5))).toEqual([
      ['Source', 'Ads', 10, 10, 5],
      ['Source', 'web', -14, 10, 1],
      ['Plan', 'Pro', 0, 20, 6],
    ]);
    expect(table[2][5]).toBe(0.5);
    expect(table[2][7]).toBeCloseTo(0.236593, 6);
    expect(table[2][8]).toBeCloseTo(0.763407, 6);
  });
  it('ignores the empty rows of whole-column ranges', () => {
    expect(addOn.SUGGESTPOINTS(padded(attributes, 20000), padded(outcome, 20000))).toEqual(
      addOn.SUGGESTPOINTS(attributes, outcome),
    );
  });
  it('takes the method and min_leads, by text or by cell', () => {
    const points = (method: unknown, minLeads?: unknown) =>
      (addOn.SUGGESTPOINTS(attributes, outcome, method, minLeads) as Cell[][]).slice(2).map((r) => r[2]);
    expect(points('ratio')).toEqual([2, 0, 1]);
    expect(points(' Difference ')).toEqual([20, -20, 0]);
    expect(points('difference', 11)).toEqual([0, 0, 0]);
    expect(points('', '')).toEqual([10, -14, 0]);
  });
  it('bins a numeric column into criteria that read back', () => {
    const grid = [['Age'], ...Array.from({ length: 20 }, (_, i) => [i + 1])];
    const won20 = column('Customer', ...Array.from({ length: 20 }, (_, i) => i >= 10));
    const values = (addOn.SUGGESTPOINTS(grid, won20, 'difference', 1) as Cell[][]).slice(1).map((r) => r[1]);
    expect(values).toEqual(['>=13 <17', '>=17', '>=9 <13', '<5', '>=5 <9']);
  });
  it('takes a text in the first row as the header even when it reads like an outcome', () => {
    const table = addOn.SUGGESTPOINTS(attributes, [['Won'], ...outcome.slice(1)]) as Cell[][];
    expect(table.slice(2).map((r) => r[2])).toEqual([10, -14, 0]);
  });
  it('needs a header row', () => {
    expect(() => addOn.SUGGESTPOINTS(attributes.slice(1), outcome.slice(1))).toThrow(
      'The first row of outcome is TRUE, not a column name: SUGGESTPOINTS needs a header row',
    );
    expect(() =>
      addOn.SUGGESTPOINTS(
        [
          ['Source', ''],
          ['Ads', 'x'],
        ],
        column('Customer', 1),
      ),
    ).toThrow('Column 2 of attributes has no header: name every column in the first row.');
  });
  it('reports a Sheets error cell in the header row', () => {
    expect(() =>
      addOn.SUGGESTPOINTS(
        [
          ['Source', '#REF!'],
          ['Ads', 'x'],
        ],
        column('Customer', 1),
      ),
    ).toThrow('The header of column 2 of attributes is the error #REF!: fix that cell first.');
  });
  it('refuses an outcome of several columns', () => {
    expect(() => addOn.SUGGESTPOINTS(attributes, attributes)).toThrow(
      'The outcome must be a single column; it has 3 columns.',
    );
  });
  it('states both heights when the ranges differ', () => {
    expect(() => addOn.SUGGESTPOINTS(attributes, outcome.slice(0, 10))).toThrow(
      'The attributes range has 21 rows but the outcome range has 10: give ranges of the same height.',
    );
  });
  it('reports a Sheets error cell with its column and row', () => {
    const broken = attributes.map((row, i) => (i === 3 ? ['#REF!', ...row.slice(1)] : row));
    expect(() => addOn.SUGGESTPOINTS(broken, outcome)).toThrow(
      'Attribute "Source" in row 4 is the error #REF!: fix that cell first.',
    );
  });
  it('reports an outcome it cannot read with its row', () => {
    const bad = outcome.map((row, i) => (i === 6 ? ['maybe'] : row));
    expect(() => addOn.SUGGESTPOINTS(attributes, bad)).toThrow('Outcome in row 7 is "maybe"');
  });
  it('refuses an unknown method or a min_leads that is not a whole number', () => {
    expect(() => addOn.SUGGESTPOINTS(attributes, outcome, 'magic')).toThrow(
      'method must be "odds", "ratio", "difference" or "joint"; it is "magic".',
    );
    expect(() => addOn.SUGGESTPOINTS(attributes, outcome, 'odds', 2.5)).toThrow(
      'min_leads must be a whole number of 0 or more, such as 10; it is 2.5.',
    );
    expect(() => addOn.SUGGESTPOINTS(attributes, outcome, 'odds', 'ten')).toThrow(
      'min_leads must be a whole number of 0 or more, such as 10; it is "ten".',
    );
  });
  it('refuses when every attribute is a date column, or there are no leads', () => {
    const dates = attributes.map((row) => [row[2]]);
    expect(() => addOn.SUGGESTPOINTS(dates, outcome)).toThrow('Every attribute column holds dates');
    expect(() => addOn.SUGGESTPOINTS('Source', 'Won')).toThrow('There are no leads');
    expect(() => addOn.SUGGESTPOINTS(padded([['Source']]), padded([['Won']]))).toThrow('There are no leads');
    expect(() => addOn.SUGGESTPOINTS(padded([['']]), padded([['']]))).toThrow(
      'There are no leads: the ranges are empty.',
    );
  });
});
