// Reads the optional criterion argument of a function: one cell or a typed text such as ">=50".

import { type Criterion, parseCriterion } from '../../core/criteria';
import { InputError } from '../../core/inputError';
import { isBlank } from '../../core/cellValue';
import { isDate, sheetsErrorOf, toGrid } from './sheetValues';

/** The criterion, or undefined when the argument was left out. */
export function parseCriterionArgument(argument: unknown): Criterion | undefined {
  if (argument === undefined || argument === null) return undefined;
  const grid = toGrid(argument, 'criterion');
  if (grid.length !== 1 || grid[0].length !== 1) {
    throw new InputError('The criterion must be one cell or a text such as ">=50", not a range.');
  }
  const cell = grid[0][0];
  const error = sheetsErrorOf(cell);
  if (error) throw new InputError(`The criterion is the error ${error}: fix that cell first.`);
  if (isBlank(cell)) {
    throw new InputError(
      'The criterion is empty: write "(blank)" for leads with an empty attribute, or leave the criterion out for the whole table.',
    );
  }
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' || isDate(cell)) {
    return parseCriterion(cell);
  }
  throw new InputError('The criterion must be a text, a number, TRUE/FALSE or a date.');
}
