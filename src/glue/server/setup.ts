// The first step's endpoints: what the spreadsheet holds, and a first reading of a sheet's columns.

import { attributeKind } from '../../core/attributeKind';
import { columnQuality, type ColumnQuality } from '../../core/dataQuality';
import { guessDimension, guessLastActivity, guessLeadId, guessOutcome } from '../../core/columnGuesses';
import { type ColumnType, type Dimension, goals, type Goal, type Settings } from '../../core/settings';
import { isOutcomeValue } from '../parse/outcome';
import { isBlank } from '../../core/cellValue';
import { type SheetValue } from '../parse/sheetValues';
import { loadSettings, loadSettingsProblems } from './settings';
import { dailyStatus } from '../triggers/dailyTrigger';
import { formulaOutput, ownedNote } from '../sheets/outputColumns';
import { lastHealth, type LastHealth } from '../health/healthStore';
import { ownTabNames } from '../../core/sheetWords';

export interface Setup {
  /** The user's language setting, e.g. `fr` (Session.getActiveUserLocale), for the sidebar's language. */
  locale: string;
  /** The spreadsheet's locale, e.g. `fr_CA` (File > Settings), used when the user's language is not one of ours. */
  spreadsheetLocale: string;
  sheets: string[];
  activeSheet: string;
  /** The tab to open on: the active one when it looks like leads, else the tab that looks most like leads. */
  leadsSheet: string;
  settings?: Settings;
  /** Why the saved settings cannot be used as they are (unreadable, or a column gone). */
  problems: string[];
  /** The last re-score, manual or daily, when it failed: the sidebar says so first. */
  failedRun?: FailedRun;
  /** The latest daily model-health reading, when there is one. */
  modelHealth?: LastHealth;
}

export interface FailedRun {
  /** ISO time of the run, when the log tab recorded it. */
  time?: string;
  run?: string;
  message: string;
}

/**
 * The last re-score when it failed: the log tab's last line, or, before any line, the fault of a daily run that
 * could not reach the log. A later line that finished means the scores are current again; a run skipped because
 * another held the spreadsheet is not a failure.
 */
function lastFailedRun(): FailedRun | undefined {
  const status = dailyStatus();
  const last = status.lastRun;
  if (last)
    return last.status === 'Failed' ? { time: last.time, run: last.run, message: last.message } : undefined;
  return status.lastError ? { message: status.lastError } : undefined;
}

/** Everything the sidebar needs to open. */
export function getSetup(): Setup {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    // Google documents getActiveUserLocale as the language alone ("en") and getSpreadsheetLocale as "en_US".
    locale: Session.getActiveUserLocale(),
    spreadsheetLocale: spreadsheet.getSpreadsheetLocale(),
    sheets: spreadsheet.getSheets().map((s) => s.getName()),
    activeSheet: spreadsheet.getActiveSheet().getName(),
    leadsSheet: leadsSheetOf(spreadsheet),
    settings: loadSettings(),
    problems: loadSettingsProblems(),
    failedRun: lastFailedRun(),
    modelHealth: lastHealth(),
  };
}

/** LeadLift's own tabs, never taken for leads. */
const ownTabs = new Set(ownTabNames);

/** Rows read to judge whether a tab holds leads. */
const likenessRows = 60;

/**
 * How much a tab looks like a table of leads, 0 for not at all: a header row of at least two names over rows with
 * a column of outcomes (yes/no, won/lost, 1/0, TRUE/FALSE); the more rows, the likelier.
 */
function leadsLikeness(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  if (ownTabs.has(sheet.getName())) return 0;
  const width = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (width < 2 || lastRow < 3) return 0;
  const top = sheet.getRange(1, 1, Math.min(lastRow, likenessRows), width).getValues() as SheetValue[][];
  const headerRow = headerRowOf(top);
  const names = top[headerRow - 1].filter((c) => typeof c === 'string' && c.trim() !== '').length;
  const body = top.slice(headerRow);
  if (names < 2 || body.length < 2) return 0;
  const hasOutcome = top[headerRow - 1].some((_, j) => {
    const cells = body.map((row) => row[j]);
    return cells.some((c) => !isBlank(c)) && cells.every(isOutcomeValue);
  });
  return hasOutcome ? lastRow - headerRow : 0;
}

