// Reads the outcome column: which leads became customers, in the words marketers use.

import { InputError } from '../../core/inputError';
import { convertedWords, notConvertedWords } from '../../core/outcomeWords';
import { isBlank } from '../../core/cellValue';
import { quoteCell, type SheetValue, sheetsErrorOf } from './sheetValues';

/** Converted (true), not converted (false), or undefined when the cell is not an outcome at all. */
function outcomeOf(value: SheetValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (isBlank(value)) return false;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (convertedWords.has(word)) return true;
  if (notConvertedWords.has(word)) return false;
  return undefined;
}

/** True when a cell is a valid outcome (so a first cell like this is data, not a header). */
export function isOutcomeValue(value: SheetValue): boolean {
  return outcomeOf(value) !== undefined;
}

/**
 * Parses one outcome cell; `row` counts from the top of the range as given (its first row is row 1).
 * @example parseOutcome(' Won ', 3) // true
 */
export function parseOutcome(value: SheetValue, row: number): boolean {
  const error = sheetsErrorOf(value);
  if (error) throw new InputError(`Outcome in row ${row} is the error ${error}: fix that cell first.`);
  const outcome = outcomeOf(value);
  if (outcome === undefined) {
    throw new InputError(
      `Outcome in row ${row} is ${quoteCell(value)}: use TRUE/FALSE, 1/0, yes/no or won/lost.`,
    );
  }
  return outcome;
}

/** Parses an outcome column into 1 (converted) / 0; `firstRow` is the range row of `cells[0]`. */
export function parseOutcomes(cells: readonly SheetValue[], firstRow: number): Uint8Array {
  const converted = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i++) converted[i] = parseOutcome(cells[i], firstRow + i) ? 1 : 0;
  return converted;
}
