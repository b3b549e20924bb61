// The one reader of every custom function's small arguments (counts, numbers, choices, dates, names and short
// lists): the same rules and the same messages everywhere, `<name> must be <what>, such as <example>; it is <what was given>.`

import { isBlank, numberInText, serialOfDateText } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { isDate, quoteCell, type SheetValue, sheetsErrorOf } from './sheetValues';

/** True when an optional argument was left out (or given as an empty cell). */
export const isLeftOut = (argument: unknown): boolean =>
  argument === undefined || argument === null || (!Array.isArray(argument) && isBlank(argument));

/** The cells of an argument in reading order: a scalar is one cell, a range (or an array literal) its cells. */
function cellsOf(argument: unknown): unknown[] {
  if (!Array.isArray(argument)) return [argument];
  return argument.flatMap((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** How a given argument is shown in a message: a number plainly, a text quoted, a range by its size. */
function shown(argument: unknown): string {
  const cells = cellsOf(argument);
  if (cells.length === 0) return 'an empty range';
  if (cells.length > 1) return `a range of ${cells.length} cells`;
  const cell = cells[0];
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDate(cell)) return `the date ${quoteCell(cell)}`;
  if (isBlank(cell)) return 'empty';
  if (typeof cell === 'string') {
    const error = sheetsErrorOf(cell);
    return error ? `the error ${error}` : quoteCell(cell);
  }
  return 'not a cell value';
}

/** A refusal in the one shape every argument error takes; a choice needs no example (`example` ''). */
function refuse(name: string, what: string, example: string, argument: unknown): never {
  const such = example === '' ? '' : `, such as ${example}`;
  throw new InputError(`${name} must be ${what}${such}; it is ${shown(argument)}.`);
}

/**
 * The one cell of a single-cell argument, or undefined when it was left out. A range of one cell counts as that
 * cell; an empty range, a wider range or an error cell is refused.
 */
function oneCell(argument: unknown, name: string, what: string, example: string): SheetValue | undefined {
  if (isLeftOut(argument)) return undefined;
  const cells = cellsOf(argument);
  if (cells.length !== 1) refuse(name, what, example, argument);
  const cell = cells[0];
  if (isBlank(cell)) return undefined;
  if (sheetsErrorOf(cell)) refuse(name, what, example, argument);
  return cell as SheetValue;
}

/** The number a cell holds: a number, or a text that spells one (" 10 " from an imported sheet). */
function numberOf(cell: SheetValue): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'string') return numberInText(cell.trim());
  return undefined;
}

export interface CountRule {
  /** The value when the argument is left out. */
  fallback: number;
  /** The smallest count allowed (default 1). */
  min?: number;
  /** The largest count allowed, if any. */
  max?: number;
}

/**
 * A whole-number argument (`top_n`, `bands`, `min_leads`): `fallback` when left out.
 * @example countArgument('5', 'bands', { fallback: 10 }) // 5
 */
export function countArgument(
  argument: unknown,
  name: string,
  { fallback, min = 1, max }: CountRule,
): number {
  const what =
    max === undefined ? `a whole number of ${min} or more` : `a whole number from ${min} to ${max}`;
  const cell = oneCell(argument, name, what, String(fallback));
  if (cell === undefined) return fallback;
  const number = numberOf(cell);
  if (
    number === undefined ||
    !Number.isInteger(number) ||
    number < min ||
    number > (max ?? Number.MAX_SAFE_INTEGER)
  )
    refuse(name, what, String(fallback), argument);
  return number;
}

export interface NumberRule {
  fallback: number;
  /** The argument must be above this. */
  above: number;
  /** …and at most this, so that what is computed from it can be shown in a cell. */
  atMost: number;
  /** What the number counts, e.g. `days`; in the message. */
  unit?: string;
}

/**
 * A number argument (`half_life_days`, `points_to_double`) above `above` and at most `atMost`.
 * @example numberArgument(undefined, 'half_life_days', { fallback: 30, above: 0, atMost: 1e6 }) // 30
 */
