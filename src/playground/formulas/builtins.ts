// Google Sheets' own functions the playground evaluates, with Sheets' coercions, error values and array lifting.

import { isDate } from '../../core/cellValue';
import { zonedParts, zonedTimeToUtc } from '../../sandbox/time-zone';
import {
  ArrayValue,
  compare,
  type EvaluationContext,
  type Scalar,
  SheetError,
  toBoolean,
  toNumber,
  toText,
  type Value,
} from './values';

/**
 * `scalar`: each argument is one value; a range is intersected with the formula's row outside ARRAYFORMULA, and
 * an array argument makes the function run per element. `aggregate`: arguments are taken whole (SUM(A2:A)).
 */
export type Builtin =
  | {
      kind: 'scalar';
      min: number;
      max: number;
      apply: (args: Scalar[], context: EvaluationContext) => Scalar;
    }
  | {
      kind: 'aggregate';
      min: number;
      max: number;
      apply: (args: Value[], context: EvaluationContext) => Value;
    };

const firstError = (values: readonly Scalar[]): SheetError | undefined =>
  values.find((v): v is SheetError => v instanceof SheetError);

/** A scalar function of numbers: coerces each argument, stops at the first error. */
function numeric(name: string, min: number, max: number, apply: (numbers: number[]) => Scalar): Builtin {
  return {
    kind: 'scalar',
    min,
    max,
    apply: (args, context) => {
      const numbers: number[] = [];
      for (let i = 0; i < args.length; i++) {
        const n = toNumber(args[i], name, i + 1, context.timeZone);
        if (n instanceof SheetError) return n;
        numbers.push(n);
      }
      const result = apply(numbers);
      return typeof result === 'number' && !Number.isFinite(result)
        ? new SheetError('#NUM!', `${name} gives a result that is not a finite number.`)
        : result;
    },
  };
}

function text(apply: (value: string) => Scalar): Builtin {
  return {
    kind: 'scalar',
    min: 1,
    max: 1,
    apply: ([value], context) => {
      const t = toText(value, context.timeZone);
      return t instanceof SheetError ? t : apply(t);
    },
  };
}

function test(apply: (value: Scalar) => boolean): Builtin {
  return { kind: 'scalar', min: 1, max: 1, apply: ([value]) => apply(value) };
}

/** The parts of a date on the spreadsheet's wall clock. */
function datePart(name: string, part: 'year' | 'month' | 'day'): Builtin {
  return {
    kind: 'scalar',
    min: 1,
    max: 1,
    apply: ([value], context) => {
      const date = toDate(value, name, context);
      return date instanceof SheetError ? date : zonedParts(date.getTime(), context.timeZone)[part];
    },
  };
}

const dayMs = 86_400_000;
const serialEpoch = Date.UTC(1899, 11, 30);

/** A value as a date: a Date as it is, a number as a serial day on the spreadsheet's wall clock. */
function toDate(value: Scalar, name: string, context: EvaluationContext): Date | SheetError {
  if (isDate(value)) return new Date(Date.prototype.getTime.call(value));
  const serial = toNumber(value, name, 1, context.timeZone);
  if (serial instanceof SheetError) return serial;
  const wall = new Date(serialEpoch + Math.round(serial * dayMs));
  return new Date(
    zonedTimeToUtc(
      {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
      },
      context.timeZone,
    ),
  );
}

/** Midnight of a wall-clock day in the spreadsheet's time zone. */
function midnight(year: number, month: number, day: number, timeZone: string): Date {
  // Date.UTC rolls months and days over (month 13 is January next year), as Sheets' DATE does.
  const wall = new Date(Date.UTC(year, month - 1, day));
  return new Date(
    zonedTimeToUtc(
      { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() },
      timeZone,
    ),
  );
}

