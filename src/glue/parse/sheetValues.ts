// What Sheets hands a custom function, and the realm-safe checks every parser uses on it.

import { isDate, type SheetCell } from '../../core/cellValue';
import { InputError } from '../../core/inputError';

// Realm-safe: Sheets' dates fail `instanceof Date` across script contexts. The parsers import it from here.
export { isDate };

/** One cell as Sheets passes it: '' when empty, a Date for a date, 10% as 0.1. */
export type SheetValue = SheetCell;
export type SheetGrid = SheetValue[][];

const sheetsErrors = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

/** The Sheets error code a cell holds (`#N/A`, `#REF!`, ...), or undefined. */
export function sheetsErrorOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value[0] !== '#') return undefined;
  const code = value.trim().toUpperCase();
  return sheetsErrors.has(code) ? code : undefined;
}

/** A range argument as a 2-D array: a single cell arrives as a scalar, a range as rows of cells (returned as it is). */
export function toGrid(argument: unknown, argumentName: string): SheetGrid {
  if (argument === undefined || argument === null) {
    throw new InputError(`The ${argumentName} argument is missing.`);
  }
  if (!Array.isArray(argument)) return [[argument as SheetValue]];
  // A range arrives as rows already: it is read in place (the parsers never modify it), since copying a million
  // rows costs more than reading them.
  const rows = argument as unknown[];
  if (rows.every((row) => Array.isArray(row))) return rows as SheetGrid;
  return rows.map((row) => (Array.isArray(row) ? row : [row]) as SheetValue[]);
}

/** A single-column range argument as one array of cells. */
export function toColumn(argument: unknown, argumentName: string): SheetValue[] {
  const grid = toGrid(argument, argumentName);
  const width = grid[0]?.length ?? 0;
  if (width > 1) {
    throw new InputError(`The ${argumentName} must be a single column; it has ${width} columns.`);
  }
  return grid.map((row) => row[0]);
}

/** Shows a cell's value in an error message. */
export function quoteCell(value: unknown): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  return JSON.stringify(String(value));
}
