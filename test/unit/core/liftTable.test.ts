import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandEdges, liftTable } from '../../../src/core/liftTable';

describe('liftTable', () => {
  it('cuts equal-count bands from the top score down, with close rate, lift and captured share', () => {
    // 10 leads, 4 converted (overall 0.4): scores 10..1, the converted ones 10, 9, 7 and 2.
    const scores = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const converted = [1, 1, 0, 1, 0, 0, 0, 0, 1, 0];
    const table = liftTable(scores, converted, 5);
    expect(table.map((b) => [b.band, b.from, b.to, b.leads, b.conversions])).toEqual([
      [1, 9, 10, 2, 2],
      [2, 7, 8, 2, 1],
      [3, 5, 6, 2, 0],
      [4, 3, 4, 2, 0],
      [5, 1, 2, 2, 1],
    ]);
    expect(table.map((b) => b.closeRate)).toEqual([1, 0.5, 0, 0, 0.5]);
    expect(table.map((b) => b.lift)).toEqual([2.5, 1.25, 0, 0, 1.25]);
    expect(table.map((b) => b.captured)).toEqual([0.5, 0.75, 0.75, 0.75, 1]);
  });
  it('never splits tied scores between bands', () => {
    // A first band of 2 would split the 8s: its nearer end leaves the 9 alone; band 2 holds the three 8s.
    const table = liftTable([9, 8, 8, 8, 5, 4, 3, 2], [1, 1, 0, 0, 0, 0, 0, 0], 4);
    expect(table.map((b) => [b.from, b.to, b.leads, b.conversions])).toEqual([
      [9, 9, 1, 1],
      [8, 8, 3, 1],
      [4, 5, 2, 0],
      [2, 3, 2, 0],
    ]);
  });
  it('bandEdges moves an edge inside a run of ties to the nearer end of the run', () => {
    // 9 | 8 8 8 | 5 4 | 3 2: the first edge (after 2) falls in the 8s at indices 1–3; index 1 is nearer than 4.
    expect(bandEdges(Float64Array.of(9, 8, 8, 8, 5, 4, 3, 2), 4)).toEqual([1, 4, 6, 8]);
  });
  it('bandEdges gives a run of ties split exactly halfway to the lower band', () => {
    // 6 5 5 1 in 2 bands: the edge after 2 is 1 from both ends of the 5s (indices 1 and 3), so band 1 is the 6.
    expect(bandEdges(Float64Array.of(6, 5, 5, 1), 2)).toEqual([1, 4]);
  });
  it('liftTable bands are the bandEdges of the sorted scores', () => {
    const scores = [3, 7, 7, 1, 9, 7, 2, 2, 5, 8];
    const table = liftTable(scores, [1, 0, 1, 0, 1, 0, 0, 1, 0, 0], 3);
    const ends = bandEdges(Float64Array.from(scores).sort().reverse(), 3);
    expect(table.map((band) => band.leads)).toEqual(ends.map((end, i) => end - (i === 0 ? 0 : ends[i - 1])));
  });
  it('gives fewer bands when there are fewer distinct scores', () => {
    const table = liftTable([1, 1, 0, 0, 0], [1, 0, 0, 0, 1], 10);
    expect(table.map((b) => [b.from, b.leads, b.conversions])).toEqual([
      [1, 2, 1],
      [0, 3, 1],
    ]);
  });
  it('refuses bands that are not a whole number of 1 or more, and outcomes without conversions', () => {
    expect(() => liftTable([1, 2], [1, 0], 0)).toThrow('Bands must be a whole number of 1 or more; it is 0.');
    expect(() => liftTable([1, 2], [0, 0], 2)).toThrow('No lead converted, so lift cannot be measured');
  });
  it('covers every lead once in contiguous bands that never share a score, on generated scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 1 })), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.integer({ min: 1, max: 12 }),
        (leads, bands) => {
          const scores = leads.map(([s]) => s);
          const converted = leads.map(([, c]) => c);
          fc.pre(converted.includes(1));
          const table = liftTable(scores, converted, bands);
          expect(table.length).toBeLessThanOrEqual(bands);
          expect(table.reduce((n, b) => n + b.leads, 0)).toBe(leads.length);
          for (let i = 1; i < table.length; i++) expect(table[i].to).toBeLessThan(table[i - 1].from);
          for (const b of table) {
            expect(b.leads).toBe(scores.filter((s) => s >= b.from && s <= b.to).length);
            expect(b.conversions).toBe(leads.filter(([s, c]) => c === 1 && s >= b.from && s <= b.to).length);
          }
          expect(table[table.length - 1].captured).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