/** Every value of the arguments, ranges and arrays read row by row. */
function* valuesOf(args: readonly Value[]): Generator<{ value: Scalar; direct: boolean }> {
  for (const arg of args) {
    if (arg instanceof ArrayValue)
      for (const row of arg.rows) for (const value of row) yield { value, direct: false };
    else yield { value: arg, direct: true };
  }
}

/**
 * The numbers among the arguments as SUM reads them: a value typed as an argument is coerced (SUM("3") is 3),
 * while text, booleans and empty cells inside a range are skipped.
 */
function numbersOf(name: string, args: readonly Value[], context: EvaluationContext): number[] | SheetError {
  const numbers: number[] = [];
  let position = 0;
  for (const { value, direct } of valuesOf(args)) {
    position++;
    if (value instanceof SheetError) return value;
    if (direct) {
      const n = toNumber(value, name, position, context.timeZone);
      if (n instanceof SheetError) return n;
      numbers.push(n);
    } else if (typeof value === 'number') numbers.push(value);
    else if (isDate(value)) numbers.push(toNumber(value, name, position, context.timeZone) as number);
  }
  return numbers;
}

function aggregate(name: string, reduce: (numbers: number[]) => Scalar): Builtin {
  return {
    kind: 'aggregate',
    min: 1,
    max: Infinity,
    apply: (args, context) => {
      const numbers = numbersOf(name, args, context);
      return numbers instanceof SheetError ? numbers : reduce(numbers);
    },
  };
}

function logical(name: string, combine: (values: boolean[]) => boolean): Builtin {
  return {
    kind: 'aggregate',
    min: 1,
    max: Infinity,
    apply: (args) => {
      const values: boolean[] = [];
      let position = 0;
      for (const { value, direct } of valuesOf(args)) {
        position++;
        if (value instanceof SheetError) return value;
        if (!direct && (typeof value === 'string' || isDate(value))) continue;
        const b = toBoolean(value, name, position);
        if (b instanceof SheetError) return b;
        values.push(b);
      }
      if (values.length === 0) return new SheetError('#VALUE!', `${name} has no valid input data.`);
      return combine(values);
    },
  };
}

/** Rounds the size, then puts the sign back: Sheets rounds 2.5 to 3 and -2.5 to -3, away from zero. */
function roundTo(value: number, places: number, mode: (x: number) => number): number {
  const factor = 10 ** Math.trunc(places);
  // 15 significant digits first, so 1.005 * 100 rounds as 100.5 rather than 100.49999999999999.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * mode(scaled)) / factor;
}

const divideByZero = (name: string) =>
  new SheetError('#DIV/0!', `Function ${name} parameter 2 cannot be zero.`);

