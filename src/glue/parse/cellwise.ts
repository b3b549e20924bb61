// Functions that work cell by cell on single values or same-shaped ranges, with a header row passed through.

import { InputError } from '../../core/inputError';
import { isNumberCell } from './numbers';
import { isEmptyCell, type SheetGrid, type SheetValue, sheetsErrorOf, toGrid } from './sheetValues';

export interface CellwiseInput {
  /** Every argument as a grid of the same shape (a single value is a 1 × 1 grid). */
  grids: SheetGrid[];
  /** True when every argument was a single value: the function then returns a single value. */
  single: boolean;
  /** True when the first row is a header (text that is not a number in any of the arguments' first row). */
  header: boolean;
  rows: number;
  columns: number;
}

/** Lines up the cell-by-cell arguments; `names` are as the marketer sees them in the formula help. */
export function cellwiseInput(argumentsByName: readonly (readonly [string, unknown])[]): CellwiseInput {
  const grids = argumentsByName.map(([name, value]) => toGrid(value, name));
  const [first] = grids;
  const rows = first.length;
  const columns = first[0]?.length ?? 0;
  grids.forEach((grid, i) => {
    if (grid.length !== rows || (grid[0]?.length ?? 0) !== columns) {
      throw new InputError(
        `The ${argumentsByName[0][0]} range is ${rows} × ${columns} but the ${argumentsByName[i][0]} range is ${grid.length} × ${grid[0]?.length ?? 0}: give ranges of the same shape.`,
      );
    }
  });
  const single = argumentsByName.every(([, value]) => !Array.isArray(value));
  const isHeaderCell = (cell: SheetValue) =>
    typeof cell === 'string' && !isEmptyCell(cell) && !isNumberCell(cell) && !sheetsErrorOf(cell);
  const header = !single && rows > 1 && grids.some((grid) => grid[0].some(isHeaderCell));
  return { grids, single, header, rows, columns };
}

/**
 * Builds the result grid: the header label across a header row, then `compute(row, column)` for every other cell;
 * a single value in, a single value out.
 */
export function cellwiseOutput(
  input: CellwiseInput,
  headerLabel: string,
  compute: (row: number, column: number) => SheetValue,
): SheetValue | SheetGrid {
  if (input.single) return compute(0, 0);
  const out: SheetGrid = [];
  for (let row = 0; row < input.rows; row++) {
    const line: SheetValue[] = new Array<SheetValue>(input.columns);
    for (let column = 0; column < input.columns; column++) {
      line[column] = row === 0 && input.header ? headerLabel : compute(row, column);
    }
    out.push(line);
  }
  return out;
}

/** How a cell is named in errors: `Fit in row 3` (the row in the range as given, its first row is row 1). */
export function cellName(label: string, input: CellwiseInput, row: number, column: number): string {
  if (input.single) return label;
  return input.columns > 1
    ? `${label} in row ${row + 1}, column ${column + 1}`
    : `${label} in row ${row + 1}`;
}