export function numberArgument(argument: unknown, name: string, rule: NumberRule): number {
  const what = `a number${rule.unit ? ` of ${rule.unit}` : ''} above ${rule.above} and at most ${rule.atMost.toLocaleString('en-US')}`;
  const cell = oneCell(argument, name, what, String(rule.fallback));
  if (cell === undefined) return rule.fallback;
  const number = numberOf(cell);
  if (number === undefined || !(number > rule.above) || number > rule.atMost)
    refuse(name, what, String(rule.fallback), argument);
  return number;
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function choiceList(choices: readonly string[]): string {
  const quoted = choices.map((c) => `"${c}"`);
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * One of a few words (`method`), in any case and with spaces ignored: the first choice when left out.
 * @example choiceArgument(' Bayes ', 'method', ['logistic', 'bayes']) // 'bayes'
 */
export function choiceArgument<T extends string>(argument: unknown, name: string, choices: readonly T[]): T {
  const what = choiceList(choices);
  const cell = oneCell(argument, name, what, '');
  if (cell === undefined) return choices[0];
  const word = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  const choice = choices.find((c) => c === word);
  if (choice === undefined) refuse(name, what, '', argument);
  return choice;
}

const unixEpochSerial = 25_569; // 1970-01-01 as a Sheets date serial

/**
 * A date argument (`as_of`) as a calendar day, counted in days since 1970-01-01: a date, a date serial such as
 * 46023, or a text date `yyyy-mm-dd`, the three ways a criterion may name a day. `dayOf` turns a date cell into
 * its calendar day (in the spreadsheet's time zone). Undefined when left out.
 * @example dateArgument('2026-01-01', 'as_of', dayOf) // 20454
 */
export function dateArgument(
  argument: unknown,
  name: string,
  dayOf: (date: Date) => number,
): number | undefined {
  const what = 'a date, a date serial or a text date yyyy-mm-dd';
  const cell = oneCell(argument, name, what, 'TODAY()');
  if (cell === undefined) return undefined;
  if (isDate(cell)) return dayOf(cell);
  const serial =
    typeof cell === 'number'
      ? cell
      : typeof cell === 'string'
        ? (serialOfDateText(cell.trim()) ?? numberInText(cell.trim()))
        : undefined;
  // Sheets' dates run from year 100 (serial −657434) to 9999 (2958465).
  if (serial === undefined || !Number.isFinite(serial) || serial < -657_434 || serial > 2_958_465)
    refuse(name, what, 'TODAY()', argument);
  return Math.floor(serial) - unixEpochSerial;
}

/**
 * An optional name (`dimension`): trimmed text, undefined when left out.
 * @example nameArgument(' Fit ', 'dimension', '"Fit"') // 'Fit'
 */
export function nameArgument(argument: unknown, name: string, example: string): string | undefined {
  const cell = oneCell(argument, name, 'one name', example);
  if (cell === undefined) return undefined;
  if (typeof cell !== 'string') refuse(name, 'one name', example, argument);
  return cell.trim();
}

/**
 * The optional header argument: the text of the output's header cell (e.g. in the sheet's language), trimmed;
 * `fallback` when left out. A number, a date or blank text is refused, since a header must read as one.
 * @example headerArgument(' Étape ', 'Stage') // 'Étape'
 */
export function headerArgument(argument: unknown, fallback: string): string {
  const example = `"${fallback}"`;
  const cell = oneCell(argument, 'header', 'one text', example);
  if (cell === undefined) return fallback;
  if (typeof cell !== 'string' || cell.trim() === '') refuse('header', 'one text', example, argument);
  return cell.trim();
}

/** The non-empty cells of a list argument; a list that holds an error cell is refused. */
function listCells(argument: unknown, name: string, what: string, example: string): SheetValue[] {
  if (argument === undefined || argument === null) throw new InputError(`The ${name} argument is missing.`);
  const cells = cellsOf(argument).filter((cell) => !isBlank(cell)) as SheetValue[];
  for (const cell of cells)
    if (sheetsErrorOf(cell))
      throw new InputError(`${name} must be ${what}, such as ${example}; one of them is ${shown(cell)}.`);
  return cells;
}

/**
 * A list of numbers such as {30, 60}, or a range of them (`thresholds`, `fit_cuts`); empty cells are skipped.
 * @example numberListArgument([[30, '60']], 'thresholds') // [30, 60]
 */
export function numberListArgument(argument: unknown, name: string): number[] {
  return listCells(argument, name, 'numbers', '{30, 60}').map((cell) => {
    const number = numberOf(cell);
    if (number === undefined)
      throw new InputError(`${name} must be numbers, such as {30, 60}; one of them is ${shown(cell)}.`);
    return number;
  });
}

/**
 * A list of labels such as {"Cold", "Warm", "Hot"}, or a range of them (`labels`); empty cells are skipped.
 * @example textListArgument([['Cold', ' Hot ']], 'labels') // ['Cold', 'Hot']
 */
export function textListArgument(argument: unknown, name: string): string[] {
  return listCells(argument, name, 'texts', '{"Cold", "Warm", "Hot"}').map((cell) => {
    if (isDate(cell)) return quoteCell(cell).replace(/^"|"$/g, '');
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    return String(cell).trim();
  });
}
