// Reads attribute columns: refuses Sheets error cells with their row, and hands the core one array per column.

import type { CellValue } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { groupRows, type LeadColumn, type ValueGroups } from '../../core/valueGroups';
import { quoteCell, type SheetGrid, sheetsErrorOf } from './sheetValues';

/**
 * Columns of `grid` as arrays, rows `start` (inclusive) to `end` (exclusive), read in one pass over the rows.
 * Rows are reported counted from the top of the range as given, its first row being row 1.
 * @param labels how each column is named in an error, e.g. `Attribute "Source"` or `Attribute`
 */
export function attributeColumns(
  grid: SheetGrid,
  start: number,
  end: number,
  labels: readonly string[],
): CellValue[][] {
  const columns: CellValue[][] = labels.map(() => new Array<CellValue>(end - start));
  const width = labels.length;
  for (let row = start; row < end; row++) {
    const cells = grid[row];
    for (let j = 0; j < width; j++) {
      const cell = cells[j];
      if (typeof cell === 'string' && cell[0] === '#') {
        const error = sheetsErrorOf(cell);
        if (error)
          throw new InputError(`${labels[j]} in row ${row + 1} is the error ${error}: fix that cell first.`);
      }
      columns[j][row - start] = cell;
    }
  }
  return columns;
}

/** A column of a range read in place: grouped by value as it was read, its cells copied only when asked for. */
class RangeColumn implements LeadColumn {
  private copy: CellValue[] | undefined;

  constructor(
    private readonly grid: SheetGrid,
    private readonly column: number,
    private readonly start: number,
    private readonly end: number,
    readonly groups: ValueGroups,
  ) {}

  get cells(): readonly CellValue[] {
    if (!this.copy) {
      const { grid, column, start, end } = this;
      const cells = new Array<CellValue>(end - start);
      for (let row = start; row < end; row++) cells[row - start] = grid[row][column];
      this.copy = cells;
    }
    return this.copy;
  }
}

/** A column with more distinct cells than this share of its rows (IDs, measurements) is copied, not grouped. */
const groupedMaxShare = 1 / 16;

/** The first Sheets error among a grouped column's spellings: its row (from `start`) and code. */
function firstErrorOfGroups(groups: ValueGroups): { row: number; error: string } | undefined {
  const { cells, firstRows } = groups.spellings;
  let first: { row: number; error: string } | undefined;
  for (let s = 0; s < cells.length; s++) {
    const error = sheetsErrorOf(cells[s]);
    if (error && (!first || firstRows[s] < first.row)) first = { row: firstRows[s], error };
  }
  return first;
}

/** The first Sheets error of a column of cells: its row (from 0) and code. */
function firstErrorOfCells(cells: readonly CellValue[]): { row: number; error: string } | undefined {
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    if (typeof cell === 'string' && cell[0] === '#') {
      const error = sheetsErrorOf(cell);
      if (error) return { row, error };
    }
  }
  return undefined;
}

/**
 * The same columns as `attributeColumns`, read in place rather than copied: each column is grouped by value in
 * one pass down the range (see `groupRows`), and its cells are copied only if the core asks for them (numbers,
 * dates). A column of mostly distinct cells is copied at once instead, ungrouped. The first error cell, row by
 * row, is refused as `attributeColumns` refuses it.
 */
export function readAttributeColumns(
  grid: SheetGrid,
  start: number,
  end: number,
  labels: readonly string[],
): LeadColumn[] {
  const maxSpellings = Math.max(1000, Math.ceil((end - start) * groupedMaxShare));
  let firstError: { row: number; column: number; error: string } | undefined;
  const columns = labels.map((_, j): LeadColumn => {
    const groups = groupRows(grid, j, start, end, maxSpellings);
    let column: LeadColumn;
    let error: { row: number; error: string } | undefined;
    if (groups) {
      column = new RangeColumn(grid, j, start, end, groups);
      error = firstErrorOfGroups(groups);
    } else {
      const cells = new Array<CellValue>(end - start);
      for (let row = start; row < end; row++) cells[row - start] = grid[row][j];
      column = { cells };
      error = firstErrorOfCells(cells);
    }
    // Columns are read left to right, so a later column's error is first only in an earlier row.
    if (error && (!firstError || error.row < firstError.row))
      firstError = { row: error.row, column: j, error: error.error };
    return column;
  });
  if (firstError) {
    const { row, column, error } = firstError;
    throw new InputError(
      `${labels[column]} in row ${start + row + 1} is the error ${error}: fix that cell first.`,
    );
  }
  return columns;
}

/** The header of each column of a several-column range; every column must be named. */
export function columnHeaders(grid: SheetGrid, rangeName: string): string[] {
  const first = grid[0] ?? [];
  return first.map((cell, i) => {
    const error = sheetsErrorOf(cell);
    if (error)
      throw new InputError(
        `The header of column ${i + 1} of ${rangeName} is the error ${error}: fix that cell first.`,
      );
    const name = typeof cell === 'string' ? cell.trim() : quoteCell(cell).replace(/^"|"$/g, '');
    if (name === '') {
      throw new InputError(
        `Column ${i + 1} of ${rangeName} has no header: name every column in the first row.`,
      );
    }
    return name;
  });
}
