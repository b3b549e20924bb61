// Reads cell-by-cell score arguments: a single value or a range of scores.

import { isBlank, numberInText } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { quoteCell, type SheetGrid, sheetsErrorOf, toGrid } from './sheetValues';

/** A score cell: a number, an empty cell, or the header at the top of a range (text in its first row). */
export type ScoreCell = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'header' };

/** Where a cell is, in an error message: `row 3` in a single column, `row 3, column 2` in a wider range. */
export function cellPlace(grid: SheetGrid, row: number, column: number): string {
  return (grid[0]?.length ?? 1) > 1 ? `row ${row + 1}, column ${column + 1}` : `row ${row + 1}`;
}

/**
 * One cell of a score argument. Text in the first row of a range is its header; any other cell must be a number or
 * empty. `label` names the argument in errors, e.g. `Fit`.
 */
export function readScoreCell(grid: SheetGrid, row: number, column: number, label: string): ScoreCell {
  const cell = grid[row][column];
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      throw new InputError(`${label} in ${cellPlace(grid, row, column)} is not a finite number.`);
    return { kind: 'number', value: cell };
  }
  if (isBlank(cell)) return { kind: 'empty' };
  const error = sheetsErrorOf(cell);
  if (error)
    throw new InputError(
      `${label} in ${cellPlace(grid, row, column)} is the error ${error}: fix that cell first.`,
    );
  if (typeof cell === 'string') {
    const number = numberInText(cell.trim());
    if (number !== undefined) return { kind: 'number', value: number };
    if (row === 0 && grid.length > 1) return { kind: 'header' };
  }
  throw new InputError(`${label} in ${cellPlace(grid, row, column)} is ${quoteCell(cell)}, not a number.`);
}

/** The arguments as grids of the same shape; a single cell is a 1 × 1 grid. */
export function sameShapeGrids(args: readonly { name: string; value: unknown }[]): SheetGrid[] {
  const grids = args.map(({ name, value }) => toGrid(value, name));
  const [first, ...rest] = grids;
  rest.forEach((grid, i) => {
    if (grid.length !== first.length || (grid[0]?.length ?? 0) !== (first[0]?.length ?? 0)) {
      throw new InputError(
        `The ${args[0].name} range is ${first.length} × ${first[0]?.length ?? 0} but the ${args[i + 1].name} range is ${grid.length} × ${grid[0]?.length ?? 0}: give ranges of the same shape.`,
      );
    }
  });
  return grids;
}

/** True when the argument was a single cell (a scalar), so the result is one value, not a range. */
export const isSingleCell = (argument: unknown): boolean => !Array.isArray(argument);
