import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellLabel,
  cellNumber,
  dateLabel,
  dateSerial,
  isBlank,
  isDate,
  numberInText,
  serialOfDateText,
  shownNumber,
  valueKey,
} from '../../../src/core/cellValue';

describe('isDate and isBlank', () => {
  it('isDate knows a date made in another script context, where instanceof Date is false', () => {
    const foreign: unknown = runInNewContext('new Date(2026, 0, 1)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate(new Date(0))).toBe(true);
    expect([46023, '2026-01-01', null, { getTime: () => 0 }].map(isDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  it('isBlank counts empty text, spaces, null and undefined as empty, and nothing else', () => {
    expect(['', '   ', '\t', null, undefined].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x', ' 0 ', new Date(0)].map(isBlank)).toEqual([false, false, false, false, false]);
  });
});

describe('numberInText and shownNumber', () => {
  it('reads plain decimal and exponent numbers only', () => {
    expect(['10', '-2.5', '+3', '.5', '7.', '1e3', '2E-2'].map(numberInText)).toEqual([
      10, -2.5, 3, 0.5, 7, 1000, 0.02,
    ]);
    // Sheets' own number formats are not numbers in text: a percent, a thousands comma, hex, a blank, Infinity.
    expect(['10%', '1,000', '0x1F', '', ' 1', 'Infinity', '1e', '-'].map(numberInText)).toEqual(
      Array(8).fill(undefined),
    );
  });
  it('shows numbers to 15 significant digits, as Sheets does, so 0.1 + 0.2 is 0.3', () => {
    // 0.1 + 0.2 is 0.30000000000000004: its 15-digit form is 0.300000000000000, that is 0.3.
    expect(shownNumber(0.1 + 0.2)).toBe(0.3);
    // 2^60 = 1,152,921,504,606,846,976 keeps its first 15 digits.
    expect(shownNumber(2 ** 60)).toBe(Number('1.15292150460685e18'));
    expect(Object.is(shownNumber(-0), 0)).toBe(true);
    expect(shownNumber(Number.NaN)).toBeNaN();
    expect(shownNumber(Infinity)).toBe(Infinity);
    // The largest double rounds up to 1.79769313486232e308, beyond the range: it is kept as it is.
    expect(shownNumber(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
  });
});

describe('dates', () => {
  it('gives the serial numbers Sheets shows: 2026-01-01 is day 46023 after 1899-12-30', () => {
    // Worked in Python: (date(2026, 1, 1) − date(1899, 12, 30)).days = 46023; 2024-02-29 is 45351.
    expect(dateSerial(new Date(2026, 0, 1))).toBe(46023);
    expect(dateSerial(new Date(2024, 1, 29))).toBe(45351);
    // 18:00 is three quarters of a day.
    expect(dateSerial(new Date(2026, 0, 1, 18))).toBe(46023.75);
    expect(serialOfDateText('2026-01-01')).toBe(46023);
    expect(serialOfDateText('2026-1-1 06:00')).toBe(46023.25);
  });
  it('reads no date from text that is not one: 2026-02-31, month 13, 24:00, words', () => {
    expect(
      ['2026-02-31', '2026-13-01', '2026-01-01 24:00', '2026-01-01 10:60', 'Jan 1 2026', '20260101'].map(
        serialOfDateText,
      ),
    ).toEqual(Array(6).fill(undefined));
  });
  it('labels a date by its day, with the time only when it has one', () => {
    expect(dateLabel(new Date(2026, 0, 15))).toBe('2026-01-15');
    expect(dateLabel(new Date(2026, 0, 15, 13, 45))).toBe('2026-01-15 13:45:00');
    expect(dateLabel(new Date(2026, 11, 5, 0, 0, 7))).toBe('2026-12-05 00:00:07');
  });
});

describe('cellNumber and cellLabel', () => {
  it('give the number a cell stands for in comparisons: numbers, numeric text, dates', () => {
    expect(cellNumber(12)).toBe(12);
    expect(cellNumber(' 12.5 ')).toBe(12.5);
    expect(cellNumber(new Date(2026, 0, 1))).toBe(46023);
    expect([true, 'ten', '', null, undefined, Number.NaN, Infinity].map(cellNumber)).toEqual(
      Array(7).fill(undefined),
    );
  });
  it('label each kind of cell as it is shown as a value', () => {
    expect([' Webinar ', 0.1 + 0.2, true, false, new Date(2026, 0, 15), '', null].map(cellLabel)).toEqual([
      'Webinar',
      '0.3',
      'TRUE',
      'FALSE',
      '2026-01-15',
      '',
      '',
    ]);
  });
});

describe('valueKey', () => {
  it('makes one value of spellings, numeric text, TRUE and "true", and numbers shown alike', () => {
    expect(valueKey(' GOOGLE ')).toBe(valueKey('google'));
    expect(valueKey(10)).toBe(valueKey('10.0'));
    expect(valueKey(true)).toBe(valueKey('TRUE'));
    expect(valueKey(0.1 + 0.2)).toBe(valueKey(0.3));
    expect(valueKey(new Date(2026, 0, 15, 9))).toBe('2026-01-15 09:00:00');
    expect(valueKey(new Date(2026, 0, 15))).toBe('2026-01-15');
  });
  it('keeps apart what Sheets users see as different values', () => {
    expect(valueKey('10%')).not.toBe(valueKey(10));
    expect(valueKey(false)).not.toBe(valueKey(0));
    expect(valueKey(1)).not.toBe(valueKey(true));
    expect(valueKey('Google Ads')).not.toBe(valueKey('Google'));
  });
  it('gives the empty key to empty cells only (property)', () => {
    expect([valueKey(''), valueKey(null), valueKey(undefined), valueKey('  ')]).toEqual(['', '', '', '']);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string().filter((s) => s.trim() !== ''),
          fc.double({ noNaN: true }),
          fc.boolean(),
        ),
        (cell) => {
          expect(valueKey(cell)).not.toBe('');
        },
      ),
    );
  });
});
