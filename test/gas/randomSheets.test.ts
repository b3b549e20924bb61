// Random sheets fed to every custom function of the built add-on: each answer is a finite number, a label, a
// rectangle of those, or an error in words, never an internal message.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');
const addOn = loadAddOn(dist, createSandbox({ timeZone: 'Europe/Paris', authMode: 'CUSTOM_FUNCTION' }));

type Cell = string | number | boolean | Date;
type Grid = Cell[][];

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * What a cell of a real export may hold: mostly words and counts; now and then placeholders, errors, outcome
 * words, formula-like text, numbers of every size and dates.
 */
const oddCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ' web ',
    'yes',
    'no',
    'TRUE',
    'won',
    '(other)',
    '(blank)',
    '(any)',
    'Select',
    '#N/A',
    '#DIV/0!',
    '=SUM(A1)',
    '+1 day',
    '-x',
    '@home',
    '10',
    '-3.5',
    '50%',
    '2026-01-01',
    '>=10',
    'a & b',
    'What?*~',
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 0.1 + 0.2, 0.3, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc
    .integer({ min: 40_000, max: 50_000 })
    .map((serial) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Web', 'Ads', 'Fair', 'Referral', '') },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 1, arbitrary: oddCell },
);
const header = fc.constantFrom(
  'Source',
  'Visits',
  'Country',
  'Plan',
  'source ',
  'Converted',
  'Lead ID',
  'Dimension',
  'Points',
  '',
  '(base)',
);
/** Mostly a right value, now and then anything. */
const mostly = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: wrong });
const outcomeCell = mostly<Cell>(fc.constantFrom(true, false, 1, 0, 'yes', 'no', 'won', 'lost', ''), oddCell);
const scoreCell = mostly<Cell>(
  fc.oneof(fc.integer({ min: -10, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true })),
  oddCell,
);
const dateCell = mostly<Cell>(
  fc
    .integer({ min: 45_900, max: 46_100 })
    .map((serial) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)),
  oddCell,
);

interface Sheet {
  grid: Grid;
  outcome: Grid;
  fit: Grid;
  engagement: Grid;
  dates: Grid;
}

const columnOf = (header: Cell, cells: Cell[]): Grid => [[header], ...cells.map((c) => [c])];

/** A sheet: a header row (names may repeat or be empty), rows of mixed cells, maybe an ID and an empty column. */
const sheet: fc.Arbitrary<Sheet> = fc.integer({ min: 0, max: 60 }).chain((height) =>
  fc
    .record({
      names: fc.array(header, { minLength: 1, maxLength: 4 }),
      withId: fc.boolean(),
      withEmpty: fc.boolean(),
      cells: fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), {
        minLength: height,
        maxLength: height,
      }),
      outcomes: fc.array(outcomeCell, { minLength: height, maxLength: height }),
      fit: fc.array(scoreCell, { minLength: height, maxLength: height }),
      engagement: fc.array(scoreCell, { minLength: height, maxLength: height }),
      dates: fc.array(dateCell, { minLength: height, maxLength: height }),
      outcomeHeader: mostly<Cell>(fc.constant('Converted'), fc.constantFrom('Won', 'yes', '', 'TRUE', 1)),
    })
    .map(({ names, withId, withEmpty, cells, outcomes, fit, engagement, dates, outcomeHeader }) => {
      const rows: Grid = cells.map((row, r) => [
        ...names.map((_, c) => row[c]),
        ...(withId ? [`lead-${r}@example.com`] : []),
        ...(withEmpty ? [''] : []),
      ]);
      const head: Cell[] = [...names, ...(withId ? ['E-mail'] : []), ...(withEmpty ? [''] : [])];
      return {
        grid: [head, ...rows],
        outcome: columnOf(outcomeHeader, outcomes),
        fit: columnOf('Fit', fit),
        engagement: columnOf('Engagement', engagement),
        dates: columnOf('Last activity', dates),
      };
    }),
);

