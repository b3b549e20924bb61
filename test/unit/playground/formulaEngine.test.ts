import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryBook } from './memoryBook';

/** Stand-ins for the add-on's functions: small enough to check by hand. */
const functions = {
  /** The share of TRUE in a range (header and blanks skipped). */
  RATE: (range: unknown) => {
    const cells = (range as unknown[][]).flat().filter((v) => typeof v === 'boolean');
    return cells.filter(Boolean).length / cells.length;
  },
  /** Echoes its arguments as one row, to show how each arrives. */
  ECHO: (...args: unknown[]) => [
    args.map((a) => (Array.isArray(a) ? `grid ${a.length}x${(a[0] as unknown[]).length}` : a)),
  ],
  /** A column of n numbers. */
  COUNTUP: (n: unknown) => Array.from({ length: Number(n) }, (_, i) => [i + 1]),
  DOUBLE: (x: unknown) =>
    Array.isArray(x) ? x.map((row: unknown[]) => row.map((v) => Number(v) * 2)) : Number(x) * 2,
  FAIL: () => {
    throw new Error('Outcome in row 3 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.');
  },
  TYPEOF: (x: unknown) => Object.prototype.toString.call(x),
};

function book() {
  return new MemoryBook(
    { Leads: { rows: 10, columns: 10 }, 'LeadLift Model': { rows: 5, columns: 4 } },
    functions,
  );
}

