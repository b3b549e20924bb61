// Lines up the ranges a function receives: equal heights, trailing empty rows dropped, the header found.

import { InputError } from '../../core/inputError';
import { isOutcomeValue } from './outcome';
import { isBlank } from '../../core/cellValue';
import { type SheetGrid, type SheetValue } from './sheetValues';
import { quantity } from '../../core/plural';

export interface NamedGrid {
  /** The argument's name as the marketer sees it in the formula help, e.g. `outcome`. */
  name: string;
  grid: SheetGrid;
}

/**
 * Checks that every range has the same height and returns how many rows hold data: the rows after which
 * every given range is empty are not leads (whole-column ranges like `A2:F` bring thousands of them).
 */
export function usedHeight(ranges: readonly NamedGrid[]): number {
  const [first, ...rest] = ranges;
  for (const other of rest) {
    if (other.grid.length !== first.grid.length) {
      throw new InputError(
        `The ${first.name} range has ${quantity(first.grid.length, 'row')} but the ${other.name} range has ${other.grid.length}: give ranges of the same height.`,
      );
    }
  }
  for (let row = first.grid.length - 1; row >= 0; row--) {
    if (ranges.some(({ grid }) => grid[row].some((cell) => !isBlank(cell)))) return row + 1;
  }
  return 0;
}

/** In single-column functions, the first row is a header when the outcome's first cell is text that is not an outcome. */
export function outcomeHasHeader(outcomeCells: readonly SheetValue[]): boolean {
  const first = outcomeCells[0];
  return typeof first === 'string' && !isBlank(first) && !isOutcomeValue(first);
}
