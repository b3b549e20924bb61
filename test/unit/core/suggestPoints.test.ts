import { describe, expect, it } from 'vitest';
import { matchesCriterion, parseCriterion } from '../../../src/core/criteria';
import { suggestPoints } from '../../../src/core/suggestPoints';

const repeat = <T>(value: T, n: number): T[] => new Array<T>(n).fill(value);
// Ads: 10 leads, 5 won; Web: 10 leads, 1 won. Overall 6/20 = 30%.
const source = [...repeat('Ads', 10), ...repeat('web', 10)];
const won = Uint8Array.from([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

describe('suggestPoints', () => {
  it('odds: shrinks by the estimated prior strength and gives 10 × log2 of the odds ratio', () => {
    // m = 0.3, S = 0.8, τ² = (0.8 − 0.21)/9, s = 0.21/τ² − 1 = 2.2034
    // Ads: (5 + 0.3s)/(10 + s) = 0.4639, odds ratio 2.019 → +10; Web: 0.1361, odds ratio 0.3676 → −14
    const { rows, overallRate } = suggestPoints([{ name: 'Source', cells: source }], won);
    expect(overallRate).toBe(0.3);
    expect(rows.map((r) => [r.attribute, r.value, r.points, r.leads, r.conversions])).toEqual([
      ['Source', 'Ads', 10, 10, 5],
      ['Source', 'web', -14, 10, 1],
    ]);
    expect(rows[0].closeRate).toBe(0.5);
    expect(rows[0].lift).toBeCloseTo(5 / 3, 12);
    expect(rows[0].low).toBeCloseTo(0.236593, 6);
    expect(rows[0].high).toBeCloseTo(0.763407, 6);
  });
  it('ratio and difference follow the classic rules', () => {
    const ratio = suggestPoints([{ name: 'Source', cells: source }], won, { method: 'ratio' });
    expect(ratio.rows.map((r) => r.points)).toEqual([2, 0]); // 0.5/0.3 = 1.67, 0.1/0.3 = 0.33
    const difference = suggestPoints([{ name: 'Source', cells: source }], won, { method: 'difference' });
    expect(difference.rows.map((r) => r.points)).toEqual([20, -20]);
  });
  it('gives 0 points to values seen in fewer than min_leads leads, and still shows their interval', () => {
    const { rows } = suggestPoints([{ name: 'Source', cells: source }], won, {
      method: 'difference',
      minLeads: 11,
    });
    expect(rows.map((r) => r.points)).toEqual([0, 0]);
    expect(rows[0].high - rows[0].low).toBeGreaterThan(0.5);
  });
  it('gives 0 points to every value when there is one value only', () => {
    const { rows } = suggestPoints([{ name: 'Country', cells: repeat('UK', 20) }], won);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 'UK', points: 0, leads: 20, conversions: 6, lift: 1 });
  });
  it('gives 0 points when no lead converted, or every lead did', () => {
    for (const outcome of [0, 1]) {
      const { rows } = suggestPoints([{ name: 'Source', cells: source }], new Uint8Array(20).fill(outcome));
      expect(rows.map((r) => r.points)).toEqual([0, 0]);
    }
  });
  it('keeps points finite for a value with no conversion at all', () => {
    const cells = [...repeat('A', 20), ...repeat('B', 20)];
    const outcome = Uint8Array.from([...repeat(1, 20), ...repeat(0, 20)]);
    const { rows } = suggestPoints([{ name: 'X', cells }], outcome);
    // s = 2 (the minimum): A → (20 + 1)/22, odds 21 against 1 → +44; B → 1/22 → −44
    expect(rows.map((r) => r.points)).toEqual([44, -44]);
  });
  it('handles a single lead', () => {
    const { rows } = suggestPoints([{ name: 'Source', cells: ['Ads'] }], Uint8Array.of(1), { minLeads: 1 });
    expect(rows).toEqual([
      {
        attribute: 'Source',
        value: 'Ads',
        points: 0,
        leads: 1,
        conversions: 1,
        closeRate: 1,
        lift: 1,
        low: expect.closeTo(0.206549, 6) as unknown,
        high: 1,
      },
    ]);
  });
  it('cuts a numeric attribute into quantile bins whose criteria match exactly their leads', () => {
    const age = [...Array.from({ length: 20 }, (_, i) => i + 1), ''];
    const outcome = Uint8Array.from(age.map((a) => (typeof a === 'number' && a > 10 ? 1 : 0)));
    const { rows } = suggestPoints([{ name: 'Age', cells: age }], outcome, {
      method: 'difference',
      minLeads: 1,
    });
    expect(rows.map((r) => [r.value, r.leads, r.conversions])).toEqual([
      ['>=13 <17', 4, 4],
      ['>=17', 4, 4],
      ['>=9 <13', 4, 2],
      ['<5', 4, 0],
      ['>=5 <9', 4, 0],
      ['(blank)', 1, 0],
    ]);
    for (const row of rows) {
      const criterion = parseCriterion(row.value);
      expect(age.filter((a) => matchesCriterion(criterion, a))).toHaveLength(row.leads);
    }
  });
  it('bins numbers typed as text like numbers, and keeps other text as values', () => {
    const cells = [...Array.from({ length: 20 }, (_, i) => ` ${i + 1} `), 'n/a'];
    const outcome = Uint8Array.from(cells.map((c) => (Number(c) > 10 ? 1 : 0)));
    const { rows } = suggestPoints([{ name: 'Age', cells }], outcome, { method: 'difference', minLeads: 1 });
    expect(rows.map((r) => r.value).sort()).toEqual(['<5', '>=13 <17', '>=17', '>=5 <9', '>=9 <13', 'n/a']);
    expect(rows.reduce((sum, r) => sum + r.leads, 0)).toBe(21);
  });
  it('writes each value as a criterion that matches exactly its leads, whatever the value spells', () => {
    const cells = ['(blank)', '', '(any)', '>5 years', 'What?', 'a~b', '=x', ' ', 'x', '""'];
    const { rows } = suggestPoints([{ name: 'Odd', cells }], new Uint8Array(cells.length), { minLeads: 1 });
    for (const row of rows) {
      const criterion = parseCriterion(row.value);
      expect([row.value, cells.filter((c) => matchesCriterion(criterion, c)).length]).toEqual([
        row.value,
        row.leads,
      ]);
    }
    expect(rows.map((r) => r.value).sort()).toEqual(
      ['(blank)', '=(blank)', '=(any)', '=>5 years', 'What~?', 'a~~b', '==x', 'x', '=""'].sort(),
    );
  });
  it('skips date attributes and scores the others in input order', () => {
    const dates = source.map((_, i) => new Date(2026, 0, 1 + i));
    const result = suggestPoints(
      [
        { name: 'Created', cells: dates },
        { name: 'Source', cells: source },
        { name: 'Plan', cells: repeat('Pro', 20) },
      ],
      won,
    );
    expect(result.skipped).toEqual(['Created']);
    expect(result.rows.map((r) => r.attribute)).toEqual(['Source', 'Source', 'Plan']);
  });
  it('refuses when there are no leads', () => {
    expect(() => suggestPoints([{ name: 'Source', cells: [] }], new Uint8Array())).toThrow(
      'There are no leads',
    );
  });
  it('does not depend on the order of the leads', () => {
    const order = source.map((_, i) => i).reverse();
    const a = suggestPoints([{ name: 'Source', cells: source }], won).rows;
    const b = suggestPoints(
      [{ name: 'Source', cells: order.map((i) => source[i]) }],
      Uint8Array.from(order.map((i) => won[i])),
    ).rows;
    expect(b).toEqual(a);
  });
});
