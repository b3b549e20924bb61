import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeRateTable, countByCode, criterionCloseRate } from '../../../src/core/closeRates';
import { parseCriterion } from '../../../src/core/criteria';
import { InputError } from '../../../src/core/inputError';

const outcomes = (...bits: number[]) => Uint8Array.from(bits);

describe('closeRateTable', () => {
  it('gives leads, conversions, close rate and lift per value, highest close rate first', () => {
    // Google: 3 leads, 2 won; Bing: 2 leads, 0 won; (blank): 1 lead, 1 won. Overall 3/6 = 0.5.
    const table = closeRateTable(
      ['Google', 'Bing', 'google', '', 'GOOGLE ', 'Bing'],
      outcomes(1, 0, 1, 1, 0, 0),
    );
    expect(table).toEqual([
      { value: '(blank)', leads: 1, conversions: 1, closeRate: 1, lift: 2 },
      { value: 'Google', leads: 3, conversions: 2, closeRate: 2 / 3, lift: 4 / 3 },
      { value: 'Bing', leads: 2, conversions: 0, closeRate: 0, lift: 0 },
    ]);
  });
  it('breaks close-rate ties by leads, then by first appearance', () => {
    const table = closeRateTable(['a', 'b', 'b', 'c'], outcomes(0, 0, 0, 0));
    expect(table.map((r) => r.value)).toEqual(['b', 'a', 'c']);
  });
  it('gives lift 1 when there is one value only', () => {
    expect(closeRateTable(['x', 'X', 'x'], outcomes(1, 0, 0))).toEqual([
      { value: 'x', leads: 3, conversions: 1, closeRate: 1 / 3, lift: 1 },
    ]);
  });
  it('handles a single lead', () => {
    expect(closeRateTable(['x'], outcomes(1))).toEqual([
      { value: 'x', leads: 1, conversions: 1, closeRate: 1, lift: 1 },
    ]);
  });
  it('leaves lift undefined (NaN) when no lead converted', () => {
    const [row] = closeRateTable(['x', 'x'], outcomes(0, 0));
    expect(row.closeRate).toBe(0);
    expect(row.lift).toBeNaN();
  });
  it('refuses an empty attribute range', () => {
    expect(() => closeRateTable([], outcomes())).toThrow(InputError);
  });
  it('counts add up to the leads and conversions (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'B', 'b', '', 'c'), fc.integer({ min: 0, max: 1 })), {
          minLength: 1,
        }),
        (pairs) => {
          const table = closeRateTable(
            pairs.map((p) => p[0]),
            Uint8Array.from(pairs.map((p) => p[1])),
          );
          expect(table.reduce((s, r) => s + r.leads, 0)).toBe(pairs.length);
          expect(table.reduce((s, r) => s + r.conversions, 0)).toBe(pairs.filter((p) => p[1]).length);
          for (const r of table) expect(r.closeRate).toBeGreaterThanOrEqual(0);
          for (const r of table) expect(r.closeRate).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('criterionCloseRate', () => {
  it('gives the close rate of the leads meeting the criterion', () => {
    expect(
      criterionCloseRate([10, 60, 80, '', 'x'], outcomes(1, 1, 0, 1, 1), parseCriterion('>=50')),
    ).toEqual({
      leads: 2,
      conversions: 1,
      closeRate: 0.5,
    });
    expect(criterionCloseRate(['a', '', 'b'], outcomes(0, 1, 0), parseCriterion('(blank)')).closeRate).toBe(
      1,
    );
  });
  it('says so when no lead matches', () => {
    expect(() => criterionCloseRate([1, 2], outcomes(1, 0), parseCriterion('>=50'))).toThrow(
      'No lead matches the criterion ">=50", so it has no close rate: check the criterion and the attribute range.',
    );
  });
});

describe('countByCode', () => {
  it('counts leads and conversions per code', () => {
    const { leads, conversions } = countByCode(Int32Array.of(0, 1, 1, 2), 4, outcomes(1, 1, 0, 0));
    expect(Array.from(leads)).toEqual([1, 2, 1, 0]);
    expect(Array.from(conversions)).toEqual([1, 1, 0, 0]);
  });
});
