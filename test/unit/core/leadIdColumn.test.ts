import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cellValue';
import {
  identifiesLeads,
  identifiesLeadsByGroups,
  idMinDistinctShare,
  idMinLeads,
} from '../../../src/core/leadIdColumn';
import { groupValues } from '../../../src/core/valueGroups';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `lead-${i}@example.com`);

describe('identifiesLeads', () => {
  it('is true for e-mails and whole lead numbers that nearly every lead has its own of', () => {
    expect(identifiesLeads(ids(40))).toBe(true);
    expect(identifiesLeads(Array.from({ length: 40 }, (_, i) => 660_000 + i))).toBe(true);
  });
  it('needs at least idMinLeads filled cells, empty ones not counted', () => {
    expect(idMinLeads).toBe(30);
    expect(identifiesLeads(ids(29))).toBe(false);
    expect(identifiesLeads(ids(30))).toBe(true);
    expect(identifiesLeads([...ids(29), '', ' ', null, undefined])).toBe(false);
  });
  it('allows a few repeats: 95% distinct is an ID, less is not', () => {
    // 40 filled cells with 38 distinct values: 38 ≥ 0.95 × 40 = 38. One more repeat leaves 37 < 38.
    expect(idMinDistinctShare).toBe(0.95);
    const cells = ids(38);
    expect(identifiesLeads([...cells, cells[0], cells[1]])).toBe(true);
    expect(identifiesLeads([...ids(37), cells[0], cells[1], cells[2]])).toBe(false);
  });
  it('counts spellings of one value as one: " A1 " and "a1"', () => {
    const upper = ids(30).map((id) => ` ${id.toUpperCase()} `);
    expect(identifiesLeads([...ids(30), ...upper])).toBe(false);
  });
  it('keeps measurements with decimals and TRUE/FALSE columns, even when all distinct', () => {
    expect(identifiesLeads(Array.from({ length: 40 }, (_, i) => i + 0.5))).toBe(false);
    expect(identifiesLeads([...ids(40), true])).toBe(false);
  });
});

describe('identifiesLeadsByGroups', () => {
  it('tells IDs from values as identifiesLeads does', () => {
    expect(identifiesLeadsByGroups(groupValues(ids(40)))).toBe(true);
    expect(identifiesLeadsByGroups(groupValues([...ids(29), '', ' ', null]))).toBe(false);
    expect(identifiesLeadsByGroups(groupValues([...ids(40), 2.5]))).toBe(false);
    expect(identifiesLeadsByGroups(groupValues([...ids(40), true]))).toBe(false);
    expect(
      identifiesLeadsByGroups(groupValues([...ids(30), ...ids(30).map((id) => ` ${id.toUpperCase()}`)])),
    ).toBe(false);
  });
  it('agrees with identifiesLeads on any column (property)', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.integer({ min: 0, max: 200 }).map((i) => `lead-${i}`),
      fc.integer({ min: 0, max: 200 }).map((i) => ` LEAD-${i} `),
      fc.integer({ min: 0, max: 200 }),
      fc.constantFrom('', ' ', null, undefined, 1.5, true, '7'),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (cells) => {
        expect(identifiesLeadsByGroups(groupValues(cells))).toBe(identifiesLeads(cells));
      }),
    );
  });
});
