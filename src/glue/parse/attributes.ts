// Reads attribute columns: refuses Sheets error cells with their row, and hands the core one array per column.

import type { CellValue } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { quoteCell, type SheetGrid, sheetsErrorOf } from './sheetValues';

/**
 * Column `column` of `grid`, rows `start` (inclusive) to `end` (exclusive). Rows are reported counted from the
 * top of the range as given, its first row being row 1.
 * @param label how the column is named in an error, e.g. `Attribute "Source"` or `Attribute`
 */
export function attributeColumn(
  grid: SheetGrid,
  column: number,
  start: number,
  end: number,
  label: string,
): CellValue[] {
  const cells: CellValue[] = new Array(end - start);
  for (let row = start; row < end; row++) {
    const cell = grid[row][column];
    if (typeof cell === 'string' && cell[0] === '#') {
      const error = sheetsErrorOf(cell);
      if (error)
        throw new InputError(`${label} in row ${row + 1} is the error ${error}: fix that cell first.`);
    }
    cells[row - start] = cell;
  }
  return cells;
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
