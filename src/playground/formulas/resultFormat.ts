// The number format a formula's result is shown in: rates as percentages, counts as whole numbers, from the
// result's own header row or the function that made it, never from whatever format the cell held before.

import type { Expr } from './parse';
import type { Scalar } from './values';

const percent = '0.0%';
const wholeNumber = '0';
const ratio = '0.00';

/** Formats by the header a LeadLift table gives its column (CLOSERATE, SUGGESTPOINTS, LIFTTABLE…). */
const columnFormats: Array<[RegExp, string]> = [
  [/rate$|^predicted$|^low$|^high$|probability|captured/i, percent],
  [/^lift$/i, ratio],
  [/^(leads|conversions|points)$/i, wholeNumber],
];

/** Formats of single results, by the function that returned them. */
const functionFormats: Record<string, string> = {
  CONVERSIONRATE: percent,
  CLOSERATE: percent,
  LEADPROBABILITY: percent,
  SCOREAUC: ratio,
};

/** The function whose result the formula shows: its outermost call, through ARRAYFORMULA and IFERROR. */
function outerFunction(expr: Expr): string | undefined {
  if (expr.kind !== 'call') return undefined;
  if (['ARRAYFORMULA', 'IFERROR', 'IFNA'].includes(expr.name) && expr.args[0])
    return outerFunction(expr.args[0]) ?? expr.name;
  return expr.name;
}

/**
 * The format for each cell of a result: under a text header row, by the header; otherwise by the function.
 * Undefined leaves the cell automatic (numbers shown as they are).
 */
export function resultFormats(
  expr: Expr,
  values: Scalar[][],
): (row: number, column: number) => string | undefined {
  const header = values[0] ?? [];
  const hasHeader =
    values.length > 1 &&
    header.every((cell) => typeof cell === 'string') &&
    header.some((cell) => cell !== '');
  const byFunction = functionFormats[outerFunction(expr) ?? ''];
  const byColumn = header.map((cell) =>
    hasHeader && typeof cell === 'string'
      ? columnFormats.find(([pattern]) => pattern.test(cell.trim()))?.[1]
      : undefined,
  );
  return (row, column) => {
    if (hasHeader) return row === 0 ? undefined : byColumn[column];
    return byFunction;
  };
}
