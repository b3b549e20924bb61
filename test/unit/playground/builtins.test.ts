import { describe, expect, it } from 'vitest';
import { MemoryBook } from './memoryBook';

/** Stand-ins for the add-on's functions. */
const functions = {
  /** A header and n numbers, as LEADSCORE returns its column. */
  SCORES: (n: unknown) => [['Fit score'], ...Array.from({ length: Number(n) }, (_, i) => [(i + 1) * 10])],
  ECHO: (x: unknown) => (Array.isArray(x) ? `grid ${x.length}x${(x[0] as unknown[]).length}` : x),
  FAIL: () => {
    throw new Error('Bad input.');
  },
};

function book(rows = 10) {
  return new MemoryBook({ Leads: { rows, columns: 10 } }, functions);
}

const column = (b: MemoryBook, letter: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => b.shown('Leads', `${letter}${from + i}`));

describe('Sheets functions and operators in the playground', () => {
  it('stacks an array literal: commas side by side, semicolons one under another', () => {
    const b = book();
    b.type('Leads', 'A1', '={1, 2; 3, 4}');
    expect([
      b.shown('Leads', 'A1'),
      b.shown('Leads', 'B1'),
      b.shown('Leads', 'A2'),
      b.shown('Leads', 'B2'),
    ]).toEqual([1, 2, 3, 4]);
    b.type('Leads', 'D1', '={1, 2; 3}');
    expect(b.shown('Leads', 'D1')).toBe('#VALUE!');
    expect(b.engine.errorAt('Leads', 1, 4)?.message).toBe(
      'In ARRAY_LITERAL, an Array Literal was missing values for one or more columns.',
    );
  });

  it('writes the Score column as the add-on does: a header over ARRAYFORMULA(IF(blank, "", fit + engagement))', () => {
    const b = book(6);
    b.type('Leads', 'A1', '=SCORES(3)');
    b.type('Leads', 'B1', '=SCORES(3)');
    b.type('Leads', 'C1', '={"Score"; ARRAYFORMULA(IF(A2:A="", "", A2:A + B2:B))}');
    expect(column(b, 'C', 1, 6)).toEqual(['Score', 20, 40, 60, '', '']);
    // The inputs change: the sum follows.
    b.type('Leads', 'B1', '=SCORES(1)');
    expect(column(b, 'C', 1, 4)).toEqual(['Score', 20, 20, 30]);
  });

  it('takes the cell in its own row from a range outside ARRAYFORMULA, as Sheets intersects', () => {
    const b = book();
    b.type('Leads', 'A2', 5);
    b.type('Leads', 'A3', 7);
    b.type('Leads', 'B3', '=A2:A4 * 2');
    expect(b.shown('Leads', 'B3')).toBe(14);
    b.type('Leads', 'B9', '=A2:A4 * 2');
    expect(b.shown('Leads', 'B9')).toBe('#VALUE!');
    b.type('Leads', 'C1', '=ARRAYFORMULA(A2:A4 * 2)');
    expect(column(b, 'C', 1, 3)).toEqual([10, 14, 0]);
  });

  it('repeats a row across a column (a times table) and refuses arrays of different sizes', () => {
    const b = book();
    b.type('Leads', 'A1', '=ARRAYFORMULA({1; 2; 3} * {10, 100})');
    expect([b.shown('Leads', 'A3'), b.shown('Leads', 'B3')]).toEqual([30, 300]);
    b.type('Leads', 'E1', '=ARRAYFORMULA({1; 2; 3} + {1; 2})');
    expect(b.engine.errorAt('Leads', 1, 5)?.message).toBe('Array arguments to ADD are of different size.');
  });

  it('shows #REF! when a spill would overwrite a cell, and spills again once it is cleared', () => {
    const b = book();
    b.type('Leads', 'A3', 'in the way');
    b.type('Leads', 'A1', '={1; 2; 3}');
    expect(b.shown('Leads', 'A1')).toBe('#REF!');
    expect(b.engine.errorAt('Leads', 1, 1)?.message).toBe(
      'Array result was not expanded because it would overwrite data in A3.',
    );
    b.type('Leads', 'A3', '');
    expect(column(b, 'A', 1, 3)).toEqual([1, 2, 3]);
  });

  it('keeps an error in its own element of a spill, passes it on, and IFERROR catches it', () => {
    const b = book();
    b.type('Leads', 'A1', '=ARRAYFORMULA(1 / {1; 0; 4})');
    expect(column(b, 'A', 1, 3)).toEqual([1, '#DIV/0!', 0.25]);
    expect(b.engine.errorAt('Leads', 2, 1)?.message).toBe('Function DIVIDE parameter 2 cannot be zero.');
    b.type('Leads', 'B1', '=ARRAYFORMULA(A1:A3 * 2)');
    expect(column(b, 'B', 1, 3)).toEqual([2, '#DIV/0!', 0.5]);
    b.type('Leads', 'C1', '=ARRAYFORMULA(IFERROR(A1:A3 * 2, "none"))');
    expect(column(b, 'C', 1, 3)).toEqual([2, 'none', 0.5]);
    b.type('Leads', 'D1', '=FAIL() + 1');
    expect(b.shown('Leads', 'D1')).toBe('#ERROR!');
    expect(b.engine.errorAt('Leads', 1, 4)?.message).toBe('Bad input.');
    b.type('Leads', 'E1', '=IFERROR(FAIL(), 0)');
    expect(b.shown('Leads', 'E1')).toBe(0);
  });

  it('does not run a custom function whose argument is an error, and passes error cells of a range as codes', () => {
    const b = book();
    b.type('Leads', 'A1', '=1/0');
    b.type('Leads', 'B1', '=ECHO(A1)');
    expect(b.shown('Leads', 'B1')).toBe('#DIV/0!');
    b.type('Leads', 'B2', '=ECHO(A1:A2)');
    expect(b.shown('Leads', 'B2')).toBe('grid 2x1');
  });

  it('TODAY is midnight of the day in the spreadsheet’s time zone, and NOW the clock', () => {
    const b = book();
    b.now = new Date('2026-01-15T23:30:00Z');
    b.timeZone = 'Europe/Paris';
    b.type('Leads', 'A1', '=TODAY()');
    b.type('Leads', 'A2', '=NOW()');
    expect(b.shown('Leads', 'A1')).toEqual(new Date('2026-01-15T23:00:00Z'));
    expect(b.shown('Leads', 'A2')).toEqual(new Date('2026-01-15T23:30:00Z'));
    // Dates are serial days in arithmetic.
    b.type('Leads', 'A3', '=TODAY() - DATE(2026, 1, 1)');
    expect(b.shown('Leads', 'A3')).toBe(15);
  });

  it('compares as Sheets does: text without case, an empty cell equal to "" but 0 not, numbers before text', () => {
    const b = book();
    b.type('Leads', 'B1', '="Won" = "won"');
    b.type('Leads', 'B2', '=A9 = ""');
    b.type('Leads', 'B3', '=0 = ""');
    b.type('Leads', 'B4', '=5 < "a"');
    b.type('Leads', 'B5', '="3" + 4');
    b.type('Leads', 'B6', '="x" + 4');
    b.type('Leads', 'B7', '="Lead " & 7 & TRUE');
    b.type('Leads', 'B8', '=-2^2 + 50%');
    expect(column(b, 'B', 1, 8)).toEqual([true, true, false, true, 7, '#VALUE!', 'Lead 7TRUE', 4.5]);
    expect(b.engine.errorAt('Leads', 6, 2)?.message).toBe(
      "Function ADD parameter 1 expects number values. But 'x' is a text and cannot be coerced to a number.",
    );
  });

  it('adds up ranges skipping text, coerces typed arguments, and checks argument counts', () => {
    const b = book();
    b.type('Leads', 'A1', 'Visits');
    b.type('Leads', 'A2', 3);
    b.type('Leads', 'A3', 4);
    b.type('Leads', 'B1', '=SUM(A1:A5, "1", TRUE)');
    b.type('Leads', 'B2', '=AVERAGE(A1:A5)');
    b.type('Leads', 'B3', '=COUNT(A1:A5) & "/" & COUNTA(A1:A5)');
    b.type('Leads', 'B4', '=ROUND(2.5) + ROUND(1.005, 2)');
    b.type('Leads', 'B5', '=AND(A2 > 1, OR(FALSE, NOT(FALSE)))');
    b.type('Leads', 'B6', '=IF(A2 > 3, "big")');
    b.type('Leads', 'B7', '=IF(1)');
    expect(column(b, 'B', 1, 7)).toEqual([9, 3.5, '2/3', 4.01, true, false, '#N/A']);
    expect(b.engine.errorAt('Leads', 7, 2)?.message).toBe(
      'Wrong number of arguments to IF. Expected between 2 and 3 arguments, but got 1 arguments.',
    );
  });

  it('gives a rate a percentage, a count a whole number, and leaves other numbers automatic', () => {
    const b = book();
    b.type('Leads', 'A1', '={"Value", "Leads", "Close rate", "Lift"; "Google", 3, 0.5, 1.25}');
    expect(['A2', 'B2', 'C2', 'D2', 'C1'].map((a) => b.format('Leads', a))).toEqual([
      '',
      '0',
      '0.0%',
      '0.00',
      '',
    ]);
    b.type('Leads', 'F1', '=IFERROR(SCORES(1) * 1)');
    expect(b.format('Leads', 'F2')).toBe('');
  });
});
