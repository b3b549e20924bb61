// What a formula computes with, as Sheets does: scalars, arrays, error values, and the coercions between them.

import { isDate } from '../../core/cellValue';
import { zonedParts } from '../../sandbox/time-zone';

export type ErrorCode = '#REF!' | '#ERROR!' | '#NAME?' | '#N/A' | '#NUM!' | '#VALUE!' | '#DIV/0!';

/** An error value (`#DIV/0!`, `#N/A`…): it travels through operators and functions until IFERROR catches it. */
export class SheetError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/** One cell's value; '' is an empty cell. */
export type Scalar = string | number | boolean | Date | SheetError;

/** A rectangle of values. `origin` is set when it is a range as written (`A2:A`), which Sheets may intersect. */
export class ArrayValue {
  constructor(
    readonly rows: Scalar[][],
    readonly origin?: { top: number; left: number },
  ) {}
  get height(): number {
    return this.rows.length;
  }
  get width(): number {
    return this.rows[0]?.length ?? 0;
  }
}

export type Value = Scalar | ArrayValue;

/** Where a formula is, and whether ARRAYFORMULA asked it to work on whole ranges. */
export interface EvaluationContext {
  row: number;
  column: number;
  arrayMode: boolean;
  timeZone: string;
  now: Date;
}

const dayMs = 86_400_000;
const serialEpoch = Date.UTC(1899, 11, 30);

/** A date as Sheets' serial number (days since 1899-12-30), read on the spreadsheet's wall clock. */
export function dateToSerial(date: Date, timeZone: string): number {
  const p = zonedParts(Date.prototype.getTime.call(date), timeZone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - serialEpoch) / dayMs;
}

/**
 * A range where one value is wanted, outside ARRAYFORMULA: Sheets takes the cell in the formula's own row (of a
 * one-column range) or column (of a one-row range), and is #VALUE! otherwise. Other arrays are kept whole.
 */
export function intersect(value: Value, context: EvaluationContext): Value {
  if (!(value instanceof ArrayValue) || !value.origin || context.arrayMode) return value;
  if (value.height === 1 && value.width === 1) return value.rows[0][0];
  const { top, left } = value.origin;
  if (value.width === 1 && context.row >= top && context.row < top + value.height)
    return value.rows[context.row - top][0];
  if (value.height === 1 && context.column >= left && context.column < left + value.width)
    return value.rows[0][context.column - left];
  return new SheetError('#VALUE!', 'An array value could not be found.');
}

/**
 * Applies a scalar function element by element when any argument is an array, as ARRAYFORMULA does: sizes must
 * agree, except that a single row, column or cell repeats across the other arguments (`A2:A * B1:D1`).
 */
export function lift(name: string, args: Value[], apply: (values: Scalar[]) => Scalar): Value {
  const arrays = args.filter((arg): arg is ArrayValue => arg instanceof ArrayValue);
  if (arrays.length === 0) return apply(args as Scalar[]);
  const height = Math.max(...arrays.map((a) => a.height));
  const width = Math.max(...arrays.map((a) => a.width));
  if (arrays.some((a) => (a.height !== 1 && a.height !== height) || (a.width !== 1 && a.width !== width)))
    return new SheetError('#VALUE!', `Array arguments to ${name} are of different size.`);
  const rows: Scalar[][] = [];
  for (let r = 0; r < height; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < width; c++) {
      line.push(
        apply(
          args.map((arg) =>
            arg instanceof ArrayValue ? arg.rows[arg.height === 1 ? 0 : r][arg.width === 1 ? 0 : c] : arg,
          ),
        ),
      );
    }
    rows.push(line);
  }
  return new ArrayValue(rows);
}

/** A value as a number, or the error Sheets gives for text that is not one. */
export function toNumber(
  value: Scalar,
  name: string,
  position: number,
  timeZone: string,
): number | SheetError {
  if (value instanceof SheetError) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isDate(value)) return dateToSerial(value, timeZone);
  if (value.trim() === '') return 0;
  const number = Number(value.trim().replace(/,/g, ''));
  if (Number.isFinite(number)) return number;
  return new SheetError(
    '#VALUE!',
    `Function ${name} parameter ${position} expects number values. But '${value}' is a text and cannot be coerced to a number.`,
  );
}

/** A value as TRUE or FALSE: numbers are TRUE unless 0, an empty cell FALSE, text only "TRUE" and "FALSE". */
export function toBoolean(value: Scalar, name: string, position: number): boolean | SheetError {
  if (value instanceof SheetError) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (isDate(value)) return true;
  if (value === '') return false;
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return new SheetError(
    '#VALUE!',
    `Function ${name} parameter ${position} expects boolean values. But '${value}' is a text and cannot be coerced to a boolean.`,
  );
}

/** A number as Sheets writes it in text (`&`, CONCATENATE): up to 15 significant digits, no exponent for usual sizes. */
function numberText(value: number): string {
  const rounded = Number(value.toPrecision(15));
  return String(rounded);
}

/** A value as text, as `&` joins it. */
export function toText(value: Scalar, timeZone: string): string | SheetError {
  if (value instanceof SheetError) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return numberText(dateToSerial(value, timeZone));
  return numberText(value);
}

/**
 * Sheets' order for comparisons: numbers (dates too) before text before booleans; text compared without case.
 * An empty cell reads as empty text here (`=A1=""` is TRUE, and 0 = "" is FALSE as in Sheets), so unlike Sheets a
 * blank cell does not also equal 0 or FALSE.
 */
export function compare(a: Scalar, b: Scalar, timeZone: string): number {
  const normal = (value: Scalar): number | string | boolean =>
    isDate(value) ? dateToSerial(value, timeZone) : (value as number | string | boolean);
  const x = normal(a);
  const y = normal(b);
  const rank = (v: number | string | boolean) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string') {
    const [p, q] = [x.toLowerCase(), (y as string).toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const [p, q] = [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}
