// One cell as the core sees it, and the one rule that says when two cells hold the same value.

/** What a spreadsheet cell holds as Sheets hands it over: text (`''` when empty), a number, TRUE/FALSE, a date. */
export type SheetCell = string | number | boolean | Date;

/** A cell: text, a number, TRUE/FALSE, a date, or empty (`''`, `null` or `undefined`). */
export type CellValue = SheetCell | null | undefined;

/** True for a Date from any realm: dates made in another script context fail `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True for an empty cell; a cell of spaces counts as empty. */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

const numberText = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number a trimmed text spells, or undefined: `"10"`, `"-2.5"`, `"1e3"`; not `"10%"`, `"1,000"`, `"0x1F"`.
 * @example numberInText('10.0') // 10
 */
export function numberInText(text: string): number | undefined {
  return numberText.test(text) ? Number(text) : undefined;
}

/**
 * A number as Sheets shows and compares it, to 15 significant digits: 0.1 + 0.2 and 0.3 are one number.
 * @example shownNumber(0.1 + 0.2) // 0.3
 */
export function shownNumber(x: number): number {
  if (!Number.isFinite(x)) return x;
  const shown = Number(x.toPrecision(15)) + 0;
  // Near the largest double, rounding up to 15 digits overflows: such a number is shown as it is.
  return Number.isFinite(shown) ? shown : x;
}

const dayMs = 86_400_000;
// Sheets counts days from 1899-12-30, so serials here equal the numbers Sheets shows for dates.
const sheetsEpoch = Date.UTC(1899, 11, 30);

/**
 * A date as Sheets' serial number (days since 1899-12-30, the time as a fraction), read in the date's
 * local time zone, which is the one the spreadsheet's dates arrive in.
 * @example dateSerial(new Date(2026, 0, 1)) // 46023
 */
export function dateSerial(date: Date): number {
  const utc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (utc - sheetsEpoch) / dayMs;
}

const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The Sheets serial of a date written `yyyy-mm-dd` (optionally `yyyy-mm-dd hh:mm[:ss]`), or undefined.
 * @example serialOfDateText('2026-01-01') // 46023
 */
export function serialOfDateText(text: string): number | undefined {
  const m = isoDate.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2026-02-31 over into March: such a text is not a date.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return (utc - sheetsEpoch) / dayMs;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * How a date is shown as a value: `2026-01-15`, or `2026-01-15 13:45:00` when it has a time of day.
 * @example dateLabel(new Date(2026, 0, 15)) // '2026-01-15'
 */
export function dateLabel(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const h = date.getHours();
  const m = date.getMinutes();
  const s = date.getSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/**
 * The number a cell stands for in comparisons such as `>=10`: a number, text that spells a number, or a date as
 * its Sheets serial. TRUE/FALSE, other text and empty cells stand for no number.
 * @example cellNumber(' 12.5 ') // 12.5
 */
export function cellNumber(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return numberInText(value.trim());
  if (isDate(value)) return dateSerial(value);
  return undefined;
}

/** How a non-empty cell is shown as a value: trimmed text, `10`, `TRUE`, `2026-01-15`. */
export function cellLabel(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(shownNumber(value));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return dateLabel(value);
  return '';
}

/**
 * The value a cell holds, as a key: two cells are one value exactly when their keys are equal. Text is trimmed
 * and lower-cased; text that spells a number is that number (the number 10 and the text "10.0" are one value,
 * as Sheets users expect when a column mixes typed and imported numbers); TRUE and the text "true" are one value;
 * numbers Sheets shows alike (15 significant digits) are one value; a date is its `yyyy-mm-dd` label. An empty cell's key is `''`, which no other cell has.
 * @example valueKey(' GOOGLE ') === valueKey('google') // true
 */
export function valueKey(value: CellValue): string {
  if (typeof value === 'string') {
    const text = value.trim();
    const number = numberInText(text);
    return number === undefined ? text.toLowerCase() : String(shownNumber(number));
  }
  if (typeof value === 'number') return String(shownNumber(value));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isDate(value)) return dateLabel(value);
  return '';
}
