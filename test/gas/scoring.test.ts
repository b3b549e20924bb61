import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type LoadedAddOn, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');
let addOn: LoadedAddOn;
beforeAll(() => {
  addOn = loadAddOn(dist, createSandbox({ authMode: 'CUSTOM_FUNCTION' }));
});

type Cell = string | number | boolean | Date;
const column = (...cells: Cell[]) => cells.map((c) => [c]);
/** A whole-column range: the data, then thousands of empty rows below it. */
const padded = (grid: Cell[][], rows = 5000) => [
  ...grid,
  ...Array.from({ length: rows }, () => new Array<Cell>(grid[0].length).fill('')),
];

const leads: Cell[][] = [
  ['Lead Source', 'Visits', 'Occupation'],
  ['Webinar', 12, 'Student'],
  ['Google', 3, 'Working Professional'],
  ['', '', ''],
  [' webinar ', '7', ''],
];
const model: Cell[][] = [
  ['Attribute', 'Value', 'Points', 'Dimension'],
  ['Lead Source', 'Webinar', 15, 'Engagement'],
  ['visits', '>=5', 10, 'Engagement'],
  ['Occupation', 'Student', -10, 'Fit'],
  ['Occupation', '(blank)', -3, 'Fit'],
];

describe('=LEADSCORE from dist/Code.js', () => {
  it('gives each lead its total, an empty cell for an empty lead row, under the header Score', () => {
    expect(addOn.call('LEADSCORE', leads, model)).toEqual(column('Score', 15, 0, '', 22));
  });
  it('counts one dimension under the header "<Dimension> score"', () => {
    expect(addOn.call('LEADSCORE', leads, model, 'fit')).toEqual(column('Fit score', -10, 0, '', -3));
  });
  it('reads a Spanish model and leaves its (base) row out of the score', () => {
    const modelo: Cell[][] = [
      ['Atributo', 'Criterio', 'Puntos', 'Notas'],
      ['(base)', '', 50, 'intercept'],
      ['Lead Source', 'web*', 15, ''],
    ];
    expect(addOn.call('LEADSCORE', leads, modelo)).toEqual(column('Score', 15, 0, '', 15));
  });
  it('stays aligned with whole-column ranges of thousands of empty rows', () => {
    const scores = addOn.call('LEADSCORE', padded(leads), padded(model, 3000)) as Cell[][];
    expect(scores).toHaveLength(leads.length + 5000);
    expect(scores.slice(0, 5)).toEqual(column('Score', 15, 0, '', 22));
    expect(scores.slice(5).every((row) => row.length === 1 && row[0] === '')).toBe(true);
  });
  it('scores with =SUGGESTPOINTS output as the model', () => {
    // 20 leads from a (15 converted) and 20 from b (5 converted): a earns more points than b.
    const data: Cell[][] = [
      ['Source', 'Won'],
      ...Array.from({ length: 40 }, (_, i): Cell[] => [
        i < 20 ? 'a' : 'b',
        i % 20 < (i < 20 ? 15 : 5) ? 1 : 0,
      ]),
    ];
    const suggested = addOn.call(
      'SUGGESTPOINTS',
      data.map((r) => [r[0]]),
      data.map((r) => [r[1]]),
      'odds',
      1,
    ) as Cell[][];
    const scores = addOn.call(
      'LEADSCORE',
      data.map((r) => [r[0]]),
      suggested,
    ) as Cell[][];
    const pointsOf = (value: string) => suggested.find((r) => r[1] === value)?.[2];
    expect(scores.slice(1).map((r) => r[0])).toEqual(data.slice(1).map((r) => pointsOf(r[0] as string)));
    expect(pointsOf('a')).toBeGreaterThan(pointsOf('b') as number);
  });
  it('names an attribute that is not a column and lists the columns', () => {
    expect(() => addOn.call('LEADSCORE', leads, [...model, ['Budget', '>1000', 5, '']])).toThrow(
      'The model\'s attribute "Budget" (model row 6) is not a column of the leads, whose columns are "Lead Source", "Visits", "Occupation": rename the attribute or add the column.',
    );
  });
  it('names the model row of a bad criterion or of points that are not a number', () => {
    expect(() => addOn.call('LEADSCORE', leads, [...model, ['Visits', '>=lots', 5, '']])).toThrow(
      'Model row 6 (Visits): Criterion ">=lots" compares with "lots", which is not a number or a date',
    );
    expect(() => addOn.call('LEADSCORE', leads, [...model, ['Visits', '>=5', 'many', '']])).toThrow(
      'The points in model row 6 (Visits) are "many", not a number: write a number such as 10 or -5.',
    );
  });
  it('says which model columns are missing', () => {
    expect(() =>
      addOn.call('LEADSCORE', leads, [
        ['Attribute', 'Value'],
        ['a', 'b'],
      ]),
    ).toThrow(
      'The model has no Points column: its first row must name the columns Attribute, Value and Points (it reads "Attribute", "Value").',
    );
  });
  it('names a dimension the model does not have, and refuses a range as the dimension', () => {
    expect(() => addOn.call('LEADSCORE', leads, model, 'Intent')).toThrow(
      'The model has no rule of dimension "Intent": its dimensions are "Engagement", "Fit".',
    );
    expect(() => addOn.call('LEADSCORE', leads, model, [['Fit'], ['Engagement']])).toThrow(
      'dimension must be one name, such as "Fit" or "Engagement"; it is a range of 2 cells.',
    );
  });
  it('reports a Sheets error cell in a column the model reads, with its row', () => {
    const broken = leads.map((r) => [...r]);
    broken[2][1] = '#N/A';
    expect(() => addOn.call('LEADSCORE', broken, model)).toThrow(
      'Leads column "Visits" in row 3 is the error #N/A: fix that cell first.',
    );
  });
  it('reports the first error cell by row, then in the model’s order of columns, for any dimension', () => {
    const broken = leads.map((r) => [...r]);
    broken[4][2] = '#REF!';
    broken[4][0] = '#DIV/0!';
    broken[2][2] = ' #n/a '; // text with a space before the # is a value, not an error
    broken[3][2] = '#VALUE!';
    expect(() => addOn.call('LEADSCORE', broken, model)).toThrow(
      'Leads column "Occupation" in row 4 is the error #VALUE!: fix that cell first.',
    );
    broken[3][2] = '';
    expect(() => addOn.call('LEADSCORE', broken, model, 'Engagement')).toThrow(
      'Leads column "Lead Source" in row 5 is the error #DIV/0!: fix that cell first.',
    );
    broken[4][0] = 'Webinar';
    // The columns of the other dimension's rules are checked too.
    expect(() => addOn.call('LEADSCORE', broken, model, 'Engagement')).toThrow(
      'Leads column "Occupation" in row 5 is the error #REF!: fix that cell first.',
    );
  });
  it('refuses leads without column names and an empty leads range', () => {
    expect(() =>
      addOn.call(
        'LEADSCORE',
        [
          ['Source', ''],
          ['a', 'b'],
        ],
        model,
      ),
    ).toThrow('Column 2 of leads has no header: name every column in the first row.');
    expect(() => addOn.call('LEADSCORE', padded([['', '']]), model)).toThrow('The leads range is empty');
  });
});

describe('=LEADREASONS from dist/Code.js', () => {
  it('lists the largest contributions per lead under the header Why', () => {
    expect(addOn.call('LEADREASONS', leads, model)).toEqual(
      column(
        'Why',
        '+15 Lead Source = Webinar; +10 visits >=5; −10 Occupation = Student',
        '',
        '',
        '+15 Lead Source = Webinar; +10 visits >=5; −3 Occupation = (blank)',
      ),
    );
  });
  it('shows only top_n contributions and stays aligned with whole columns', () => {
    const reasons = addOn.call('LEADREASONS', padded(leads), model, 1) as Cell[][];
    expect(reasons).toHaveLength(leads.length + 5000);
    expect(reasons.slice(0, 5)).toEqual(
      column('Why', '+15 Lead Source = Webinar', '', '', '+15 Lead Source = Webinar'),
    );
  });
  it('refuses a top_n that is not a whole number of 1 or more', () => {
    expect(() => addOn.call('LEADREASONS', leads, model, 0)).toThrow(
      'top_n must be a whole number of 1 or more, such as 3; it is 0.',
    );
    expect(() => addOn.call('LEADREASONS', leads, model, 'two')).toThrow('it is "two".');
  });
});
