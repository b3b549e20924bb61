import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnToLetters, lettersToColumn, parseA1, toA1 } from '../../../src/sandbox/a1-notation';

describe('A1 notation', () => {
  it('reads a single cell, with or without $ anchors', () => {
    expect(parseA1('B3')).toEqual({ sheetName: null, startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 });
    expect(parseA1('$B$3')).toEqual(parseA1('B3'));
  });

  it('reads a block in either corner order', () => {
    expect(parseA1('C5:A1')).toEqual({
      sheetName: null,
      startRow: 1,
      startColumn: 1,
      endRow: 5,
      endColumn: 3,
    });
  });

  it('reads whole columns "A:A" and "B:D" as running to the bottom', () => {
    expect(parseA1('A:A')).toEqual({
      sheetName: null,
      startRow: 1,
      startColumn: 1,
      endRow: null,
      endColumn: 1,
    });
    expect(parseA1('B:D')).toMatchObject({ startColumn: 2, endColumn: 4, endRow: null });
  });

  it('reads "A2:F" as rows 2 to the bottom of columns A–F', () => {
    expect(parseA1('A2:F')).toEqual({
      sheetName: null,
      startRow: 2,
      startColumn: 1,
      endRow: null,
      endColumn: 6,
    });
  });

  it('reads whole rows "2:5"', () => {
    expect(parseA1('2:5')).toEqual({
      sheetName: null,
      startRow: 2,
      startColumn: 1,
      endRow: 5,
      endColumn: null,
    });
  });

  it('reads plain and quoted sheet names, with doubled quotes inside', () => {
    expect(parseA1('Leads!A1:C')?.sheetName).toBe('Leads');
    expect(parseA1("'Lead list'!A1")?.sheetName).toBe('Lead list');
    expect(parseA1("'Bob''s leads'!A1:B2")?.sheetName).toBe("Bob's leads");
    expect(parseA1("'a!b'!C3")).toMatchObject({ sheetName: 'a!b', startRow: 3, startColumn: 3 });
  });

  it('rejects what Sheets answers with "Range not found"', () => {
    for (const bad of ['', 'A0', '1A', 'A', 'A1:B2:C3', '!A1', "'Leads!A1", 'A1:', 'ABCD1']) {
      expect(parseA1(bad), bad).toBeNull();
    }
  });

  it('names columns as Sheets does: Z, AA, AZ, ZZ, AAA', () => {
    expect([26, 27, 52, 702, 703].map(columnToLetters)).toEqual(['Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  it('turns column numbers into letters and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18278 }), (n) => lettersToColumn(columnToLetters(n)) === n),
    );
  });

  it('writes blocks back as Sheets prints them', () => {
    expect(toA1(1, 1, 1, 1)).toBe('A1');
    expect(toA1(2, 1, 9, 6)).toBe('A2:F10');
    expect(toA1(1, 1, 1000, 1, { rows: true })).toBe('A:A');
    expect(toA1(2, 1, 999, 6, { rows: true })).toBe('A2:F');
    expect(toA1(2, 1, 4, 26, { columns: true })).toBe('2:5');
  });
});
