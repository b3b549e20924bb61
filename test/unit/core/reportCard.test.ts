import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandEdges, liftTable } from '../../../src/core/liftTable';
import { scoreAuc } from '../../../src/core/scoreAuc';

describe('scoreAuc', () => {
  it('counts a tie between a converted and a non-converted lead as one half', () => {
    // Pairs (won, lost): (9,7) 1, (9,2) 1, (7,7) ½, (7,2) 1 → 3.5 / 4.
    expect(scoreAuc(Float64Array.of(9, 7, 7, 2), Uint8Array.of(1, 1, 0, 0))).toBe(0.875);
  });
  it('is 1 for perfect separation, 0 for reversed, ½ when every score is equal', () => {
    expect(scoreAuc(Float64Array.of(3, 4, 1, 2), Uint8Array.of(1, 1, 0, 0))).toBe(1);
    expect(scoreAuc(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 1, 0, 0))).toBe(0);
    expect(scoreAuc(Float64Array.of(5, 5, 5), Uint8Array.of(1, 0, 0))).toBe(0.5);
  });
  it('counts runs of tied converted scores once each', () => {
    // won 5,5,1; lost 5,3: (5,5) ½ ×2, (5,3) 1 ×2, (1,5) 0, (1,3) 0 → 3/6.
    expect(scoreAuc(Float64Array.of(5, 5, 1, 5, 3), Uint8Array.of(1, 1, 1, 0, 0))).toBe(0.5);
  });
  it('refuses outcomes with no conversions or no non-conversions', () => {
    expect(() => scoreAuc(Float64Array.of(1, 2), Uint8Array.of(0, 0))).toThrow('No lead converted');
    expect(() => scoreAuc(Float64Array.of(1, 2), Uint8Array.of(1, 1))).toThrow('Every lead converted');
  });
  it('equals the share of won–lost pairs ordered right, counted pair by pair', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean()), { minLength: 2, maxLength: 40 }),
        (leads) => {
          const won = leads.filter(([, c]) => c).map(([s]) => s);
          const lost = leads.filter(([, c]) => !c).map(([s]) => s);
          fc.pre(won.length > 0 && lost.length > 0);
          let sum = 0;
          for (const w of won) for (const l of lost) sum += w > l ? 1 : w === l ? 0.5 : 0;
          const auc = scoreAuc(
            Float64Array.from(leads.map(([s]) => s)),
            Uint8Array.from(leads.map(([, c]) => (c ? 1 : 0))),
          );
          expect(auc).toBeCloseTo(sum / (won.length * lost.length), 12);
        },
      ),
    );
  });
});

describe('liftTable', () => {
  it('moves a band edge to the nearer end of a run of ties', () => {
    expect(bandEdges(Float64Array.of(9, 8, 8, 8, 5, 4, 3, 2), 4)).toEqual([1, 4, 6, 8]);
  });
  it('gives a run of ties exactly halfway to the lower band', () => {
    // 4 leads, 2 bands: edge at 2 inside 5 5 (indices 1..2): ends 1 and 3 are equally near → band 1 = the 6.
    expect(bandEdges(Float64Array.of(6, 5, 5, 1), 2)).toEqual([1, 4]);
  });
  it('makes fewer bands than asked when there are fewer distinct scores', () => {
    expect(bandEdges(Float64Array.of(3, 3, 1, 1, 1), 10)).toEqual([2, 5]);
  });
  it('reports leads, conversions, close rate, lift and conversions captured from the top, worked by hand', () => {
    const table = liftTable(
      Float64Array.of(2, 9, 8, 3, 8, 4, 8, 5),
      Uint8Array.of(0, 1, 1, 0, 0, 0, 0, 1),
      4,
    );
    // Overall close rate 3/8. Bands: 9 | 8 8 8 | 5 4 | 3 2.
    expect(table).toEqual([
      { band: 1, from: 9, to: 9, leads: 1, conversions: 1, closeRate: 1, lift: 8 / 3, captured: 1 / 3 },
      { band: 2, from: 8, to: 8, leads: 3, conversions: 1, closeRate: 1 / 3, lift: 8 / 9, captured: 2 / 3 },
      { band: 3, from: 4, to: 5, leads: 2, conversions: 1, closeRate: 0.5, lift: 4 / 3, captured: 1 },
      { band: 4, from: 2, to: 3, leads: 2, conversions: 0, closeRate: 0, lift: 0, captured: 1 },
    ]);
  });
  it('keeps every lead and never splits tied scores, whatever the scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 12 }),
        (scores, bands) => {
          const converted = Uint8Array.from(scores.map((_, i) => (i === 0 ? 1 : i % 3 === 0 ? 1 : 0)));
          const table = liftTable(Float64Array.from(scores), converted, bands);
          expect(table.reduce((sum, band) => sum + band.leads, 0)).toBe(scores.length);
          expect(table.length).toBeLessThanOrEqual(bands);
          for (let i = 1; i < table.length; i++) expect(table[i].to).toBeLessThan(table[i - 1].from);
          expect(table[table.length - 1].captured).toBeCloseTo(1, 12);
        },
      ),
    );
  });
  it('refuses a band count that is not a whole number of 1 or more', () => {
    expect(() => liftTable(Float64Array.of(1, 2), Uint8Array.of(1, 0), 0)).toThrow(
      'Bands must be a whole number of 1 or more; it is 0.',
    );
  });
});
