import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cellValue';
import { readColumns } from '../../../src/core/leadColumns';
import { leadTable } from '../../support/leadTable';

describe('readColumns', () => {
  it('codes each distinct cell once, a date by its time and every empty cell as one, and marks blank leads', () => {
    const table = leadTable(
      ['Signed up', 'Source'],
      [new Date(2026, 0, 31), 'a'],
      [new Date(2026, 0, 31), ''],
      [new Date(2025, 11, 31), null],
      ['', 'A'],
    );
    const { columns, blank } = readColumns(table, [0, 1], () => undefined);
    expect([...(columns.get(0)?.codes ?? [])]).toEqual([0, 0, 1, 2]);
    expect([...(columns.get(1)?.codes ?? [])]).toEqual([0, 1, 1, 2]);
    expect(columns.get(1)?.samples).toEqual(['a', '', 'A']);
    expect([...blank]).toEqual([0, 0, 0, 0]);
    expect([...readColumns(table, [1], () => undefined).blank]).toEqual([0, 1, 1, 0]);
  });
  it('weighs each distinct cell once and sums the points of each lead’s cells, from rows as from columns', () => {
    const weighed: CellValue[] = [];
    const worth = (cell: CellValue) => {
      weighed.push(cell);
      return { points: typeof cell === 'number' ? cell : 0.5, rules: [] };
    };
    const rows = [
      ['n', 'm'],
      [1, 'x'],
      [2, 'x'],
      [1, 'y'],
    ];
    const read = readColumns({ names: ['n', 'm'], rows, first: 1, count: 3 }, [0, 1], () => worth);
    expect([...read.sums]).toEqual([1.5, 2.5, 1.5]);
    expect(weighed).toEqual([1, 'x', 2, 'y']);
    expect([...readColumns(leadTable(['n', 'm'], ...rows.slice(1)), [1, 0], () => worth).sums]).toEqual([
      1.5, 2.5, 1.5,
    ]);
  });
});
