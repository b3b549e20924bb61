// The few things BigQuery and DuckDB spell differently: quoting, literals, types, safe casts, regex tests, dates.

import { InputError } from '../inputError';

export type DialectName = 'bigquery' | 'duckdb';

/** How one SQL engine spells the constructs a LeadLift query uses; everything else is written the same in both. */
export interface Dialect {
  name: DialectName;
  /** A column name as a quoted identifier: `Lead Source` (BigQuery) or "Lead Source" (DuckDB). */
  identifier(name: string): string;
  /** A table name as the engine knows it (`project.dataset.table`, `schema.table`), quoted. */
  table(name: string): string;
  /** A text as a string literal. */
  text(value: string): string;
  /** An RE2 regular expression as a string literal (BigQuery's raw string keeps its backslashes readable). */
  regex(pattern: string): string;
  /** The text type: STRING or VARCHAR. */
  textType: string;
  /** The double type: FLOAT64 or DOUBLE. */
  doubleType: string;
  /** The 64-bit integer type: INT64 or BIGINT. */
  integerType: string;
  /** A cast that gives NULL instead of failing: SAFE_CAST or TRY_CAST. */
  safeCast(expression: string, type: string): string;
  /** True when the text contains a match of the regular expression: REGEXP_CONTAINS or regexp_matches. */
  regexContains(text: string, regexLiteral: string): string;
  /** Days since 1970-01-01 of a DATE: UNIX_DATE(d), or d - DATE '1970-01-01'. */
  unixDate(date: string): string;
  /** Every column but these: `* EXCEPT (…)` or `* EXCLUDE (…)`. */
  allColumnsExcept(names: readonly string[]): string;
}

/** Refuses characters no column or table name holds, so a name can never end a quoted identifier early. */
function checkName(name: string, what: string): void {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw new InputError(`The ${what} ${JSON.stringify(name)} holds a control character: rename it.`);
  }
  if (name.trim() === '') throw new InputError(`The ${what} is empty: give its name.`);
}

// BigQuery quoted strings: a backslash starts an escape, so backslash and quote are escaped.
// https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical#string_and_bytes_literals
function bigQueryText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `'${value.replace(/[\\']/g, '\\$&').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/** DuckDB follows standard SQL: a quote is doubled, a backslash is itself; control characters go in as chr(n). */
function duckDbText(value: string): string {
  // eslint-disable-next-line no-control-regex
  const parts = value.split(/([\u0000-\u001f\u007f\u2028\u2029])/);
  const pieces = parts
    .map((part, i) =>
      i % 2 === 1 ? `chr(${part.charCodeAt(0)})` : part === '' ? '' : `'${part.replace(/'/g, "''")}'`,
    )
    .filter((piece) => piece !== '');
  if (pieces.length === 0) return "''";
  return pieces.length === 1 ? pieces[0] : `(${pieces.join(' || ')})`;
}

/** Strips one pair of surrounding backticks or double quotes, so a name pasted already quoted is not quoted twice. */
function unquoted(name: string): string {
  const trimmed = name.trim();
  const m = /^`([^`]*)`$/.exec(trimmed) ?? /^"([^"]*)"$/.exec(trimmed);
  return m ? m[1] : trimmed;
}

export const bigQuery: Dialect = {
  name: 'bigquery',
  identifier(name) {
    checkName(name, 'column name');
    return `\`${name.replace(/[\\`]/g, '\\$&')}\``;
  },
  table(name) {
    const path = unquoted(name);
    checkName(path, 'table name');
    if (/[`\\]/.test(path)) {
      throw new InputError(
        `The table name ${JSON.stringify(name)} holds a backtick or a backslash: give it as project.dataset.table.`,
      );
    }
    // One backticked path names project.dataset.table, even when the project has a hyphen.
    return `\`${path}\``;
  },
  text: bigQueryText,
  // Patterns never hold a quote unescaped (`\'`) nor end in a lone backslash, so a raw string holds any of them.
  regex: (pattern) => `r'${pattern}'`,
  textType: 'STRING',
  doubleType: 'FLOAT64',
  integerType: 'INT64',
  safeCast: (expression, type) => `SAFE_CAST(${expression} AS ${type})`,
  regexContains: (text, regex) => `REGEXP_CONTAINS(${text}, ${regex})`,
  unixDate: (date) => `UNIX_DATE(${date})`,
  allColumnsExcept: (names) => `* EXCEPT (${names.join(', ')})`,
};

export const duckDb: Dialect = {
  name: 'duckdb',
  identifier(name) {
    checkName(name, 'column name');
    return `"${name.replace(/"/g, '""')}"`;
  },
  table(name) {
    const path = unquoted(name);
    checkName(path, 'table name');
    return path
      .split('.')
      .map((part) => duckDb.identifier(part.trim()))
      .join('.');
  },
  text: duckDbText,
  regex: (pattern) => `'${pattern.replace(/'/g, "''")}'`,
  textType: 'VARCHAR',
  doubleType: 'DOUBLE',
  integerType: 'BIGINT',
  safeCast: (expression, type) => `TRY_CAST(${expression} AS ${type})`,
  regexContains: (text, regex) => `regexp_matches(${text}, ${regex})`,
  unixDate: (date) => `(${date} - DATE '1970-01-01')`,
  allColumnsExcept: (names) => `* EXCLUDE (${names.join(', ')})`,
};

/**
 * The dialect a `dialect` argument names: "bigquery" (the default when left out) or "duckdb", in any case.
 * @example dialectNamed('DuckDB').name // 'duckdb'
 */
export function dialectNamed(name: string | undefined): Dialect {
  const wanted = (name ?? '').trim().toLowerCase();
  if (wanted === '' || wanted === 'bigquery') return bigQuery;
  if (wanted === 'duckdb') return duckDb;
  throw new InputError(`The dialect "${(name ?? '').trim()}" is not known: use "bigquery" or "duckdb".`);
}
