// Reads numbers, dates and short lists of numbers from cells, with errors that name the argument and the row.

import { InputError } from '../../core/inputError';
import { isDate, isEmptyCell, quoteCell, type SheetValue, sheetsErrorOf } from './sheetValues';

/** A number typed as text (`" 12 "`, `"-3.5"`) counts as that number. */
const numericText = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** True for a cell that is a number or a number typed as text. */
export function isNumberCell(value: SheetValue): boolean {
  return (
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && numericText.test(value))
  );
}

/**
 * One cell as a number; `what` names it in the error with its row, e.g. `Score in row 4`.
 * @example readNumber(' 12 ', 'Score in row 2') // 12
 */
export function readNumber(value: SheetValue, what: string): number {
  const error = sheetsErrorOf(value);
  if (error) throw new InputError(`${what} is the error ${error}: fix that cell first.`);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && numericText.test(value)) return Number(value);
  throw new InputError(`${what} is ${quoteCell(value)}: give a number.`);
}

/** One cell as a date; `what` names it in the error. */
export function readDate(value: SheetValue, what: string): Date {
  const error = sheetsErrorOf(value);
  if (error) throw new InputError(`${what} is the error ${error}: fix that cell first.`);
  if (isDate(value) && !Number.isNaN(value.getTime())) return value;
  throw new InputError(`${what} is ${quoteCell(value)}: give a date.`);
}

/** A short list of numbers given as a range or an array literal like {20,40,60,80}: empty cells skipped. */
export function readNumberList(argument: unknown, argumentName: string): number[] {
  const cells: SheetValue[] = Array.isArray(argument)
    ? (argument as unknown[]).flatMap((row) =>
        Array.isArray(row) ? (row as SheetValue[]) : [row as SheetValue],
      )
    : [argument as SheetValue];
  return cells
    .filter((cell) => !isEmptyCell(cell))
    .map((cell, i) => readNumber(cell, `Value ${i + 1} of ${argumentName}`));
}

/** True when an optional argument was left out (or given as an empty cell). */
export function isOmitted(argument: unknown): boolean {
  return argument === undefined || argument === null || argument === '';
}
