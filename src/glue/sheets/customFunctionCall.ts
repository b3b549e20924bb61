// How every custom function is called: Sheets' Dates put on the spreadsheet's wall clock first, and an error turned
// into the note Sheets shows on the #ERROR! cell.

import { onSheetClock, spreadsheetTimeZone } from './timeZone';

/**
 * The text an error puts in the cell's note. Sheets appends "(line N)" to the message of a thrown Error, pointing
 * into Code.js, which tells a marketer nothing; a thrown string is shown as it is, so the message alone is thrown.
 */
export function errorNote(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs custom function `fn` on Sheets' arguments, as Code.js's top-level declarations do for every one. */
export function callCustomFunction(fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    const zone = spreadsheetTimeZone();
    return fn(...args.map((argument) => onSheetClock(argument, zone)));
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a string, not an Error: see errorNote
    throw errorNote(error);
  }
}
