// Reads attribute columns: refuses Sheets error cells with their row, and hands the core one array per column.

import type { CellValue } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
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
