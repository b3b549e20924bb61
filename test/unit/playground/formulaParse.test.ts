import { describe, expect, it } from 'vitest';
import { formatArea, parseA1 } from '../../../src/playground/formulas/a1';
import { functionsOf, parseFormula, referencesOf } from '../../../src/playground/formulas/parse';

describe('A1 references in formulas', () => {
  it('reads a cell as a single cell and A1:A1 as a range', () => {
    expect(parseA1('B3')).toEqual({ area: { top: 3, left: 2, bottom: 3, right: 2 }, singleCell: true });
    expect(parseA1('$B$3:B3')?.singleCell).toBe(false);
  });

  it('reads open-ended ranges: A2:A runs to the last row, A:C spans whole columns, 2:5 whole rows', () => {
    expect(parseA1('A2:A')?.area).toEqual({ top: 2, left: 1, bottom: Infinity, right: 1 });
    expect(parseA1('A:C')?.area).toEqual({ top: 1, left: 1, bottom: Infinity, right: 3 });
    expect(parseA1('2:5')?.area).toEqual({ top: 2, left: 1, bottom: 5, right: Infinity });
    expect(formatArea(parseA1('A2:F')!.area)).toBe('A2:F');
  });

  it('refuses text that is not a reference', () => {
    expect(parseA1('ABCD1')).toBeUndefined();
    expect(parseA1('SUM')).toBeUndefined();
    expect(parseA1('A0')).toBeUndefined();
    expect(parseA1('A1:B2:C3')).toBeUndefined();
  });
});

describe('parsing formulas', () => {
  it('reads nested calls with quoted sheet names, literals and ranges', () => {
    const parsed = parseFormula('=LEADSCORE(A2:F, \'LeadLift Model\'!A1:D, "say ""hi""", 0.5, false)');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(functionsOf(parsed.expr)).toEqual(['LEADSCORE']);
    expect(referencesOf(parsed.expr).map((r) => r.sheet)).toEqual([undefined, 'LeadLift Model']);
    expect(parsed.expr).toMatchObject({
      args: [
        {},
        {},
        { kind: 'string', value: 'say "hi"' },
        { value: 0.5 },
        { kind: 'boolean', value: false },
      ],
    });
  });

  it('reads sheet names with an apostrophe and unquoted sheet names', () => {
    const parsed = parseFormula("=F('Lead''s list'!A:A, Leads!B2)");
    expect(parsed.ok && referencesOf(parsed.expr).map((r) => r.sheet)).toEqual(["Lead's list", 'Leads']);
  });

  it('upper-cases function names and accepts ; between arguments', () => {
    const parsed = parseFormula('=closeRate(A2:A; B2:B)');
    expect(parsed.ok && functionsOf(parsed.expr)).toEqual(['CLOSERATE']);
  });

  it('reads an argument left empty as an empty cell, as LEADGRADE(F1:F, G1:G, , , "Note") has them', () => {
    const parsed = parseFormula('=LEADGRADE(F1:F, G1:G, , , "Note")');
    expect(parsed.ok && parsed.expr.kind === 'call' && parsed.expr.args.map((a) => a.kind)).toEqual([
      'reference',
      'reference',
      'string',
      'string',
      'string',
    ]);
  });

  it('reports unbalanced parentheses and stray text as a parse error', () => {
    expect(parseFormula('=F(A1').ok).toBe(false);
    expect(parseFormula('=F(A1))').ok).toBe(false);
    expect(parseFormula('=F(A1) x').ok).toBe(false);
  });

  it('reads an array literal: commas separate columns, semicolons rows, elements are expressions', () => {
    const parsed = parseFormula('={"Score"; ARRAYFORMULA(F2:F + 1)}');
    expect(parsed.ok && parsed.expr.kind === 'array' && parsed.expr.rows.length).toBe(2);
    const flat = parseFormula('=LEADSTAGE(N1:N, {30, 60}, {"Cold", "Hot"})');
    expect(flat.ok && flat.expr.kind === 'call' && flat.expr.args[1]).toEqual({
      kind: 'array',
      rows: [
        [
          { kind: 'number', value: 30 },
          { kind: 'number', value: 60 },
        ],
      ],
    });
    expect(parseFormula('={1, 2').ok).toBe(false);
    expect(parseFormula('={}').ok).toBe(false);
  });

  it('reads a percent sign as a division by 100 that binds tighter than arithmetic', () => {
    const parsed = parseFormula('=1+50%*2');
    expect(parsed.ok && parsed.expr).toMatchObject({
      kind: 'binary',
      operator: '+',
      right: { kind: 'binary', operator: '*', left: { kind: 'percent' } },
    });
  });
});
