import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter, columnNumber } from '../../../src/core/columnLetters';

describe('column letters', () => {
  it('follow Sheets: A, Z, AA, AZ, BA, ZZ, AAA', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(columnLetter(18278)).toBe('ZZZ');
  });

  it('read back in either case', () => {
    expect(columnNumber('ab')).toBe(28);
    expect(columnNumber('XFD')).toBe(16384);
  });

  it('turn every column number into letters and back', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 18278 }), (n) => columnNumber(columnLetter(n)) === n));
  });
});
