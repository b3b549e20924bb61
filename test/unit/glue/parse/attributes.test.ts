import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupValues } from '../../../../src/core/valueGroups';
import { attributeColumns, readAttributeColumns } from '../../../../src/glue/parse/attributes';
import type { SheetGrid, SheetValue } from '../../../../src/glue/parse/sheetValues';

const labels = ['Attribute "Source"', 'Attribute "Plan"'];
/** The message of what `read` throws, or its result. */
const outcomeOf = <T>(read: () => T): T | string => {
  try {
    return read();
  } catch (error) {
    return (error as Error).message;
  }
};

describe('readAttributeColumns', () => {
  it('groups each column as it reads it, and copies its cells only when asked', () => {
    const grid: SheetGrid = [
      ['Source', 'Plan'],
      ['Ads', 1],
      [' ads', 2],
      ['Web', 1],
    ];
    const [source, plan] = readAttributeColumns(grid, 1, 4, labels);
    expect(source.groups?.labels).toEqual(['Ads', 'Web']);
    expect(plan.cells).toEqual([1, 2, 1]);
  });
  it('refuses the first error cell row by row, as attributeColumns does', () => {
    const grid: SheetGrid = [
      ['Source', 'Plan'],
      ['Ads', 'Pro'],
      ['Web', '#REF!'],
      ['#N/A', '#N/A'],
    ];
    expect(() => readAttributeColumns(grid, 1, 4, labels)).toThrow(
      'Attribute "Plan" in row 3 is the error #REF!: fix that cell first.',
    );
  });
  it('copies a column of mostly distinct cells instead of grouping it', () => {
    const grid: SheetGrid = [['ID', 'Plan'], ...Array.from({ length: 3000 }, (_, i) => [`lead-${i}`, 'Pro'])];
    const [id, plan] = readAttributeColumns(grid, 1, grid.length, labels);
    expect(id.groups).toBeUndefined();
    expect(id.cells[2999]).toBe('lead-2999');
    expect(plan.groups?.keys).toEqual(['pro']);
  });
  it('gives the cells, groups and error of attributeColumns (property)', () => {
    const cell: fc.Arbitrary<SheetValue> = fc.oneof(
      fc.constantFrom('Ads', ' ads', '', ' ', '#N/A', ' #N/A', '#ref!', '#Hashtag', 3, 2.5, true),
      fc.integer({ min: 0, max: 9 }).map((d) => new Date(2026, 0, 1 + d)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 40 }), (body) => {
        const grid: SheetGrid = [['Source', 'Plan'], ...body];
        const expected = outcomeOf(() => attributeColumns(grid, 1, grid.length, labels));
        const read = outcomeOf(() => readAttributeColumns(grid, 1, grid.length, labels));
        if (typeof expected === 'string') expect(read).toBe(expected);
        else {
          expect(typeof read).not.toBe('string');
          if (typeof read === 'string') return;
          read.forEach((column, j) => {
            expect(column.cells).toEqual(expected[j]);
            expect(column.groups).toEqual(groupValues(expected[j]));
          });
        }
      }),
    );
  });
});