/** A wrong optional argument, as a slip of the hand gives it. */
const wrongArgument: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('', [], [[]], [[2, 3]], '#N/A', 'ten', 0, 2.5, -1, 1e300, Number.MAX_VALUE, true),
  oddCell,
);
/** An optional argument: mostly left out or one of the right values, now and then wrong. */
const argument = (...right: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 5, arbitrary: fc.constantFrom(...right) },
    { weight: 1, arbitrary: wrongArgument },
  );
const modelRow = fc.tuple(
  mostly<Cell>(header, oddCell),
  mostly<Cell>(fc.constantFrom('Web', 'Ads', '>=10', '<5', '(blank)', '(other)', 'a*'), oddCell),
  mostly<Cell>(fc.integer({ min: -30, max: 30 }), oddCell),
  mostly<Cell>(fc.constantFrom('Fit', 'Engagement', ''), oddCell),
  mostly<Cell>(fc.double({ min: -3, max: 3, noNaN: true }), oddCell),
  mostly<Cell>(fc.integer({ min: 0, max: 40 }), oddCell),
  mostly<Cell>(fc.integer({ min: 0, max: 40 }), oddCell),
);

/** A model table: SUGGESTPOINTS' or PREDICTMODEL's own output, or random rows under a model header. */
const modelOf = (s: Sheet, rows: Cell[][], source: 'SUGGESTPOINTS' | 'PREDICTMODEL' | 'rows'): unknown => {
  if (source !== 'rows') {
    try {
      return addOn.call(source, s.grid, s.outcome);
    } catch {
      // The sheet is no history: fall back to the random rows.
    }
  }
  const headers: Cell[][] = [
    ['Attribute', 'Value', 'Points', 'Dimension', 'Weight', 'Leads', 'Conversions'],
    ['Attribute', 'Value', 'Points', 'Dimension', 'Notes', 'Leads', 'Conversions'],
    ['Attribute', 'Value', 'Points', 'Dimension'],
  ];
  const head = headers[rows.length % headers.length];
  return [head, ...rows.map((row) => row.slice(0, head.length))];
};

/** How a function is called: through Code.js's top-level declarations as Sheets does, or straight. */
interface Caller {
  call: (name: string, ...args: unknown[]) => unknown;
}

interface FunctionCall {
  /** The two optional arguments it is given, in order. */
  args: [fc.Arbitrary<unknown>, fc.Arbitrary<unknown>];
  run: (s: Sheet, a: unknown, b: unknown, model: unknown, via?: Caller) => unknown;
}

const none = fc.constant(undefined);
const calls: Record<string, FunctionCall> = {
  CONVERSIONRATE: {
    args: [none, none],
    run: (s, _a, _b, _model, via: Caller = addOn) => via.call('CONVERSIONRATE', s.outcome),
  },
  CLOSERATE: {
    args: [argument('Web', '>=10', '(blank)', 5, 'a*'), none],
    run: (s, a, _b, _model, via: Caller = addOn) =>
      via.call(
        'CLOSERATE',
        s.grid.map((r) => [r[0]]),
        s.outcome,
        a,
      ),
  },
  SUGGESTPOINTS: {
    args: [argument('odds', 'ratio', 'difference', 'joint'), argument(0, 1, 5, '3')],
    run: (s, a, b, _model, via: Caller = addOn) => via.call('SUGGESTPOINTS', s.grid, s.outcome, a, b),
  },
  PREDICTMODEL: {
    args: [argument('logistic', 'bayes'), argument(10, 20, '5')],
    run: (s, a, b, _model, via: Caller = addOn) => via.call('PREDICTMODEL', s.grid, s.outcome, a, b),
  },
  LEADSCORE: {
    args: [argument('Fit', 'Engagement'), none],
    run: (s, a, _b, model, via: Caller = addOn) => via.call('LEADSCORE', s.grid, model, a),
  },
  LEADREASONS: {
    args: [argument(1, 2, '3'), none],
    run: (s, a, _b, model, via: Caller = addOn) => via.call('LEADREASONS', s.grid, model, a),
  },
  LEADPROBABILITY: {
    args: [none, none],
    run: (s, _a, _b, model, via: Caller = addOn) => via.call('LEADPROBABILITY', s.grid, model),
  },
  LEADGRADE: {
    args: [argument([[10, 20, 30, 40]]), argument([[0, 1, 5, 20]])],
    run: (s, a, b, _model, via: Caller = addOn) => via.call('LEADGRADE', s.fit, s.engagement, a, b),
  },
  LEADSTAGE: {
    args: [argument([[10, 50]], 30, '20'), argument([['Cold', 'Warm', 'Hot']], [['Low', 'High']])],
    run: (s, a, b, _model, via: Caller = addOn) => via.call('LEADSTAGE', s.fit, a ?? [[10, 50]], b),
  },
  SCOREDECAY: {
    args: [argument(30, 7, '15'), argument(new Date(2026, 0, 1), 46023, '2026-01-01')],
    run: (s, a, b, _model, via: Caller = addOn) => via.call('SCOREDECAY', s.fit, s.dates, a, b),
  },
  LIFTTABLE: {
    args: [argument(3, 10, '5'), none],
    run: (s, a, _b, _model, via: Caller = addOn) => via.call('LIFTTABLE', s.fit, s.outcome, a),
  },
  SCOREAUC: {
    args: [none, none],
    run: (s, _a, _b, _model, via: Caller = addOn) => via.call('SCOREAUC', s.fit, s.outcome),
  },
};

