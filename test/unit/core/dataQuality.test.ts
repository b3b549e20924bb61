import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnQuality, withoutValues } from '../../../src/core/dataQuality';

describe('columnQuality', () => {
  it('counts empty cells and placeholders, keeping the most frequent spelling', () => {
    expect(columnQuality(['Google', '', 'Select', ' select ', 'N/A', null])).toEqual({
      emptyShare: 2 / 6,
      placeholders: [
        { value: 'Select', leads: 2 },
        { value: 'N/A', leads: 1 },
      ],
    });
  });
  it('keeps the counts within the column, whatever the cells', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('', 'Select', 'none', 'Web'), fc.integer())), (cells) => {
        const q = columnQuality(cells);
        const placeholders = q.placeholders.reduce((n, p) => n + p.leads, 0);
        expect(q.emptyShare * cells.length + placeholders).toBeLessThanOrEqual(cells.length + 1e-9);
        expect(q.emptyShare).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('treats chosen values as empty', () => {
    expect(withoutValues(['Select', 'Web', ' SELECT'], ['select'])).toEqual(['', 'Web', '']);
  });
});
