// The LeadLift Log and LeadLift Changes tabs: plain tabs the daily re-score appends to, one row per run or change,
// named and headed in the sheet's language.

import { isDate } from '../../core/cellValue';
import { writeCells } from './safeCell';
import type { SheetValue } from '../parse/sheetValues';
import {
  canonicalRunWord,
  changesHeaders,
  isTabHeader,
  type Language,
  logHeaders,
  runWordIn,
  type TabKind,
  tabHeadersIn,
  tabNameIn,
} from '../../core/sheetWords';
import { findOwnTab, firstRow, ownTabIn } from './ownTabs';

export { changesHeaders, logHeaders };

/** One line of the log, as the sidebar shows the last run. */
export interface LogEntry {
  time: Date;
  run: 'Daily' | 'Manual' | 'Continued';
  rowsScored: number;
  rowsChanged: number;
  stages: string;
  durationSeconds: number;
  status: 'Finished' | 'Continues in the next run' | 'Failed' | 'Skipped';
  message: string;
}

/**
 * The log or changes tab with its name and header row in `language`, created (header frozen) when missing. The tab
 * under its name in another of LeadLift's languages is renamed and gets its header rewritten in `language`; a tab
 * of that name whose first row is something else belongs to the user: refuse rather than write into it.
 */
export function ownedTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: TabKind,
  language: Language = 'en',
): GoogleAppsScript.Spreadsheet.Sheet {
  const headers = tabHeadersIn(kind, language);
  const name = tabNameIn(kind, language);
  const ours = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
    isTabHeader(kind, firstRow(sheet, headers.length));
  const existing = ownTabIn(spreadsheet, kind, ours, language);
  if (!existing) {
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    sheet.setFrozenRows(1);
    return sheet;
  }
  const header = existing.getRange(1, 1, 1, headers.length);
  const found = header.getDisplayValues()[0];
  if (!isTabHeader(kind, found)) {
    throw new Error(
      `The tab "${name}" exists but its first row is not LeadLift's (${headers.join(', ')}). ` +
        'Rename that tab so LeadLift can create its own.',
    );
  }
  if (found.some((cell, i) => cell.trim() !== headers[i])) header.setValues([headers]);
  return existing;
}

/** Appends rows below the last one in a single write. */
export function appendRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: SheetValue[][]): void {
  if (rows.length === 0) return;
  const first = sheet.getLastRow() + 1;
  // A range past the sheet's last row does not exist: grow the tab first, as typing below it would.
  const missing = first + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  writeCells(sheet.getRange(first, 1, rows.length, rows[0].length), rows);
}

/** Appends one run to the log tab, its Run and Status words in `language` (read back in any language). */
export function appendLogEntry(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entry: LogEntry,
  language: Language = 'en',
): void {
  const sheet = ownedTab(spreadsheet, 'log', language);
  appendRows(sheet, [
    [
      entry.time,
      runWordIn(entry.run, language),
      entry.rowsScored,
      entry.rowsChanged,
      entry.stages,
      entry.durationSeconds,
      runWordIn(entry.status, language),
      entry.message,
    ],
  ]);
  // A failed run stands out in red; every other row is set back to black, since the new row may sit where an
  // older red one was deleted.
  sheet
    .getRange(sheet.getLastRow(), 1, 1, logHeaders.length)
    .setFontColor(entry.status === 'Failed' ? failedRunColor : null);
}

/** Google's own error red, as Sheets' palette names it "dark red 1" (#cc0000). */
export const failedRunColor = '#cc0000';

/** The last entry of the log tab (under its name in any language), or undefined when there is no log yet. */
export function lastLogEntry(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): LogEntry | undefined {
  const sheet = findOwnTab(spreadsheet, 'log', (tab) => isTabHeader('log', firstRow(tab, logHeaders.length)));
  if (!sheet || sheet.getLastRow() < 2) return undefined;
  const entry: unknown[] = sheet.getRange(sheet.getLastRow(), 1, 1, logHeaders.length).getValues()[0];
  const [time, run, rowsScored, rowsChanged, stages, durationSeconds, status, message] = entry;
  return {
    time: time as Date,
    run: canonicalRunWord(String(run)) as LogEntry['run'],
    rowsScored: Number(rowsScored),
    rowsChanged: Number(rowsChanged),
    stages: String(stages),
    durationSeconds: Number(durationSeconds),
    status: canonicalRunWord(String(status)) as LogEntry['status'],
    message: String(message),
  };
}

/**
 * Drops the Changes tab's rows older than `keepDays` days before `now`, so the tab stays bounded (a spreadsheet
 * holds at most 10 million cells). Rows are appended in time order: the old ones are the top ones, deleted at once.
 */
export function pruneChanges(sheet: GoogleAppsScript.Spreadsheet.Sheet, now: Date, keepDays: number): void {
  const last = sheet.getLastRow();
  if (last < 2) return;
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const times = sheet.getRange(2, 1, last - 1, 1).getValues();
  const isOld = (time: unknown) => isDate(time) && time.getTime() < cutoff;
  let old = 0;
  while (old < times.length && isOld(times[old][0])) old++;
  if (old === 0) return;
  // A sheet keeps one row below its frozen header at least.
  if (old === sheet.getMaxRows() - 1) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  sheet.deleteRows(2, old);
}