/** Words an internal failure shows, which a marketer's message or a label never holds. */
const internal =
  /TypeError|RangeError|ReferenceError|Cannot read|is not a function|is not iterable|is not defined|Invalid array length|Invalid time value|call stack|undefined|NaN|Infinity|\[object/;

/**
 * The class of the error the function itself throws on these arguments, beneath the wrapper that turns every
 * error into its message: `InputError` for a message written for the marketer.
 */
function kindUnderneath(name: string, s: Sheet, a: unknown, b: unknown, model: unknown): string | undefined {
  const lib = (addOn.context as { LeadLift: Record<string, unknown> }).LeadLift;
  const direct = {
    call: (fn: string, ...args: unknown[]) => (lib[fn] as (...x: unknown[]) => unknown)(...args),
  };
  try {
    calls[name].run(s, a, b, model, direct);
  } catch (error) {
    return (error as Error).name;
  }
  return 'InputError'; // Without the wrapper's clock the same call may succeed: nothing to judge.
}

/** A finite number, a label (text, TRUE/FALSE, a date), or empty. */
function isShownValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return !internal.test(value);
  return typeof value === 'boolean' || isDate(value);
}

/** A value, or a rectangle (every row as wide) of values. */
function isResult(result: unknown): boolean {
  if (!Array.isArray(result)) return isShownValue(result);
  if (result.length === 0 || !result.every(Array.isArray)) return false;
  const width = (result[0] as unknown[]).length;
  return width > 0 && result.every((row: unknown[]) => row.length === width && row.every(isShownValue));
}

describe('every custom function on random sheets', () => {
  for (const [name, { args, run }] of Object.entries(calls)) {
    it(`${name} gives a finite number, a label, a rectangle of those, or an error in words`, () => {
      fc.assert(
        fc.property(
          sheet,
          ...args,
          fc.array(modelRow, { minLength: 1, maxLength: 6 }),
          fc.constantFrom('SUGGESTPOINTS' as const, 'PREDICTMODEL' as const, 'rows' as const),
          (s, a, b, modelRows, source) => {
            const model = modelOf(s, modelRows, source);
            let result: unknown;
            try {
              result = run(s, a, b, model);
            } catch (thrown) {
              // Sheets shows the note the wrapper throws; the function underneath must have thrown an InputError.
              const message = typeof thrown === 'string' ? thrown : (thrown as Error).message;
              expect(message).not.toMatch(internal);
              expect(message.length).toBeGreaterThan(10);
              expect(kindUnderneath(name, s, a, b, model), message).toBe('InputError');
              return;
            }
            expect(isResult(result), JSON.stringify(result)?.slice(0, 300)).toBe(true);
          },
        ),
        // A fixed seed keeps CI repeatable; FAST_CHECK_SEED explores other sheets locally.
        { numRuns: 150, seed: Number(process.env.FAST_CHECK_SEED ?? 20261201) },
      );
    });
  }
});