/** The active tab when it looks like leads; else the tab that looks most like leads; else the active tab. */
function leadsSheetOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const active = spreadsheet.getActiveSheet();
  if (leadsLikeness(active) > 0) return active.getName();
  let best = active;
  let bestLikeness = 0;
  for (const sheet of spreadsheet.getSheets()) {
    const likeness = leadsLikeness(sheet);
    if (likeness > bestLikeness) [best, bestLikeness] = [sheet, likeness];
  }
  return best.getName();
}

export interface ColumnReading extends ColumnQuality {
  header: string;
  type: ColumnType;
  dimension: Dimension;
  /** Every non-empty cell reads as an outcome (yes/no, won/lost, 1/0, TRUE/FALSE). */
  outcomeLike: boolean;
}

export interface SheetReading {
  sheetName: string;
  headerRow: number;
  leads: number;
  columns: ColumnReading[];
  /** Suggested outcome column per goal. */
  outcome: Record<Goal, string | undefined>;
  leadId?: string;
  lastActivity?: string;
}

/** Rows read to type columns: enough to judge, few enough to stay quick on large sheets. */
const sampleRows = 5000;

/** The header row: the first of the top rows whose cells are mostly non-empty text. */
function headerRowOf(top: SheetValue[][]): number {
  const i = top.findIndex((row) => {
    const filled = row.filter((c) => !isBlank(c));
    return filled.length > 0 && filled.filter((c) => typeof c === 'string').length * 2 > filled.length;
  });
  return i < 0 ? 1 : i + 1;
}

/** Reads a sheet's header row and a sample of its rows: type, dimension and quality per column, and suggestions. */
export function inspectSheet(sheetName?: string): SheetReading {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetName ? spreadsheet.getSheetByName(sheetName) : spreadsheet.getActiveSheet();
  if (!sheet) throw new Error(`There is no sheet "${sheetName}".`);
  const width = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (width === 0 || lastRow === 0)
    throw new Error(`The sheet "${sheet.getName()}" is empty: pick the sheet with the leads.`);
  const top = sheet.getRange(1, 1, Math.min(lastRow, 10), width).getValues() as SheetValue[][];
  const headerRow = headerRowOf(top);
  const headerCells = sheet.getRange(headerRow, 1, 1, width);
  const headers = headerCells.getDisplayValues()[0].map((h) => h.trim());
  // LeadLift's own output columns (its note or formula on the header cell) are results, never attributes.
  const notes = headerCells.getNotes()[0];
  const formulas = headerCells.getFormulas()[0];
  const ownOutput = (j: number) => notes[j] === ownedNote || formulaOutput(formulas[j] ?? '') !== undefined;
  const height = Math.min(lastRow - headerRow, sampleRows);
  const rows =
    height > 0 ? (sheet.getRange(headerRow + 1, 1, height, width).getValues() as SheetValue[][]) : [];
  const columns: ColumnReading[] = [];
  headers.forEach((header, j) => {
    if (header === '' || ownOutput(j)) return;
    const cells = rows.map((row) => row[j]);
    const kind = attributeKind(cells);
    columns.push({
      header,
      type: kind === 'categorical' ? 'category' : kind === 'numeric' ? 'number' : 'date',
      dimension: guessDimension(header),
      outcomeLike: cells.some((c) => !isBlank(c)) && cells.every(isOutcomeValue),
      ...columnQuality(cells),
    });
  });
  const names = columns.map((c) => c.header);
  const outcomeLike = columns.map((c) => c.outcomeLike);
  return {
    sheetName: sheet.getName(),
    headerRow,
    leads: Math.max(lastRow - headerRow, 0),
    columns,
    outcome: Object.fromEntries(goals.map((g) => [g, guessOutcome(g, names, outcomeLike)])) as Record<
      Goal,
      string | undefined
    >,
    leadId: guessLeadId(names),
    lastActivity: guessLastActivity(
      names,
      columns.map((c) => c.type === 'date'),
    ),
  };
}
