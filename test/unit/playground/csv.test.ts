import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, readCsv, typeCsvField, writeCsv } from '../../../src/playground/csv';

describe('CSV', () => {
  it('reads quoted fields holding commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\r\nlines"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('keeps empty fields and accepts LF line ends without a final one', () => {
    expect(parseCsv('a,,c\n,,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('refuses a quote that never closes', () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow('The CSV has a quoted field that never closes (row 1).');
  });

  it('types numbers, TRUE/FALSE and ISO dates, and leaves the rest as text', () => {
    expect(['42', '-1.5', 'true', 'FALSE', 'Select', '', '12-3'].map(typeCsvField)).toEqual([
      42,
      -1.5,
      true,
      false,
      'Select',
      '',
      '12-3',
    ]);
    expect(typeCsvField('2026-01-15')).toEqual(new Date(Date.UTC(2026, 0, 15)));
    expect(typeCsvField('2026-02-30')).toBe('2026-02-30');
  });

  it('pads short rows to the widest row', () => {
    expect(readCsv('a,b,c\n1\n')).toEqual([
      ['a', 'b', 'c'],
      [1, '', ''],
    ]);
  });

  it('reads back what it writes', () => {
    const rows = fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(rows, (table) => {
        const width = table[0].length;
        const square = table.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
        // One empty field alone on a line is an empty line, which RFC 4180 leaves ambiguous.
        fc.pre(!(width === 1 && square.some((row) => row[0] === '')));
        expect(parseCsv(writeCsv(square))).toEqual(square);
      }),
    );
  });
});
