// Reads cell-by-cell score arguments (a single value or a range) and the small lists of numbers and labels beside them.

import { numberInText } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import {
  isDate,
  isEmptyCell,
  quoteCell,
  type SheetGrid,
  sheetsErrorOf,
  type SheetValue,
  toGrid,
} from './sheetValues';

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
  if (isEmptyCell(cell)) return { kind: 'empty' };
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

/** The non-empty cells of a range or an array literal such as {30, 60}, in reading order. */
function listCells(argument: unknown, name: string): SheetValue[] {
  return toGrid(argument, name)
    .flat()
    .filter((cell) => !isEmptyCell(cell));
}

/** A list of numbers such as {30, 60} or a range of them. */
export function numberList(argument: unknown, name: string): number[] {
  return listCells(argument, name).map((cell) => {
    const number =
      typeof cell === 'number' ? cell : typeof cell === 'string' ? numberInText(cell.trim()) : undefined;
    if (number === undefined || !Number.isFinite(number)) {
      throw new InputError(
        `The ${name} must be numbers, such as {30, 60}; one of them is ${quoteCell(cell)}.`,
      );
    }
    return number;
  });
}

/** A list of labels such as {"Cold", "Warm", "Hot"} or a range of them. */
export function textList(argument: unknown, name: string): string[] {
  return listCells(argument, name).map((cell) => {
    if (isDate(cell)) return quoteCell(cell).replace(/^"|"$/g, '');
    return String(cell).trim();
  });
}

/** A one-cell argument as shown in an error: a number plainly, anything else quoted; `a range` for a range. */
export function shownArgument(grid: SheetGrid): string {
  if (grid.length !== 1 || grid[0].length !== 1) return 'a range';
  const value = grid[0][0];
  return typeof value === 'number' ? String(value) : quoteCell(value);
}

/** True when an optional argument was left out (or given as an empty cell). */
export const isLeftOut = (argument: unknown): boolean =>
  argument === undefined || argument === null || (!Array.isArray(argument) && isEmptyCell(argument));

/**
 * An optional count argument (`top_n`, `bands`): a whole number of 1 or more, `fallback` when left out; anything
 * else throws, showing what was given and an example.
 */
export function countArgument(argument: unknown, name: string, fallback: number): number {
  if (isLeftOut(argument)) return fallback;
  const grid = toGrid(argument, name);
  const value = grid[0][0];
  if (
    grid.length !== 1 ||
    grid[0].length !== 1 ||
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1
  ) {
    throw new InputError(
      `${name} must be a whole number of 1 or more, such as ${fallback}; it is ${shownArgument(grid)}.`,
    );
  }
  return value;
}
