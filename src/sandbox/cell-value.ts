// What a cell holds and how written values are stored: numbers, strings, booleans and dates, '' when empty.

import type { Realm } from './realm';

// The sandbox fakes Apps Script, not LeadLift: it imports nothing from src/core or src/glue, so a fake cannot
// inherit a LeadLift bug and pass the tests it should fail. Hence its own copy of the cell type and isDate
// (LeadLift's are in src/core/cellValue.ts).
/**
 * A cell's value as Range.getValues returns it. Sheets errors ('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#ERROR!')
 * arrive in Apps Script as those plain strings, so a test places an error in a cell by writing the string.
 */
export type CellValue = string | number | boolean | Date;

const toTag = (value: unknown): string => Object.prototype.toString.call(value);

/** Realm-safe: true for Dates made in any vm context, as the add-on itself checks them. */
export function isDateValue(value: unknown): value is Date {
  return toTag(value) === '[object Date]';
}

// en_US input: 1234, 1,234.5, -.5, 1e3; what Sheets turns into a number when typed or written with setValue.
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Digits, whitespace, + - . , and the first letters of TRUE and FALSE. */
function mayBeRead(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code <= 32 ||
    code === 43 ||
    code === 45 ||
    code === 46 ||
    code === 44 ||
    code === 116 ||
    code === 84 ||
    code === 102 ||
    code === 70 ||
    code === 160
  );
}
const PERCENT_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)%$/;

/**
 * Reads text the add-on writes the way Sheets reads typed input (in an en_US spreadsheet): "42" and "1,234.5"
 * become numbers, "true" a boolean, "12.5%" the number 0.125, "'007" the text "007". Text that merely looks
 * numeric to a person ("1 234", "12-3") stays text. Date text is kept as text (see docs/sandbox.md).
 */
export function interpretText(text: string): CellValue {
  if (text === '') return '';
  const first = text.charCodeAt(0);
  if (first === 39) return text.slice(1); // a leading apostrophe forces text and is not shown
  // Most text starts with a letter that no number, percentage or boolean can start with: skip the patterns.
  if (!mayBeRead(first)) return text;
  const trimmed = text.trim();
  if (trimmed === '') return text;
  const lower = trimmed.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (NUMBER_TEXT.test(trimmed) && /\d/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  if (PERCENT_TEXT.test(trimmed)) return Number(trimmed.slice(0, -1)) / 100;
  return text;
}

/** The number format Sheets gives a cell when text like "12.5%" is written into it. */
export function percentFormatFor(text: string): string {
  const decimals = /\.(\d*)%$/.exec(text.trim())?.[1]?.length ?? 0;
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

/**
 * Normalises a value the add-on writes: null and undefined clear the cell, a Date from any realm is copied (so later
 * changes to the caller's object do not leak in), other objects become their string form. Strings are interpreted
 * by the caller, which knows the cell's format.
 */
export function toStoredValue(value: unknown): CellValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // Sheets shows #NUM! for a non-finite number written from a script.
      return Number.isFinite(value) ? value : '#NUM!';
    case 'undefined':
      return '';
    case 'object':
      if (value === null) return '';
      if (isDateValue(value)) return new Date(Date.prototype.getTime.call(value));
      return String(value);
    default:
      return String(value);
  }
}

/** Each read hands out fresh Date objects of the add-on's realm, as Apps Script does, so a cell cannot be mutated. */
export function readCellValue(value: CellValue, realm: Realm): CellValue {
  return typeof value === 'object' ? new realm.Date(value.getTime()) : value;
}

/** Locales whose decimal mark is a comma: there "4.5" is typed as a date (4 May) and "1,5" as 1.5. */
const COMMA_DECIMAL = /^(de|fr|es|it|pt|nl|ru|pl|tr|sv|da|nb|fi|cs|ro|hu|id)(_|$)/;
export const usesCommaDecimal = (locale: string) => COMMA_DECIMAL.test(locale);
const DOTTED_DATE_TEXT = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/;
const COMMA_NUMBER_TEXT = /^[+-]?\d+,\d+$/;

/** A comma-decimal locale's reading of "1,5" as the number 1.5, or undefined. */
export function readCommaNumber(text: string, locale: string): number | undefined {
  const trimmed = text.trim();
  return usesCommaDecimal(locale) && COMMA_NUMBER_TEXT.test(trimmed)
    ? Number(trimmed.replace(',', '.'))
    : undefined;
}

const ISO_DATE_TEXT = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** The wall-clock date (and time) in text Sheets reads as a date, with the format it then gives the cell. */
export interface DateText {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  format: string;
}

/**
 * Reads "2026-01-15", "2026/01/15 14:30" and, in an en_US spreadsheet, "1/15/2026" as Sheets does when they are
 * typed; impossible dates ("2026-02-30") stay text.
 */
export function readDateText(text: string, locale: string, thisYear = 2026): DateText | null {
  const trimmed = text.trim();
  let parts: (string | undefined)[];
  let dateFormat: string;
  const iso = ISO_DATE_TEXT.exec(trimmed);
  const dotted = usesCommaDecimal(locale) ? DOTTED_DATE_TEXT.exec(trimmed) : null;
  if (dotted) {
    // Day first; a day and month alone are in the current year, as Sheets reads "4.5" typed in de_DE.
    parts = [dotted[3] ?? String(thisYear), dotted[2], dotted[1]];
    dateFormat = 'dd.MM.yyyy';
  } else if (iso) {
    parts = [iso[1], iso[3], iso[4], iso[5], iso[6], iso[7]];
    dateFormat = iso[2] === '-' ? 'yyyy-mm-dd' : 'yyyy/mm/dd';
  } else {
    const us = locale === 'en_US' ? US_DATE_TEXT.exec(trimmed) : null;
    if (!us) return null;
    parts = [us[3], us[1], us[2], us[4], us[5], us[6]];
    dateFormat = 'M/d/yyyy';
  }
  const [year, month, day, hour, minute, second] = parts.map((p) => (p === undefined ? 0 : Number(p))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const hasTime = parts[3] !== undefined;
  return { year, month, day, hour, minute, second, format: hasTime ? `${dateFormat} H:mm:ss` : dateFormat };
}
