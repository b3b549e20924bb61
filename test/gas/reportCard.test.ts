import { join } from 'node:path';
import gas from 'gas-local';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
type AddOn = Record<string, (...args: unknown[]) => unknown>;

/** A custom function may read the spreadsheet's time zone; everything else it needs is the bare global object. */
function load(timeZone = 'UTC'): AddOn {
  return gas.require(dist, {
    Logger: { log() {} },
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }) },
  }) as AddOn;
}

/** A whole-column range as Sheets passes it: the data, then thousands of empty rows. */
function wholeColumn(rows: unknown[][], width: number, emptyRows = 5000): unknown[][] {
  return [...rows, ...Array.from({ length: emptyRows }, () => Array<unknown>(width).fill(''))];
}

describe('=SCOREAUC from dist/Code.js', () => {
  it('skips the header and the empty rows of whole-column ranges', () => {
    const addOn = load();
    const scores = wholeColumn([['Score'], [9], [7], [7], [2]], 1);
    const outcome = wholeColumn([['Converted'], ['yes'], [1], ['no'], [0]], 1);
    expect(addOn.SCOREAUC(scores, outcome)).toBe(0.875);
  });
  it('says there is nothing to separate without conversions or without non-conversions', () => {
    const addOn = load();
    expect(() => addOn.SCOREAUC([[1], [2]], [[0], [0]])).toThrow(
      'No lead converted, so there is nothing to separate: AUC needs conversions.',
    );
    expect(() => addOn.SCOREAUC([[1], [2]], [[1], [1]])).toThrow(
      'Every lead converted, so there is nothing to separate: AUC needs leads that did not convert.',
    );
  });
  it('names a score that is not a number, an unreadable outcome and unequal heights', () => {
    const addOn = load();
    expect(() => addOn.SCOREAUC([['Score'], [1], ['high']], [['Won'], [1], [0]])).toThrow(
      'Score in row 3 is "high": give a number.',
    );
    expect(() => addOn.SCOREAUC([[1], [2]], [[1], ['maybe']])).toThrow(
      'Outcome in row 2 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
    expect(() => addOn.SCOREAUC([[1], [2]], [[1]])).toThrow(
      'The scores range has 2 rows but the outcome range has 1: give ranges of the same height.',
    );
    expect(() => addOn.SCOREAUC([[''], ['']], [[''], ['']])).toThrow(
      'There are no scores: the scores range is empty.',
    );
  });
});

describe('=LIFTTABLE from dist/Code.js', () => {
  it('returns the header and one row per band, worked by hand', () => {
    const addOn = load();
    const scores = wholeColumn([['Score'], [2], [9], [8], [3], [8], [4], [8], [5]], 1);
    const outcome = wholeColumn([['Won'], [0], [1], [1], [0], [0], [0], [0], [1]], 1);
    expect(addOn.LIFTTABLE(scores, outcome, 4)).toEqual([
      ['Band', 'From', 'To', 'Leads', 'Conversions', 'Close rate', 'Lift', 'Conversions captured'],
      [1, 9, 9, 1, 1, 1, 8 / 3, 1 / 3],
      [2, 8, 8, 3, 1, 1 / 3, 8 / 9, 2 / 3],
      [3, 4, 5, 2, 1, 0.5, 4 / 3, 1],
      [4, 2, 3, 2, 0, 0, 0, 1],
    ]);
  });
  it('refuses a bad band count and an outcome with no conversions', () => {
    const addOn = load();
    expect(() => addOn.LIFTTABLE([[1], [2]], [[1], [0]], 0)).toThrow(
      'Bands must be a whole number of 1 or more; it is 0.',
    );
    expect(() => addOn.LIFTTABLE([[1], [2]], [[0], [0]])).toThrow(
      'No lead converted, so lift cannot be measured: the outcome needs some conversions.',
    );
    expect(() => addOn.LIFTTABLE([[1], [2]], [[1], [0]], 'ten')).toThrow(
      'The bands argument is "ten": give a number.',
    );
  });
});

describe('=LEADGRADE from dist/Code.js', () => {
  it('grades single values with cuts', () => {
    const addOn = load();
    expect(addOn.LEADGRADE(72, 15, [[20, 40, 60, 80]], [[5, 10, 20, 40]])).toBe('B3');
  });
  it('grades ranges by quintiles, passes the header through and leaves empty rows empty', () => {
    const addOn = load();
    const fit = wholeColumn([['Fit'], [1], [2], [3], [4], [5]], 1, 3000);
    const engagement = wholeColumn([['Engagement'], [50], [40], [30], [20], [10]], 1, 3000);
    const grades = addOn.LEADGRADE(fit, engagement) as unknown[][];
    expect(grades.length).toBe(3006);
    expect(grades.slice(0, 7)).toEqual([['Grade'], ['E1'], ['D2'], ['C3'], ['B4'], ['A5'], ['']]);
  });
  it('asks for cuts when there are fewer than 5 scores, and names a bad cell', () => {
    const addOn = load();
    expect(() => addOn.LEADGRADE([[1], [2]], [[1], [2]])).toThrow(
      'Grading fit by quintiles needs at least 5 scores; there are 2: give 4 cuts instead.',
    );
    expect(() =>
      addOn.LEADGRADE([['Fit'], ['good']], [['Eng'], [1]], [[1, 2, 3, 4]], [[1, 2, 3, 4]]),
    ).toThrow('Fit in row 2 is "good": give a number.');
    expect(() => addOn.LEADGRADE(1, 1, [[1, 2, 3]], [[1, 2, 3, 4]])).toThrow(
      'The fit_cuts must be 4 numbers (the lowest score of grades D, C, B and A); there are 3.',
    );
    expect(() => addOn.LEADGRADE([[1], [2]], [[1]], [[1, 2, 3, 4]], [[1, 2, 3, 4]])).toThrow(
      'The fit range is 2 × 1 but the engagement range is 1 × 1: give ranges of the same shape.',
    );
  });
});

describe('=LEADSTAGE from dist/Code.js', () => {
  it('labels a single score and a whole column with the defaults', () => {
    const addOn = load();
    expect(addOn.LEADSTAGE(80, [[50, 80]])).toBe('Sales-ready');
    const stages = addOn.LEADSTAGE(wholeColumn([['Score'], [10], [50], [''], [95]], 1), [
      [50, 80],
    ]) as unknown[][];
    expect(stages.length).toBe(5005);
    expect(stages.slice(0, 6)).toEqual([['Stage'], ['Discard'], ['Nurture'], [''], ['Sales-ready'], ['']]);
    expect(addOn.LEADSTAGE(25, [[10, 20, 30]], [['Cold', 'Nurture', 'MQL', 'SQL']])).toBe('MQL');
  });
  it('asks for labels when there are more than 2 thresholds', () => {
    const addOn = load();
    expect(() => addOn.LEADSTAGE(25, [[10, 20, 30]])).toThrow(
      'With 3 thresholds, give 4 labels, e.g. Cold, Nurture, MQL, SQL.',
    );
    expect(() => addOn.LEADSTAGE(25, [[10, 20]], [['a', 'b']])).toThrow(
      'Give one label more than thresholds: 2 thresholds need 3 labels; there are 2.',
    );
    expect(() => addOn.LEADSTAGE(25, '')).toThrow('Give the thresholds, e.g. {50, 80}.');
    expect(() => addOn.LEADSTAGE(25, [[50, 20]])).toThrow('The thresholds must go up from left to right.');
  });
});

describe('=SCOREDECAY from dist/Code.js', () => {
  it('halves a score per half-life counted in the spreadsheet’s calendar days', () => {
    // Sheets passes dates as the instant of midnight in the spreadsheet's zone: here New York (UTC−5 in winter).
    const addOn = load('America/New_York');
    const asOf = new Date('2026-01-30T05:00:00Z');
    const scores = wholeColumn([['Score'], [80], [80], [80], [80], ['']], 1, 2000);
    const dates = wholeColumn(
      [
        ['Last activity'],
        [new Date('2025-12-31T05:00:00Z')],
        [''],
        [new Date('2026-02-10T05:00:00Z')],
        [new Date('2026-01-15T05:00:00Z')],
        [''],
      ],
      1,
      2000,
    );
    const decayed = addOn.SCOREDECAY(scores, dates, 30, asOf) as unknown[][];
    expect(decayed.length).toBe(2006);
    expect(decayed.slice(0, 7)).toEqual([['Score'], [40], [80], [80], [80 * 0.5 ** 0.5], [''], ['']]);
  });
  it('names a date that is not a date and a bad half-life', () => {
    const addOn = load();
    expect(() => addOn.SCOREDECAY([['Score'], [10]], [['Last'], ['soon']], 30, new Date(0))).toThrow(
      'Last activity in row 2 is "soon": give a date.',
    );
    expect(() => addOn.SCOREDECAY(10, new Date(0), 0, new Date(0))).toThrow(
      'The half-life must be a number of days above 0; it is 0.',
    );
    expect(() => addOn.SCOREDECAY(10, new Date(0), 30, 'today')).toThrow(
      'The as_of date is "today": give a date.',
    );
  });
});
