// How a query sees one cell as LeadLift does, whatever the column's type: its trimmed text, its number, its date.

import type { Dialect } from './dialect';

/**
 * The white space JavaScript's trim() removes: tab to carriage return, Unicode's space, line and paragraph
 * separators (\pZ), and the byte-order mark. RE2, the regex engine of BigQuery and DuckDB alike, reads it the same.
 */
const whiteSpace = '[\\t-\\r\\pZ\\x{FEFF}]';

/** Numbers as `numberInText` reads them: `10`, `-2.5`, `.5`, `1e3`; not `1,000`, `0x1F`, `1_000`. */
export const numberPattern = '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$';

/** A date as a DATE column shows it, and as a marketer writes it: yyyy-mm-dd. */
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * The cell as text without surrounding white space; NULL for a NULL cell. Every type has a text (`10`, `true`,
 * `2026-01-15`), which is what makes one query right for columns loaded as text, numbers, booleans or dates.
 */
export function trimmedText(dialect: Dialect, column: string): string {
  const text = `CAST(${column} AS ${dialect.textType})`;
  // One anchored match of the whole text, so replacing the first match and replacing all of them agree.
  const regex = dialect.regex(`(?s)^${whiteSpace}*(.*?)${whiteSpace}*$`);
  // Most cells have no white space at either end: a cheap test spares them the replacement.
  const padded = dialect.regexContains(text, dialect.regex(`^${whiteSpace}|${whiteSpace}$`));
  return `CASE WHEN ${padded} THEN REGEXP_REPLACE(${text}, ${regex}, ${dialect.regex('\\1')}) ELSE ${text} END`;
}

/** The number a trimmed text spells, or NULL: the rule of `numberInText`, so `1_000` is no number here either. */
export function textNumber(dialect: Dialect, text: string): string {
  return `CASE WHEN ${dialect.regexContains(text, dialect.regex(numberPattern))} THEN ${dialect.safeCast(text, dialect.doubleType)} END`;
}

/** Days from 1899-12-30, Sheets' day 0, to 1970-01-01. */
const unixEpochSerial = 25569;

/**
 * A yyyy-mm-dd text (or a DATE column) as its Sheets serial number, days since 1899-12-30; NULL otherwise. The
 * safe cast refuses days that do not exist, such as 2026-02-31, as `serialOfDateText` does.
 */
export function dateSerial(dialect: Dialect, text: string): string {
  const date = dialect.safeCast(text, 'DATE');
  return `CASE WHEN ${dialect.regexContains(text, dialect.regex(datePattern))} THEN ${dialect.unixDate(date)} + ${unixEpochSerial} END`;
}

/**
 * The text a wildcard pattern sees, as `likeText` does for the cell Sheets would hold: a number as JavaScript
 * writes it (`10`, not `10.0`), anything else lower-cased.
 */
export function likeText(dialect: Dialect, text: string, number: string): string {
  const whole = `CAST(CAST(${number} AS ${dialect.integerType}) AS ${dialect.textType})`;
  const decimal = `CAST(${number} AS ${dialect.textType})`;
  return `CASE WHEN ${number} IS NULL THEN LOWER(${text}) WHEN ${number} = FLOOR(${number}) AND ABS(${number}) < 1e15 THEN ${whole} ELSE ${decimal} END`;
}

/**
 * A text as an RE2 pattern that matches exactly it: ASCII punctuation escaped, control and separator characters
 * as code points, letters, digits and other characters as themselves.
 * @example literalPattern('a.b') // 'a\\.b'
 */
export function literalPattern(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (/[A-Za-z0-9 ]/.test(char)) out += char;
    else if (
      code < 0x20 ||
      code === 0x7f ||
      (code >= 0x80 && code <= 0xa0) ||
      code === 0x2028 ||
      code === 0x2029
    )
      out += `\\x{${code.toString(16).toUpperCase()}}`;
    else if (code < 0x80) out += `\\${char}`;
    else out += char;
  }
  return out;
}

/**
 * A wildcard pattern (`goo*`, `g?ogle`, `what~?`), lower-cased, as an anchored RE2 pattern: `*` any run of
 * characters, `?` one character, `~` making the next `*`, `?` or `~` literal, as `wildcardRegex` reads it.
 */
export function wildcardPattern(pattern: string): string {
  let body = '';
  let literal = '';
  const flush = () => {
    body += literalPattern(literal);
    literal = '';
  };
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points on purpose, as SQL's `_` matches one
  const chars = [...pattern.toLowerCase()];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === '~' && i + 1 < chars.length && '*?~'.includes(chars[i + 1])) literal += chars[++i];
    else if (char === '*' || char === '?') {
      flush();
      body += char === '*' ? '.*' : '.';
    } else literal += char;
  }
  flush();
  return `(?s)^${body}$`;
}
