import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');

type Cell = string | number | boolean | Date;
const column = (...cells: Cell[]) => cells.map((c) => [c]);
/** A whole-column range: the data, then thousands of empty rows below it. */
const padded = (grid: Cell[][], rows = 5000) => [
  ...grid,
  ...Array.from({ length: rows }, () => new Array<Cell>(grid[0].length).fill('')),
];
const load = (timeZone = 'Europe/Paris') =>
  loadAddOn(dist, createSandbox({ timeZone, authMode: 'CUSTOM_FUNCTION' }));

describe('=SCOREAUC from dist/Code.js', () => {
  const addOn = load();
  const scores = column('Score', 9, 7, 7, 2, '');
  const won = column('Converted', 1, 1, 0, 0, '');
  it('gives the chance a converted lead outscores a non-converted one, ties counting half', () => {
    expect(addOn.call('SCOREAUC', scores, won)).toBe(0.875);
  });
  it('reads whole-column ranges and leaves out empty scores', () => {
    expect(addOn.call('SCOREAUC', padded(scores), padded(won))).toBe(0.875);
    expect(addOn.call('SCOREAUC', column(9, '', 7, 7, 2), column(1, 1, 1, 0, 0))).toBe(0.875);
  });
  it('needs conversions and non-conversions', () => {
    expect(() => addOn.call('SCOREAUC', scores, column('Converted', 0, 0, 0, 0, ''))).toThrow(
      'No lead converted, so there is nothing to separate: AUC needs conversions.',
    );
    expect(() => addOn.call('SCOREAUC', scores, column('Converted', 1, 1, 1, 1, ''))).toThrow(
      'Every lead converted, so there is nothing to separate: AUC needs leads that did not convert.',
    );
  });
  it('names cells it cannot read', () => {
    expect(() => addOn.call('SCOREAUC', column('Score', 9, 'high'), column('Won', 1, 0))).toThrow(
      'Score in row 3 is "high", not a number.',
    );
    expect(() => addOn.call('SCOREAUC', column('Score', 9, 3), column('Won', 1, 'maybe'))).toThrow(
      'Outcome in row 3 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
    expect(() => addOn.call('SCOREAUC', column('Score', '#N/A'), column('Won', 1))).toThrow(
      'Score in row 2 is the error #N/A: fix that cell first.',
    );
    expect(() => addOn.call('SCOREAUC', column('Score', '', ''), column('Won', 1, 0))).toThrow(
      'There are no scored leads: the scores are empty.',
    );
    expect(() => addOn.call('SCOREAUC', scores, won.slice(0, 3))).toThrow(
      'The scores range has 6 rows but the outcome range has 3: give ranges of the same height.',
    );
    expect(() => addOn.call('SCOREAUC', [[1, 2]], [[1, 0]])).toThrow(
      'The scores must be a single column; it has 2 columns.',
    );
  });
});

describe('=LIFTTABLE from dist/Code.js', () => {
  const addOn = load();
  const scores = column('Score', 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
  const won = column('Won', 1, 1, 0, 1, 0, 0, 0, 0, 1, 0);
  const expected = [
    ['Band', 'From', 'To', 'Leads', 'Conversions', 'Close rate', 'Lift', 'Conversions captured'],
    [1, 9, 10, 2, 2, 1, 2.5, 0.5],
    [2, 7, 8, 2, 1, 0.5, 1.25, 0.75],
    [3, 5, 6, 2, 0, 0, 0, 0.75],
    [4, 3, 4, 2, 0, 0, 0, 0.75],
    [5, 1, 2, 2, 1, 0.5, 1.25, 1],
  ];
  it('cuts score bands of equal lead counts from the top', () => {
    expect(addOn.call('LIFTTABLE', scores, won, 5)).toEqual(expected);
    expect(addOn.call('LIFTTABLE', padded(scores), padded(won), 5)).toEqual(expected);
  });
  it('makes 10 bands unless told otherwise', () => {
    expect(addOn.call('LIFTTABLE', scores, won) as Cell[][]).toHaveLength(11);
  });
  it('adds the mean predicted probability per band when the scores are probabilities', () => {
    const probabilities = column('Probability', 0.9, 0.7, 0.6, 0.4, 0.3, 0.1);
    const outcome = column('Won', 1, 1, 0, 1, 0, 0);
    const table = addOn.call('LIFTTABLE', probabilities, outcome, 3) as Cell[][];
    expect(table[0].at(-1)).toBe('Predicted');
    expect(table.slice(1).map((row) => [row[5], row.at(-1)])).toEqual([
      [1, 0.8],
      [0.5, 0.5],
      [0, 0.2],
    ]);
  });
  it('refuses bands that are not a whole number of 1 or more', () => {
    expect(() => addOn.call('LIFTTABLE', scores, won, 2.5)).toThrow(
      'bands must be a whole number of 1 or more, such as 10; it is 2.5.',
    );
    expect(() => addOn.call('LIFTTABLE', scores, column('Won', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toThrow(
      'No lead converted, so lift cannot be measured: the outcome needs some conversions.',
    );
  });
});

describe('=LEADGRADE from dist/Code.js', () => {
  const addOn = load();
  it('grades one lead with the cuts given', () => {
    expect(addOn.call('LEADGRADE', 72, 15, [[20, 40, 60, 80]], [[5, 10, 20, 40]])).toBe('B3');
  });
  it('grades a range by quintiles, passing the header through as Grade and empty scores as empty', () => {
    const fit = column('Fit score', 50, 10, 40, 20, 30, '');
    const engagement = column('Engagement score', 1, 2, 3, 4, 5, 6);
    expect(addOn.call('LEADGRADE', padded(fit), padded(engagement))).toEqual(
      padded(column('Grade', 'A5', 'E4', 'B3', 'D2', 'C1', '')),
    );
  });
  it('asks for cuts when there are too few scores for quintiles, and checks the cuts', () => {
    expect(() => addOn.call('LEADGRADE', column(1, 2), column(1, 2))).toThrow(
      'Quintiles of fit need at least 5 scores and there are 2: give the fit cuts, 4 ascending numbers such as {20, 40, 60, 80}.',
    );
    expect(() => addOn.call('LEADGRADE', 1, 2, [[20, 40, 60]], [[1, 2, 3, 4]])).toThrow(
      'The fit cuts must be 4 ascending numbers, the lowest scores of grades D, C, B and A, such as {20, 40, 60, 80}; there are 3.',
    );
    expect(() => addOn.call('LEADGRADE', 1, 2, [[1, 2, 3, 4]], [[4, 3, 2, 1]])).toThrow(
      'The engagement cuts must be ascending, such as {20, 40, 60, 80}; 3 follows 4.',
    );
    expect(() => addOn.call('LEADGRADE', 1, 2, [[1, 'x', 3, 4]])).toThrow(
      'fit_cuts must be numbers, such as {30, 60}; one of them is "x".',
    );
  });
  it('refuses ranges of different shapes and cells that are not numbers', () => {
    expect(() => addOn.call('LEADGRADE', column(1, 2), column(1, 2, 3))).toThrow(
      'The fit range is 2 × 1 but the engagement range is 3 × 1: give ranges of the same shape.',
    );
    expect(() =>
      addOn.call('LEADGRADE', column('Fit', 1, 'lots'), column('E', 1, 2), [[1, 2, 3, 4]], [[1, 2, 3, 4]]),
    ).toThrow('Fit in row 3 is "lots", not a number.');
  });
});

describe('=LEADSTAGE from dist/Code.js', () => {
  const addOn = load();
  it('labels scores with the default stages for one or two thresholds', () => {
    expect(addOn.call('LEADSTAGE', 60, [[30, 60]])).toBe('Sales-ready');
    expect(addOn.call('LEADSTAGE', 10, 50)).toBe('Not qualified');
    expect(addOn.call('LEADSTAGE', padded(column('Score', 10, 45, '', 90)), [[30, 60]])).toEqual(
      padded(column('Stage', 'Discard', 'Nurture', '', 'Sales-ready')),
    );
  });
  it('uses the labels given, and needs them beyond two thresholds', () => {
    expect(addOn.call('LEADSTAGE', column(5, 15, 25), [[10, 20]], [['Cold', 'Warm', 'Hot']])).toEqual(
      column('Cold', 'Warm', 'Hot'),
    );
    expect(() => addOn.call('LEADSTAGE', 5, [[10, 20, 30]])).toThrow(
      'With 3 thresholds, give 4 labels, one per stage from the lowest, such as {"Cold", "Nurture", "MQL", "SQL"} for 3 thresholds.',
    );
    expect(() => addOn.call('LEADSTAGE', 5, [[10, 20]], [['a', 'b']])).toThrow(
      'Give one label more than thresholds: 2 thresholds make 3 stages, but there are 2 labels.',
    );
    expect(() => addOn.call('LEADSTAGE', 5, [[20, 10]])).toThrow(
      'The thresholds must be ascending, such as {30, 60}; 10 follows 20.',
    );
    expect(() => addOn.call('LEADSTAGE', 5, '')).toThrow('Give at least one threshold, such as 50.');
    expect(() => addOn.call('LEADSTAGE', 5)).toThrow('The thresholds argument is missing.');
    expect(() => addOn.call('LEADSTAGE', 5, [[10, 'high']])).toThrow(
      'thresholds must be numbers, such as {30, 60}; one of them is "high".',
    );
    expect(() => addOn.call('LEADSTAGE', column('Score', 5, 'hot'), 10)).toThrow(
      'Score in row 3 is "hot", not a number.',
    );
  });
});

describe('=SCOREDECAY from dist/Code.js', () => {
  /** Midnight of a date in the sandbox spreadsheet's zone, as Sheets hands a date cell over. */
  const parisMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3_600_000);
  it('halves a score every half-life of calendar days, across a year boundary', () => {
    const addOn = load();
    expect(addOn.call('SCOREDECAY', 80, parisMidnight(2025, 12, 2), 30, parisMidnight(2026, 1, 1))).toBe(40);
    expect(addOn.call('SCOREDECAY', 80, parisMidnight(2025, 12, 2), 15, parisMidnight(2026, 1, 1))).toBe(20);
  });
  it('counts days in the spreadsheet’s time zone', () => {
    // Midnight in Auckland (UTC+13 in summer) is the previous day in UTC; the count is still 30 days.
    const addOn = load('Pacific/Auckland');
    const auckland = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 13 * 3_600_000);
    expect(addOn.call('SCOREDECAY', 80, auckland(2025, 12, 15), 30, auckland(2026, 1, 14))).toBe(40);
  });
  it('leaves scores alone for an empty date or a future one, passes the header and decays to today by default', () => {
    const addOn = load();
    const today = parisMidnight(2026, 1, 15); // the sandbox clock's day
    const scores = column('Score', 80, 80, 80, '');
    const dates = column(
      'Last activity',
      '',
      parisMidnight(2026, 2, 1),
      parisMidnight(2025, 12, 16),
      parisMidnight(2026, 1, 1),
    );
    expect(addOn.call('SCOREDECAY', padded(scores), padded(dates), 30, today)).toEqual(
      padded(column('Decayed score', 80, 80, 40, '')),
    );
    expect(addOn.call('SCOREDECAY', scores, dates)).toEqual(column('Decayed score', 80, 80, 40, ''));
  });
  it('refuses a last activity that is not a date, a bad half-life and a bad as_of', () => {
    const addOn = load();
    expect(() =>
      addOn.call('SCOREDECAY', column(80, 70), column(parisMidnight(2026, 1, 1), 'last week')),
    ).toThrow(
      'Last activity in row 2 is "last week", not a date: give a date, or leave the cell empty for no decay.',
    );
    expect(() => addOn.call('SCOREDECAY', 80, '#REF!')).toThrow(
      'Last activity in row 1 is the error #REF!: fix that cell first.',
    );
    expect(() => addOn.call('SCOREDECAY', 80, parisMidnight(2026, 1, 1), 0)).toThrow(
      'half_life_days must be a number of days above 0 and at most 1,000,000, such as 30; it is 0.',
    );
    expect(() => addOn.call('SCOREDECAY', 80, parisMidnight(2026, 1, 1), 30, 'today')).toThrow(
      'as_of must be a date, a date serial or a text date yyyy-mm-dd, such as TODAY(); it is "today".',
    );
    expect(() => addOn.call('SCOREDECAY', column(1, 2), column(parisMidnight(2026, 1, 1)))).toThrow(
      'The score range is 2 × 1 but the last_activity range is 1 × 1: give ranges of the same shape.',
    );
  });
});
