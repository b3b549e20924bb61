import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cellValue';
import { groupRows, groupValues } from '../../../src/core/valueGroups';

/** Cells as a column of a sheet holds them: spellings of a few values, numbers, TRUE/FALSE, dates and empties. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom('Ads', 'ads ', ' ADS', 'Web', '', '  ', '10', ' 10.0', 'true', '#N/A', ' #n/a'),
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom(10, 0.1 + 0.2, 0.3, 2.5, true, false, null, undefined),
  fc.integer({ min: 0, max: 2 }).map((d) => new Date(2026, 0, 15 + d)),
);

describe('groupValues', () => {
  it('keeps each spelling once with its count and first row; dates of one day are one spelling', () => {
    const day = new Date(2026, 0, 15);
    const { spellings } = groupValues(['Ads', ' ads', 'Ads', day, new Date(2026, 0, 15), null, undefined]);
    expect(spellings.cells).toEqual(['Ads', ' ads', day, null]);
    expect(spellings.groups).toEqual([0, 0, 1, 2]);
    expect(spellings.counts).toEqual([2, 1, 2, 2]);
    expect(spellings.firstRows).toEqual([0, 1, 3, 5]);
  });
  it('counts "Google", "google " and "GOOGLE" as one value shown in its most frequent spelling', () => {
    const groups = groupValues(['google ', 'Google', 'GOOGLE', 'Google', 'Bing']);
    expect(groups.labels).toEqual(['Google', 'Bing']);
    expect(Array.from(groups.codes)).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(groups.counts)).toEqual([4, 1]);
  });
  it('names a value by the spelling seen first when spellings tie', () => {
    expect(groupValues(['google', 'Google']).labels).toEqual(['google']);
  });
  it('adds up spellings that differ only in surrounding spaces', () => {
    expect(groupValues(['Bing', 'google', ' Google', 'Google ']).labels).toEqual(['Bing', 'Google']);
  });
  it('shows empty cells as (blank)', () => {
    const groups = groupValues(['', 'x', '  ', null, undefined]);
    expect(groups.labels).toEqual(['(blank)', 'x']);
    expect(groups.keys).toEqual(['', 'x']);
    expect(Array.from(groups.counts)).toEqual([4, 1]);
  });
  it('counts the number 10 and the text "10" as one value', () => {
    const groups = groupValues([10, '10', ' 10.0', 11]);
    expect(groups.labels).toEqual(['10', '11']);
    expect(Array.from(groups.counts)).toEqual([3, 1]);
  });
  it('groups dates by day and shows them as yyyy-mm-dd', () => {
    const groups = groupValues([new Date(2026, 0, 15), new Date(2026, 0, 15), new Date(2026, 0, 16)]);
    expect(groups.labels).toEqual(['2026-01-15', '2026-01-16']);
  });
  it('gives every row a code and every code a value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('a', 'A ', 'b', '', ' '), fc.integer({ min: 0, max: 3 }))),
        (cells) => {
          const groups = groupValues(cells);
          expect(groups.codes.length).toBe(cells.length);
          expect(Array.from(groups.counts).reduce((a, b) => a + b, 0)).toBe(cells.length);
          expect(new Set(groups.keys).size).toBe(groups.keys.length);
          for (const code of groups.codes) expect(code).toBeLessThan(groups.keys.length);
        },
      ),
    );
  });
});

describe('groupRows', () => {
  it('groups one column of a range in place, from a start row to an end row', () => {
    const rows = [
      ['Source', 'Plan'],
      ['Ads', 'Pro'],
      [' ads', 'Free'],
      ['Web', 'Pro'],
    ];
    const groups = groupRows(rows, 0, 1, 4);
    expect(groups?.labels).toEqual(['Ads', 'Web']);
    expect(Array.from(groups?.codes ?? [])).toEqual([0, 0, 1]);
    expect(groups?.spellings.firstRows).toEqual([0, 1, 2]);
  });
  it('gives up once a column holds more distinct cells than asked for', () => {
    const rows = [['ID'], ['a'], ['b'], ['a'], ['c']];
    expect(groupRows(rows, 0, 1, 5, 2)).toBeUndefined();
    expect(groupRows(rows, 0, 1, 5, 3)?.keys).toEqual(['a', 'b', 'c']);
  });
  it('is groupValues of the column, whatever the cells (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { maxLength: 60 }),
        fc.integer({ min: 0, max: 1 }),
        (body, column) => {
          const rows: CellValue[][] = [['A', 'B'], ...body];
          const expected = groupValues(body.map((row) => row[column]));
          expect(groupRows(rows, column, 1, rows.length)).toEqual(expected);
        },
      ),
    );
  });
});
