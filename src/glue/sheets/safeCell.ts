// Cells LeadLift writes: user text stays the text it was. Sheets re-reads written text as a person's typing, by
// the spreadsheet's locale: "=…" runs as a formula, a lead ID "00123" becomes the number 123, and "4.5" becomes
// 4 May in a comma-decimal locale. Text is therefore written into cells formatted as plain text ("@"), which
// Sheets keeps as it is (https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat),
// and formula-looking text gets Sheets' text prefix, an apostrophe, in a cell of the automatic format.

import type { SheetValue } from '../parse/sheetValues';

/** Text starting with one of these is a formula (or a sign Sheets parses) when typed into a cell. */
const formulaStart = /^[=+\-@]/;

/** The value to write for user data: formula-looking text gets Sheets' text prefix, an apostrophe. */
export function safeCell(value: SheetValue): SheetValue {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}

const plainText = '@';
const automatic = 'General';

/**
 * Writes `rows` into `range` with every text kept as text: text cells get the plain-text format, other cells keep
 * theirs (a plain-text cell that now holds a number or date goes back to the automatic format).
 */
export function writeCells(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly SheetValue[][]): void {
  const formats = range.getNumberFormats();
  const values: SheetValue[][] = [];
  const wanted: string[][] = [];
  rows.forEach((row, r) => {
    const line: SheetValue[] = [];
    const lineFormats: string[] = [];
    row.forEach((value, c) => {
      const format = formats[r][c];
      if (typeof value === 'string' && value !== '') {
        // An apostrophe only hides itself outside plain-text cells.
        const escaped = value.startsWith("'") || value.startsWith('=');
        line.push(value.startsWith('=') ? `'${value}` : value);
        lineFormats.push(escaped ? (format === plainText ? automatic : format) : plainText);
      } else {
        line.push(value);
        lineFormats.push(format === plainText ? automatic : format);
      }
    });
    values.push(line);
    wanted.push(lineFormats);
  });
  range.setNumberFormats(wanted);
  range.setValues(values);
}