export const builtins: Readonly<Record<string, Builtin>> = {
  IF: {
    kind: 'scalar',
    min: 2,
    max: 3,
    apply: ([condition, then, otherwise], _context) => {
      const b = toBoolean(condition, 'IF', 1);
      if (b instanceof SheetError) return b;
      return b ? then : (otherwise ?? false);
    },
  },
  IFERROR: {
    kind: 'scalar',
    min: 1,
    max: 2,
    apply: ([value, fallback]) => (value instanceof SheetError ? (fallback ?? '') : value),
  },
  IFNA: {
    kind: 'scalar',
    min: 2,
    max: 2,
    apply: ([value, fallback]) => (value instanceof SheetError && value.code === '#N/A' ? fallback : value),
  },
  NOT: {
    kind: 'scalar',
    min: 1,
    max: 1,
    apply: ([value]) => {
      const b = toBoolean(value, 'NOT', 1);
      return b instanceof SheetError ? b : !b;
    },
  },
  AND: logical('AND', (values) => values.every(Boolean)),
  OR: logical('OR', (values) => values.some(Boolean)),
  TRUE: { kind: 'scalar', min: 0, max: 0, apply: () => true },
  FALSE: { kind: 'scalar', min: 0, max: 0, apply: () => false },
  TODAY: {
    kind: 'scalar',
    min: 0,
    max: 0,
    apply: (_args, { now, timeZone }) => {
      const p = zonedParts(now.getTime(), timeZone);
      return midnight(p.year, p.month, p.day, timeZone);
    },
  },
  NOW: { kind: 'scalar', min: 0, max: 0, apply: (_args, { now }) => new Date(now.getTime()) },
  DATE: {
    kind: 'scalar',
    min: 3,
    max: 3,
    apply: (args, context) => {
      const parts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const n = toNumber(args[i], 'DATE', i + 1, context.timeZone);
        if (n instanceof SheetError) return n;
        parts.push(Math.trunc(n));
      }
      const [year, month, day] = parts as [number, number, number];
      // Sheets reads years 0–1899 as 1900 onwards.
      return midnight(year < 1900 ? year + 1900 : year, month, day, context.timeZone);
    },
  },
  YEAR: datePart('YEAR', 'year'),
  MONTH: datePart('MONTH', 'month'),
  DAY: datePart('DAY', 'day'),
  ABS: numeric('ABS', 1, 1, ([x]) => Math.abs(x)),
  INT: numeric('INT', 1, 1, ([x]) => Math.floor(x)),
  ROUND: numeric('ROUND', 1, 2, ([x, places = 0]) => roundTo(x, places, Math.round)),
  ROUNDUP: numeric('ROUNDUP', 1, 2, ([x, places = 0]) => roundTo(x, places, Math.ceil)),
  ROUNDDOWN: numeric('ROUNDDOWN', 1, 2, ([x, places = 0]) => roundTo(x, places, Math.floor)),
  SQRT: numeric('SQRT', 1, 1, ([x]) =>
    x < 0 ? new SheetError('#NUM!', 'Function SQRT parameter 1 value is negative.') : Math.sqrt(x),
  ),
  EXP: numeric('EXP', 1, 1, ([x]) => Math.exp(x)),
  LN: numeric('LN', 1, 1, ([x]) =>
    x <= 0 ? new SheetError('#NUM!', 'Function LN parameter 1 value must be positive.') : Math.log(x),
  ),
  POWER: numeric('POWER', 2, 2, ([x, y]) => x ** y),
  MOD: numeric('MOD', 2, 2, ([x, y]) => (y === 0 ? divideByZero('MOD') : x - y * Math.floor(x / y))),
  SUM: aggregate('SUM', (numbers) => numbers.reduce((a, b) => a + b, 0)),
  PRODUCT: aggregate('PRODUCT', (numbers) => numbers.reduce((a, b) => a * b, 1)),
  AVERAGE: aggregate('AVERAGE', (numbers) =>
    numbers.length === 0
      ? new SheetError('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.')
      : numbers.reduce((a, b) => a + b, 0) / numbers.length,
  ),
  MIN: aggregate('MIN', (numbers) => (numbers.length === 0 ? 0 : Math.min(...numbers))),
  MAX: aggregate('MAX', (numbers) => (numbers.length === 0 ? 0 : Math.max(...numbers))),
  COUNT: {
    kind: 'aggregate',
    min: 1,
    max: Infinity,
    apply: (args) => {
      let n = 0;
      for (const { value } of valuesOf(args)) if (typeof value === 'number' || isDate(value)) n++;
      return n;
    },
  },
  COUNTA: {
    kind: 'aggregate',
    min: 1,
    max: Infinity,
    apply: (args) => {
      let n = 0;
      for (const { value, direct } of valuesOf(args)) if (direct || value !== '') n++;
      return n;
    },
  },
  COUNTBLANK: {
    kind: 'aggregate',
    min: 1,
    max: 1,
    apply: (args) => {
      let n = 0;
      for (const { value } of valuesOf(args)) if (value === '') n++;
      return n;
    },
  },
  ROWS: {
    kind: 'aggregate',
    min: 1,
    max: 1,
    apply: ([value]) => (value instanceof ArrayValue ? value.height : 1),
  },
  COLUMNS: {
    kind: 'aggregate',
    min: 1,
    max: 1,
    apply: ([value]) => (value instanceof ArrayValue ? value.width : 1),
  },
  CONCATENATE: {
    kind: 'aggregate',
    min: 1,
    max: Infinity,
    apply: (args, context) => {
      let joined = '';
      for (const { value } of valuesOf(args)) {
        const t = toText(value, context.timeZone);
        if (t instanceof SheetError) return t;
        joined += t;
      }
      return joined;
    },
  },
  LEN: text((t) => t.length),
  UPPER: text((t) => t.toUpperCase()),
  LOWER: text((t) => t.toLowerCase()),
  TRIM: text((t) => t.trim().replace(/ +/g, ' ')),
  VALUE: {
    kind: 'scalar',
    min: 1,
    max: 1,
    apply: ([value], context) => toNumber(value, 'VALUE', 1, context.timeZone),
  },
  ISBLANK: test((value) => value === ''),
  ISNUMBER: test((value) => typeof value === 'number' || isDate(value)),
  ISTEXT: test((value) => typeof value === 'string' && value !== ''),
  ISLOGICAL: test((value) => typeof value === 'boolean'),
  ISERROR: test((value) => value instanceof SheetError),
  ISNA: test((value) => value instanceof SheetError && value.code === '#N/A'),
  ISDATE: test(isDate),
};

