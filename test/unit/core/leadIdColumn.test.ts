import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cellValue';
import { identifiesLeads, identifiesLeadsByGroups } from '../../../src/core/leadIdColumn';
import { groupValues } from '../../../src/core/valueGroups';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `lead-${i}@example.com`);

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
