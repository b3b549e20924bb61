import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');
const addOn = loadAddOn(dist, createSandbox({ timeZone: 'Europe/Paris', authMode: 'CUSTOM_FUNCTION' }));

type Cell = string | number | boolean | Date;
const column = (...cells: Cell[]) => cells.map((c) => [c]);

// 40 leads: source a converts 15 times in 20, b 5 times; visits spread from 0 to 39.
const history: Cell[][] = [
  ['Source', 'Visits'],
  ...Array.from({ length: 40 }, (_, i): Cell[] => [i < 20 ? 'a' : 'b', i]),
];
const outcome = column('Won', ...Array.from({ length: 40 }, (_, i) => (i < 20 ? i < 15 : i < 25)));
const model: Cell[][] = [
  ['Attribute', 'Value', 'Points'],
  ['Source', 'a', 10],
  ['Visits', '>=20', 5],
];
const scores = column('Score', ...Array.from({ length: 40 }, (_, i) => i));
const parisMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3_600_000);

describe('every optional argument is read by one parser, with one set of rules', () => {
  it('a count given as text that spells a number is read as the number, for every count', () => {
    expect(addOn.call('LIFTTABLE', scores, outcome, '4')).toEqual(
      addOn.call('LIFTTABLE', scores, outcome, 4),
    );
    expect(addOn.call('LEADREASONS', history, model, ' 1 ')).toEqual(
      addOn.call('LEADREASONS', history, model, 1),
    );
    expect(addOn.call('SUGGESTPOINTS', history, outcome, 'odds', '5')).toEqual(
      addOn.call('SUGGESTPOINTS', history, outcome, 'odds', 5),
    );
  });
  it('an empty range gives words, never an internal message', () => {
    expect(() => addOn.call('LEADREASONS', history, model, [])).toThrow(
      'top_n must be a whole number of 1 or more, such as 3; it is an empty range.',
    );
    expect(() => addOn.call('LIFTTABLE', scores, outcome, [])).toThrow(
      'bands must be a whole number of 1 or more, such as 10; it is an empty range.',
    );
    expect(() => addOn.call('SCOREDECAY', 80, parisMidnight(2026, 1, 1), [])).toThrow(
      'half_life_days must be a number of days above 0 and at most 1,000,000, such as 30; it is an empty range.',
    );
    expect(() => addOn.call('SCOREDECAY', 80, parisMidnight(2026, 1, 1), 30, [[]])).toThrow(
      'as_of must be a date, a date serial or a text date yyyy-mm-dd, such as TODAY(); it is an empty range.',
    );
    expect(() => addOn.call('SUGGESTPOINTS', history, outcome, [])).toThrow(
      'method must be "odds", "ratio", "difference" or "joint"; it is an empty range.',
    );
    expect(() => addOn.call('PREDICTMODEL', history, outcome, 'logistic', [])).toThrow(
      'points_to_double must be a number above 0 and at most 1,000, such as 10; it is an empty range.',
    );
  });
  it('a range where one value is expected is refused with its size', () => {
    expect(() => addOn.call('LIFTTABLE', scores, outcome, [[2, 3]])).toThrow(
      'bands must be a whole number of 1 or more, such as 10; it is a range of 2 cells.',
    );
    expect(() => addOn.call('PREDICTMODEL', history, outcome, [['logistic'], ['bayes']])).toThrow(
      'method must be "logistic", "bayes" or "boosted"; it is a range of 2 cells.',
    );
  });
  it('an error cell as an argument is named as the error', () => {
    expect(() => addOn.call('LEADREASONS', history, model, '#N/A')).toThrow(
      'top_n must be a whole number of 1 or more, such as 3; it is the error #N/A.',
    );
  });
  it('a number argument takes text that spells a number, and refuses one too large to show', () => {
    expect(addOn.call('PREDICTMODEL', history, outcome, 'bayes', '20')).toEqual(
      addOn.call('PREDICTMODEL', history, outcome, 'bayes', 20),
    );
    expect(() => addOn.call('PREDICTMODEL', history, outcome, 'logistic', 1e300)).toThrow(
      'points_to_double must be a number above 0 and at most 1,000, such as 10; it is 1e+300.',
    );
    expect(addOn.call('SCOREDECAY', 80, parisMidnight(2025, 12, 2), '15', parisMidnight(2026, 1, 1))).toBe(
      20,
    );
  });
  it('a choice is read in any case with spaces ignored, for every function', () => {
    expect(addOn.call('SUGGESTPOINTS', history, outcome, ' RATIO ')).toEqual(
      addOn.call('SUGGESTPOINTS', history, outcome, 'ratio'),
    );
    expect(addOn.call('PREDICTMODEL', history, outcome, ' Bayes ')).toEqual(
      addOn.call('PREDICTMODEL', history, outcome, 'bayes'),
    );
  });
});

describe('=SCOREDECAY as_of takes what criteria take', () => {
  const activity = parisMidnight(2025, 12, 2);
  it('a text date yyyy-mm-dd and a date serial name the same day as a date', () => {
    const byDate = addOn.call('SCOREDECAY', 80, activity, 30, parisMidnight(2026, 1, 1));
    expect(byDate).toBe(40);
    expect(addOn.call('SCOREDECAY', 80, activity, 30, '2026-01-01')).toBe(40);
    expect(addOn.call('SCOREDECAY', 80, activity, 30, 46023)).toBe(40);
    expect(addOn.call('SCOREDECAY', 80, activity, 30, '46023')).toBe(40);
  });
});