/** Checks a call's argument count as Sheets does before running it. */
export function arityError(name: string, builtin: Builtin, count: number): SheetError | undefined {
  if (count >= builtin.min && count <= builtin.max) return undefined;
  const expected =
    builtin.min === builtin.max
      ? `${builtin.min}`
      : builtin.max === Infinity
        ? `at least ${builtin.min}`
        : `between ${builtin.min} and ${builtin.max}`;
  return new SheetError(
    '#N/A',
    `Wrong number of arguments to ${name}. Expected ${expected} arguments, but got ${count} arguments.`,
  );
}

/** The binary operators, named as Sheets names them in its messages. */
export const operatorNames: Readonly<Record<string, string>> = {
  '+': 'ADD',
  '-': 'MINUS',
  '*': 'MULTIPLY',
  '/': 'DIVIDE',
  '^': 'POW',
  '&': 'CONCAT',
  '=': 'EQ',
  '<>': 'NE',
  '<': 'LT',
  '>': 'GT',
  '<=': 'LTE',
  '>=': 'GTE',
};

/** One binary operator on two values, with Sheets' coercions: text joins, comparisons, arithmetic. */
export function applyOperator(operator: string, a: Scalar, b: Scalar, context: EvaluationContext): Scalar {
  const name = operatorNames[operator];
  const error = firstError([a, b]);
  if (error) return error;
  if (operator === '&') {
    const [x, y] = [toText(a, context.timeZone), toText(b, context.timeZone)];
    return x instanceof SheetError ? x : y instanceof SheetError ? y : x + y;
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(operator)) {
    const order = compare(a, b, context.timeZone);
    return operator === '='
      ? order === 0
      : operator === '<>'
        ? order !== 0
        : operator === '<'
          ? order < 0
          : operator === '>'
            ? order > 0
            : operator === '<='
              ? order <= 0
              : order >= 0;
  }
  const x = toNumber(a, name, 1, context.timeZone);
  if (x instanceof SheetError) return x;
  const y = toNumber(b, name, 2, context.timeZone);
  if (y instanceof SheetError) return y;
  if (operator === '/' && y === 0) return divideByZero('DIVIDE');
  const result =
    operator === '+'
      ? x + y
      : operator === '-'
        ? x - y
        : operator === '*'
          ? x * y
          : operator === '/'
            ? x / y
            : x ** y;
  return Number.isFinite(result)
    ? result
    : new SheetError('#NUM!', `${name} gives a result that is not a finite number.`);
}
