import { describe, expect, it } from 'vitest';
import { quantity } from '../../../src/core/plural';

describe('quantity', () => {
  it('uses the singular for exactly 1 and the plural for every other count, 0 included', () => {
    expect(quantity(1, 'lead')).toBe('1 lead');
    expect([0, 2, 1.5, -1].map((n) => quantity(n, 'row'))).toEqual([
      '0 rows',
      '2 rows',
      '1.5 rows',
      '-1 rows',
    ]);
  });
  it('takes an irregular plural', () => {
    expect(quantity(1, 'lead that did not convert', 'leads that did not convert')).toBe(
      '1 lead that did not convert',
    );
    expect(quantity(3, 'lead that did not convert', 'leads that did not convert')).toBe(
      '3 leads that did not convert',
    );
  });
});
