// CSV in and out of the playground: an RFC 4180 reader that types cells as Sheets' import does, and a writer.

import type { SheetCell } from '../core/cellValue';

export type CsvValue = SheetCell;

/**
 * Splits CSV text into rows of fields (RFC 4180): fields in double quotes may hold commas, line breaks and doubled
 * quotes; CRLF and LF both end a record; a final line break does not add an empty row. Throws on a quote left open.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not data
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
    i++;
  }
  if (quoted) {
    throw new Error(`The CSV has a quoted field that never closes (row ${rows.length + 1}).`);
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/;

/** A field as Sheets' import reads it: numbers, TRUE/FALSE and ISO dates (as UTC) get their type; the rest is text. */
export function typeCsvField(text: string): CsvValue {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (numberText.test(trimmed)) return Number(trimmed);
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  const date = isoDate.exec(trimmed);
  if (date) {
    const [, y, mo, d, h, mi, s] = date.map(Number);
    const ms = Date.UTC(y, mo - 1, d, h || 0, mi || 0, s || 0);
    const check = new Date(ms);
    if (check.getUTCMonth() === mo - 1 && check.getUTCDate() === d) return check;
  }
  return text;
}

/** Reads a CSV file's text into typed rows, padded to one width. */
export function readCsv(text: string): CsvValue[][] {
  const rows = parseCsv(text).map((row) => row.map(typeCsvField));
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

/** Writes rows of displayed text as CSV, quoting fields that need it, with CRLF line ends (RFC 4180). */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
