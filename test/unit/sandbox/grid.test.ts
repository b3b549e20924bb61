import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellGrid } from '../../../src/sandbox/grid';

const SIZE = 12;
/** Inserts can push cells this far. */
const READ = SIZE + 3 * 25;

/** The obvious model: rows of strings that grow as needed; anything missing is ''. */
class ModelGrid {
  cells: string[][] = [];

  get(row: number, column: number): string {
    return this.cells[row]?.[column] ?? '';
  }

  write(row: number, column: number, block: string[][]) {
    block.forEach((line, r) =>
      line.forEach((value, c) => {
        while (this.cells.length <= row + r) this.cells.push([]);
        const target = this.cells[row + r];
        while (target.length <= column + c) target.push('');
        target[column + c] = value;
      }),
    );
  }

  insertRows(at: number, count: number) {
    if (at < this.cells.length) this.cells.splice(at, 0, ...Array.from({ length: count }, () => []));
  }

  deleteRows(at: number, count: number) {
    this.cells.splice(at, count);
  }

  insertColumns(at: number, count: number) {
    for (const line of this.cells)
      if (at < line.length) line.splice(at, 0, ...new Array<string>(count).fill(''));
  }

  deleteColumns(at: number, count: number) {
    for (const line of this.cells) line.splice(at, count);
  }

  read(): string[][] {
    return Array.from({ length: READ }, (_, r) => Array.from({ length: READ }, (_, c) => this.get(r, c)));
  }
}

const value = fc.constantFrom('', '', 'a', 'b', 'c');
const position = fc.integer({ min: 0, max: SIZE - 1 });
const size = fc.integer({ min: 1, max: 4 });
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('write' as const),
    row: position,
    column: position,
    block: size.chain((w) =>
      fc.array(fc.array(value, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 4 }),
    ),
  }),
  fc.record({
    kind: fc.constant('fill' as const),
    row: position,
    column: position,
    rows: size,
    columns: size,
    value,
  }),
  fc.record({
    kind: fc.constantFrom(
      'insertRows' as const,
      'deleteRows' as const,
      'insertColumns' as const,
      'deleteColumns' as const,
    ),
    at: position,
    count: fc.integer({ min: 1, max: 3 }),
  }),
);

describe('CellGrid', () => {
  it('reads, writes, fills, inserts and deletes like rows of a dense array', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const grid = new CellGrid<string>('');
        const model = new ModelGrid();
        for (const op of operations) {
          if (op.kind === 'write') {
            grid.writeBlock(op.row, op.column, op.block);
            model.write(op.row, op.column, op.block);
          } else if (op.kind === 'fill') {
            grid.fillBlock(op.row, op.column, op.rows, op.columns, op.value);
            model.write(
              op.row,
              op.column,
              Array.from({ length: op.rows }, () => new Array<string>(op.columns).fill(op.value)),
            );
          } else {
            grid[op.kind](op.at, op.count);
            model[op.kind](op.at, op.count);
          }
        }
        const cells = model.read();
        expect(grid.readBlock(0, 0, READ, READ, (n) => new Array<string>(n))).toEqual(cells);
        const lastIndex = <T>(items: T[], test: (item: T) => boolean) => {
          for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
          return -1;
        };
        const lastRow = lastIndex(cells, (line) => line.some((cell) => cell !== ''));
        const lastColumn = Math.max(-1, ...cells.map((line) => lastIndex(line, (cell) => cell !== '')));
        expect([grid.lastUsedRow(), grid.lastUsedColumn()]).toEqual([lastRow, lastColumn]);
        expect(grid.hasContent(0, 0, READ, READ)).toBe(lastRow !== -1);
      }),
      { numRuns: 300 },
    );
  });
});
