// Reads a one-cell text argument, such as a table or column name.

import { InputError } from '../../core/inputError';
import { isBlank } from '../../core/cellValue';
import { toGrid } from './sheetValues';

/**
 * A one-cell text argument, trimmed; undefined when it is left out or empty.
 * @example textArgument(' crm.leads ', 'table', '"crm.leads"') // 'crm.leads'
 */
export function textArgument(value: unknown, name: string, example: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const grid = toGrid(value, name);
  if (grid.length !== 1 || grid[0].length !== 1 || typeof grid[0][0] !== 'string') {
    throw new InputError(`The ${name} must be one text, such as ${example}.`);
  }
  return isBlank(grid[0][0]) ? undefined : grid[0][0].trim();
}
