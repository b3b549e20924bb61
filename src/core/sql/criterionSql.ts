// A criterion of LeadLift's grammar as a SQL condition that is TRUE exactly where `matchesCriterion` is true.

import { numberInText } from '../cellValue';
import type { Comparison, Criterion } from '../criteria';
import { likeText, wildcardPattern } from './cellSql';
import type { Dialect } from './dialect';

/** The helper columns a query computes once per lead column: trimmed text, its number, and (if needed) its date. */
export interface CellColumns {
  text: string;
  /** The number the text spells, or NULL; present when a rule of the column needs it. */
  number?: string;
  /** The date serial of a yyyy-mm-dd text, or NULL; present when a rule of the column compares. */
  date?: string;
}

/**
 * A number as a SQL literal both engines read as the same double: small integers as they are (integer sums stay
 * exact and cannot overflow), others in exponent form (DuckDB reads `0.5` as a DECIMAL, `5e-1` as a DOUBLE).
 * @example numberLiteral(0.5) // '5e-1'
 */
/** True when the criterion reads the cell's number (or date), not only its text. */
export function needsNumber(criterion: Criterion): boolean {
  return (
    criterion.kind === 'compare' ||
    criterion.kind === 'like' ||
    (criterion.kind === 'equals' && numberInText(criterion.key) !== undefined)
  );
}

export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is no finite number`);
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return String(value);
  return value.toExponential();
}

/**
 * Loaders turn a Yes/No column into BOOL (DuckDB's CSV detection does), and a BOOL reads as true/false: so `Yes`
 * also matches true and `No` false. Only a text column holding both `yes` and `true` would tell the difference.
 */
const booleanMeaning: Record<string, string> = { yes: 'true', no: 'false' };

const isBlank = (cell: CellColumns) => `(${cell.text} IS NULL OR ${cell.text} = '')`;

/** A condition that may be NULL for a NULL cell, made TRUE or FALSE. */
const definite = (condition: string) => `COALESCE(${condition}, FALSE)`;

function comparison(value: string, c: Comparison): string {
  return `${value} ${c.operator} ${numberLiteral(c.bound)}`;
}

/**
 * The SQL condition for one criterion on one lead column, never NULL.
 * - equality: a criterion that spells a number equals cells that spell the same number (`10` and `10.0`);
 *   any other compares the trimmed, lower-cased text (TRUE, dates as yyyy-mm-dd and text alike), `Yes` and `No`
 *   matching a BOOL column's true and false too;
 * - wildcards: an anchored RE2 match on the text a pattern sees;
 * - comparisons: the cell's number, or its date as a Sheets serial;
 * - `<>X` is NOT X, so empty cells meet it.
 */
export function criterionCondition(dialect: Dialect, criterion: Criterion, cell: CellColumns): string {
  const number = () => {
    if (cell.number === undefined) throw new RangeError(`${cell.text} has no number column`);
    return cell.number;
  };
  switch (criterion.kind) {
    case 'blank':
      return isBlank(cell);
    case 'any':
      return `NOT ${isBlank(cell)}`;
    case 'equals': {
      const bound = numberInText(criterion.key);
      const meaning = booleanMeaning[criterion.key];
      const equal =
        bound !== undefined
          ? definite(`${number()} = ${numberLiteral(bound)}`)
          : meaning !== undefined
            ? definite(`LOWER(${cell.text}) IN (${dialect.text(criterion.key)}, '${meaning}')`)
            : definite(`LOWER(${cell.text}) = ${dialect.text(criterion.key)}`);
      return criterion.negated ? `NOT ${equal}` : equal;
    }
    case 'like': {
      const pattern = dialect.regex(wildcardPattern(criterion.pattern));
      const found = definite(
        `${cell.text} <> '' AND ${dialect.regexContains(likeText(dialect, cell.text, number()), pattern)}`,
      );
      return criterion.negated ? `NOT ${found}` : found;
    }
    case 'compare': {
      const value = cell.date === undefined ? number() : `COALESCE(${number()}, ${cell.date})`;
      return definite(criterion.comparisons.map((c) => comparison(value, c)).join(' AND '));
    }
  }
}
