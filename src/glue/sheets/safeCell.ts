// Cells LeadLift writes: user text that Sheets would run as a formula is written as text.

import type { SheetValue } from '../parse/sheetValues';

/** Text starting with one of these is a formula (or a sign Sheets parses) when typed into a cell. */
const formulaStart = /^[=+\-@]/;

/** The value to write for user data: formula-looking text gets Sheets' text prefix, an apostrophe. */
export function safeCell(value: SheetValue): SheetValue {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}