describe('the formula engine', () => {
  it('passes a range as a 2-D array cut at the sheet’s last row, and a single cell as a scalar', () => {
    const b = book();
    b.type('Leads', 'A1', 'Converted');
    b.type('Leads', 'C1', '=ECHO(A2:A, A1, 3, "x", TRUE, -2)');
    expect(['C1', 'D1', 'E1'].map((a) => b.shown('Leads', a))).toEqual(['grid 9x1', 'Converted', 3]);
    b.type('Leads', 'C2', '=ECHO("x", TRUE, -2, A:B)');
    expect(['C2', 'D2', 'E2'].map((a) => b.shown('Leads', a))).toEqual(['x', true, -2]);
  });

  it('reads quoted sheet names and whole columns on another sheet', () => {
    const b = book();
    b.type('Leads', 'A1', "=ECHO('LeadLift Model'!A1:D, 'LeadLift Model'!B:B)");
    expect([b.shown('Leads', 'A1'), b.shown('Leads', 'B1')]).toEqual(['grid 5x4', 'grid 5x1']);
  });

  it('passes a Date cell as a Date', () => {
    const b = book();
    b.type('Leads', 'A1', new Date(Date.UTC(2026, 0, 15)));
    b.type('Leads', 'B1', '=TYPEOF(A1)');
    expect(b.shown('Leads', 'B1')).toBe('[object Date]');
  });

  it('computes a rate over a column and recalculates when a referenced cell changes', () => {
    const b = book();
    b.type('Leads', 'A1', 'Converted');
    b.type('Leads', 'A2', true);
    b.type('Leads', 'A3', false);
    b.type('Leads', 'C1', '=RATE(A2:A)');
    expect(b.shown('Leads', 'C1')).toBe(0.5);
    b.type('Leads', 'A4', true);
    expect(b.shown('Leads', 'C1')).toBeCloseTo(2 / 3, 12);
  });

  it('does not call a function again when an unrelated cell changes', () => {
    const b = book();
    b.type('Leads', 'A2', true);
    b.type('Leads', 'C1', '=RATE(A2:A)');
    b.type('Leads', 'E1', 'note');
    expect(b.engine.calls).toEqual([]);
  });

  it('evaluates nested calls inside out', () => {
    const b = book();
    b.type('Leads', 'A1', '=DOUBLE(DOUBLE(3))');
    expect(b.shown('Leads', 'A1')).toBe(12);
    expect(b.engine.calls).toEqual(['DOUBLE', 'DOUBLE']);
  });

  it('spills an array result into the cells below and to the right', () => {
    const b = book();
    b.type('Leads', 'B2', '=COUNTUP(3)');
    expect(['B2', 'B3', 'B4', 'B5'].map((a) => b.shown('Leads', a))).toEqual([1, 2, 3, '']);
    expect(b.engine.spilledFrom('Leads', 4, 2)).toEqual({ row: 2, column: 2 });
  });

  it('shows #REF! when the spill would overwrite data, and spills again once the cell is cleared', () => {
    const b = book();
    b.type('Leads', 'B2', '=COUNTUP(3)');
    b.type('Leads', 'B4', 'typed');
    expect(b.shown('Leads', 'B2')).toBe('#REF!');
    expect(b.shown('Leads', 'B3')).toBe('');
    expect(b.engine.errorAt('Leads', 2, 2)?.message).toBe(
      'Array result was not expanded because it would overwrite data in B4.',
    );
    b.type('Leads', 'B4', '');
    expect(['B2', 'B3', 'B4'].map((a) => b.shown('Leads', a))).toEqual([1, 2, 3]);
  });

  it('one call that replaces two formulas by values leaves the values, not a #REF! of a removed formula', () => {
    const b = book();
    b.type('Leads', 'A1', '=COUNTUP(3)');
    b.type('Leads', 'B1', '=DOUBLE(A1:A3)');
    expect(['B1', 'B2', 'B3'].map((a) => b.shown('Leads', a))).toEqual([2, 4, 6]);
    // As applying values does: clear both formula columns, then write headers and values in their place.
    b.writeAll('Leads', { A1: 'Fit', A2: 7, A3: 8, B1: 'Grade', B2: 'A1', B3: 'B2' });
    expect(['A1', 'A2', 'B1', 'B2', 'B3'].map((a) => b.shown('Leads', a))).toEqual([
      'Fit',
      7,
      'Grade',
      'A1',
      'B2',
    ]);
    expect(b.engine.formulaAt('Leads', 1, 2)).toBeUndefined();
  });

  it('shows #REF! when the spill would run past the last row', () => {
    const b = book();
    b.type('Leads', 'A9', '=COUNTUP(3)');
    expect(b.shown('Leads', 'A9')).toBe('#REF!');
    expect(b.engine.errorAt('Leads', 9, 1)?.message).toBe(
      'Result was not automatically expanded, please insert more rows (1).',
    );
  });

  it('shows #ERROR! with the function’s message when it throws', () => {
    const b = book();
    b.type('Leads', 'A1', '=FAIL()');
    expect(b.shown('Leads', 'A1')).toBe('#ERROR!');
    expect(b.engine.errorAt('Leads', 1, 1)?.message).toBe(
      'Outcome in row 3 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
  });

  it('passes an inner error on without calling the outer function', () => {
    const b = book();
    b.type('Leads', 'A1', '=DOUBLE(FAIL())');
    expect(b.shown('Leads', 'A1')).toBe('#ERROR!');
    expect(b.engine.calls).toEqual(['FAIL']);
  });

  it('answers #NAME? for an unknown function and shows Sheets’ functions it does not evaluate as text', () => {
    const b = book();
    b.type('Leads', 'A1', '=NOPE(B1)');
    b.type('Leads', 'A2', '=VLOOKUP(B1, B1:C3, 2)');
    b.type('Leads', 'A3', '=FILTER(B1:B3, B1:B3 > 0)');
    expect(b.shown('Leads', 'A1')).toBe('#NAME?');
    expect(b.engine.errorAt('Leads', 1, 1)?.message).toBe("Unknown function: 'NOPE'.");
    expect(b.shown('Leads', 'A2')).toBe('=VLOOKUP(B1, B1:C3, 2)');
    expect(b.shown('Leads', 'A3')).toBe('=FILTER(B1:B3, B1:B3 > 0)');
  });

  it('answers #REF! for a sheet that does not exist', () => {
    const b = book();
    b.type('Leads', 'A1', "=ECHO('No such'!A1:B2)");
    expect(b.engine.errorAt('Leads', 1, 1)).toEqual({
      code: '#REF!',
      message: "Unresolved sheet name 'No such'.",
    });
  });

  it('recalculates a chain upstream first, whatever order the formulas were typed in', () => {
    const b = book();
    b.type('Leads', 'C1', '=DOUBLE(B1)');
    b.type('Leads', 'B1', '=DOUBLE(A1)');
    b.type('Leads', 'A1', 2);
    expect(b.shown('Leads', 'C1')).toBe(8);
    expect(b.engine.calls).toEqual(['DOUBLE', 'DOUBLE']);
    b.type('Leads', 'A1', 5);
    expect([b.shown('Leads', 'B1'), b.shown('Leads', 'C1')]).toEqual([10, 20]);
  });

  it('feeds a spilled result to a formula that reads the spill', () => {
    const b = book();
    b.type('Leads', 'A1', '=COUNTUP(3)');
    b.type('Leads', 'B1', '=DOUBLE(A1:A3)');
    expect(['B1', 'B2', 'B3'].map((a) => b.shown('Leads', a))).toEqual([2, 4, 6]);
    b.type('Leads', 'A1', '=COUNTUP(2)');
    expect(['B1', 'B2', 'B3'].map((a) => b.shown('Leads', a))).toEqual([2, 4, 0]);
  });

  it('marks formulas that read each other as a circular dependency, and recovers when the cycle is broken', () => {
    const b = book();
    b.type('Leads', 'A1', '=DOUBLE(B1)');
    b.type('Leads', 'B1', '=DOUBLE(A1)');
    expect([b.shown('Leads', 'A1'), b.shown('Leads', 'B1')]).toEqual(['#REF!', '#REF!']);
    expect(b.engine.errorAt('Leads', 1, 1)?.message).toMatch(/^Circular dependency detected/);
    b.type('Leads', 'B1', 4);
    expect(b.shown('Leads', 'A1')).toBe(8);
  });

  it('marks a formula that reads its own cell as circular', () => {
    const b = book();
    b.type('Leads', 'A5', '=RATE(A:A)');
    expect(b.shown('Leads', 'A5')).toBe('#REF!');
  });

  it('forgets the formulas of a deleted tab and answers #REF! for formulas that read it', () => {
    const b = book();
    b.type('LeadLift Model', 'A1', 3);
    b.type('LeadLift Model', 'B1', '=DOUBLE(A1)');
    b.type('Leads', 'A1', "=DOUBLE('LeadLift Model'!A1)");
    expect(b.shown('Leads', 'A1')).toBe(6);
    b.sizes.delete('LeadLift Model');
    b.type('Leads', 'B1', 'anything');
    expect(b.engine.formulaAt('LeadLift Model', 1, 2)).toBeUndefined();
    b.type('Leads', 'A1', "=DOUBLE('LeadLift Model'!A1)");
    expect(b.engine.errorAt('Leads', 1, 1)).toEqual({
      code: '#REF!',
      message: "Unresolved sheet name 'LeadLift Model'.",
    });
  });

  it('clears a spill when its formula is deleted', () => {
    const b = book();
    b.type('Leads', 'B2', '=COUNTUP(3)');
    b.type('Leads', 'B2', '');
    expect(['B2', 'B3', 'B4'].map((a) => b.shown('Leads', a))).toEqual(['', '', '']);
  });

  it('shows the same results whatever order the cells were typed in', () => {
    const cells: Array<[string, string | number | boolean]> = [
      ['A1', 2],
      ['B1', '=DOUBLE(A1)'],
      ['C1', '=DOUBLE(B1)'],
      ['D1', '=COUNTUP(A1)'],
      ['E1', '=DOUBLE(D1:D2)'],
      ['F1', '=RATE(G1:G3)'],
      ['G1', true],
      ['G2', false],
    ];
    const shown = (b: MemoryBook) =>
      ['A1', 'B1', 'C1', 'D1', 'D2', 'E1', 'E2', 'F1'].map((a) => b.shown('Leads', a));
    fc.assert(
      fc.property(fc.shuffledSubarray(cells, { minLength: cells.length }), (order) => {
        const b = book();
        for (const [a1, value] of order) b.type('Leads', a1, value);
        expect(shown(b)).toEqual([2, 4, 8, 1, 2, 2, 4, 0.5]);
      }),
    );
  });
});
