// Scores the leads of the settings' sheet with the core and writes LeadLift's output columns as values, block by block.

import type { CellValue } from '../../core/cellValue';
import { isDate } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { type GradeCuts, gradeOf, quintileCuts } from '../../core/leadGrade';
import { leadReasons } from '../../core/leadReasons';
import { stageLabels, stageOf } from '../../core/leadStage';
import { type ModelRule, parseModelTable } from '../../core/modelTable';
import { calendarDaysBetween, decayedScore } from '../../core/scoreDecay';
import { scoreLeads } from '../../core/scoreLeads';
import { defaultKeepChangesDays, parseSettings, type Settings } from '../../core/settings';
import type { RescoredLead } from '../../core/stageChanges';
import type { SheetValue } from '../parse/sheetValues';
import { contiguous, locateOutputColumns, type OutputLayout, outputHeaders } from './outputColumns';
import type { Rescorer } from '../triggers/rescoreJob';
import { safeCell, writeCells } from './safeCell';
import { sheetNow, sheetValues, spreadsheetTimeZone } from './timeZone';

/** One lead's outputs; every field is '' for an empty lead row. */
export interface LeadOutputs {
  fit: number | '';
  engagement: number | '';
  score: number | '';
  grade: string;
  stage: string;
  why: string;
}

export interface ScoredRows {
  leads: LeadOutputs[];
  /** The grade cuts used: the settings' own, or quintiles of these rows (absent with fewer than 5 leads). */
  cuts?: { fit: GradeCuts; engagement: GradeCuts };
}

/** How many reasons the Why column gives per lead. */
export const reasonsPerLead = 3;

/** Scores rounded to 1 decimal, as the live Score formula rounds them: decay makes long fractions nobody reads. */
const rounded = (x: number) => Math.round(x * 10) / 10;

/** The leads' rows as columns named by their headers. */
function leadTable(headers: readonly string[], rows: readonly (readonly CellValue[])[]) {
  return { names: headers, columns: headers.map((_, j) => rows.map((row) => row[j])) };
}

/** A dimension's points per lead; 0 for every lead when the model has no rule of that dimension yet. */
function dimensionTotals(
  leads: ReturnType<typeof leadTable>,
  rules: readonly ModelRule[],
  dimension: string,
  count: number,
): Float64Array {
  const wanted = dimension.toLowerCase();
  if (!rules.some((r) => r.dimension?.trim().toLowerCase() === wanted)) return new Float64Array(count);
  return scoreLeads(leads, rules, { dimension }).totals;
}

/** The dimensions a model scores: both, or the only one it has rules for. */
export function gradedDimensions(rules: readonly ModelRule[]): 'both' | 'Fit' | 'Engagement' {
  const has = (d: string) => rules.some((r) => r.dimension?.trim().toLowerCase() === d.toLowerCase());
  if (has('Fit') && !has('Engagement')) return 'Fit';
  if (has('Engagement') && !has('Fit')) return 'Engagement';
  return 'both';
}

/**
 * A lead's grade: letter and digit (`B3`) when the model scores both dimensions; with one, a single letter from that
 * dimension's quintile (`B`), rather than a digit that would be the same for every lead. A is always "act first".
 */
function gradeFor(
  fitPoints: number,
  engagementPoints: number,
  cuts: { fit: GradeCuts; engagement: GradeCuts },
  graded: ReturnType<typeof gradedDimensions>,
): string {
  const grade = gradeOf(fitPoints, engagementPoints, cuts.fit, cuts.engagement);
  if (graded === 'Fit') return grade.charAt(0);
  if (graded === 'Engagement') return 'ABCDE'.charAt(Number(grade.charAt(1)) - 1);
  return grade;
}

/**
 * Fit, decayed engagement, their sum, grade, stage and reasons for each lead row, all from the core. Without grade
 * cuts in the settings, grades are quintiles of these rows. Dates in `rows` and `asOf` are on the spreadsheet's
 * clock (see sheets/timeZone), so decay counts the days the sheet shows.
 */
export function scoreRows(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  settings: Settings,
  rules: readonly ModelRule[],
  asOf: Date,
): ScoredRows {
  const leads = leadTable(headers, rows);
  const all = scoreLeads(leads, rules);
  const fit = dimensionTotals(leads, rules, 'Fit', rows.length);
  const engagement = dimensionTotals(leads, rules, 'Engagement', rows.length);
  const graded = gradedDimensions(rules);
  const lastColumn = settings.lastActivity
    ? headers.findIndex((h) => h.trim().toLowerCase() === settings.lastActivity?.trim().toLowerCase())
    : -1;
  if (settings.lastActivity && lastColumn < 0)
    throw new InputError(
      `The last-activity column "${settings.lastActivity}" is no longer in sheet "${settings.sheetName}".`,
    );
  const decayed = Float64Array.from(engagement, (points, i) => {
    const last = lastColumn >= 0 ? rows[i][lastColumn] : undefined;
    return isDate(last)
      ? decayedScore(points, calendarDaysBetween(last, asOf), settings.halfLifeDays)
      : points;
  });
  const labels = stageLabels(settings.stageThresholds, settings.stageLabels);
  const scored: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!all.empty[i]) scored.push(i);
  // Quintiles need 5 scored leads; with fewer and no cuts given, grades stay empty rather than guessed.
  let cuts: { fit: GradeCuts; engagement: GradeCuts } | undefined;
  if (settings.gradeCuts) {
    // Validated with the settings: 4 non-decreasing numbers (quintiles of tied scores may repeat).
    cuts = {
      fit: settings.gradeCuts.fit as unknown as GradeCuts,
      engagement: settings.gradeCuts.engagement as unknown as GradeCuts,
    };
  } else if (scored.length >= 5) {
    cuts = {
      fit: quintileCuts(
        scored.map((i) => fit[i]),
        'fit',
      ),
      engagement: quintileCuts(
        scored.map((i) => decayed[i]),
        'engagement',
      ),
    };
  }
  const leadsOut = rows.map((_, i): LeadOutputs => {
    if (all.empty[i]) return { fit: '', engagement: '', score: '', grade: '', stage: '', why: '' };
    const score = fit[i] + decayed[i];
    return {
      fit: rounded(fit[i]),
      engagement: rounded(decayed[i]),
      score: rounded(score),
      grade: cuts ? gradeFor(fit[i], decayed[i], cuts, graded) : '',
      // The stage of the score as written, as the live LEADSTAGE formula reads it.
      stage: stageOf(rounded(score), settings.stageThresholds, labels),
      why: leadReasons(all, i, reasonsPerLead, settings.language),
    };
  });
  return { leads: leadsOut, cuts };
}

/** A lead's output row, in `outputHeaders` order, safe to write. */
export function outputRow(o: LeadOutputs): SheetValue[] {
  return [o.fit, o.engagement, o.score, safeCell(o.grade), safeCell(o.stage), safeCell(o.why)];
}

/** The leads sheet of the settings, or an error naming it. */
export function leadsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings) {
  const sheet = spreadsheet.getSheetByName(settings.sheetName);
  if (!sheet)
    throw new InputError(
      `The sheet "${settings.sheetName}" no longer exists: pick the leads sheet again in the sidebar.`,
    );
  return sheet;
}

/** Writes output rows at `fromRow`, one write when the output columns sit side by side. */
export function writeOutputs(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: OutputLayout,
  fromRow: number,
  rows: readonly SheetValue[][],
): void {
  if (rows.length === 0) return;
  const needed = Math.max(...layout.columns);
  if (needed > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  if (contiguous(layout)) {
    writeCells(sheet.getRange(fromRow, layout.columns[0], rows.length, outputHeaders.length), rows);
    return;
  }
  layout.columns.forEach((column, k) =>
    writeCells(
      sheet.getRange(fromRow, column, rows.length, 1),
      rows.map((row) => [row[k]]),
    ),
  );
}

/** The leads sheet as a re-score needs it, read once per run: LeadLift's columns, the lead headers, the time zone. */
interface PreparedSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  layout: OutputLayout;
  /** The lead columns' headers, trimmed. */
  headers: string[];
  timeZone: string | undefined;
}

/** Finds LeadLift's output columns (refusing a sheet where the model was never applied) and the lead headers. */
function prepareSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): PreparedSheet {
  const sheet = leadsSheet(spreadsheet, settings);
  const layout = locateOutputColumns(sheet, settings.headerRow);
  if (layout.added.length > 0 || layout.foreign.length > 0) {
    throw new InputError(
      `The sheet "${settings.sheetName}" has no LeadLift columns ${[...layout.added, ...layout.foreign.map((f) => f.header)].join(', ')}: apply the model from the sidebar first.`,
    );
  }
  const headers = sheet
    .getRange(settings.headerRow, 1, 1, layout.leadWidth)
    .getDisplayValues()[0]
    .map((h) => h.trim());
  return { sheet, layout, headers, timeZone: spreadsheetTimeZone(spreadsheet) };
}

/** Re-scores a block of a prepared sheet: one read, one write, and each lead's stage and score before and after. */
function rescorePrepared(
  prepared: PreparedSheet,
  settings: Settings,
  rules: readonly ModelRule[],
  asOf: Date,
  fromRow: number,
  toRow: number,
): RescoredLead[] {
  const { sheet, layout, headers } = prepared;
  const width = Math.max(...layout.columns);
  const block = sheetValues(sheet.getRange(fromRow, 1, toRow - fromRow + 1, width), prepared.timeZone);
  const rows = block.map((row) => row.slice(0, layout.leadWidth));
  const outputs = scoreRows(headers, rows, settings, rules, sheetNow(prepared.timeZone, asOf)).leads;
  const scoreColumn = layout.columns[2] - 1;
  const stageColumn = layout.columns[4] - 1;
  const idColumn = settings.leadId
    ? headers.findIndex((h) => h.toLowerCase() === settings.leadId?.trim().toLowerCase())
    : -1;
  // Live formulas recalculate themselves (TODAY() included); values written over them would break their spill.
  if (settings.outputMode !== 'formulas') writeOutputs(sheet, layout, fromRow, outputs.map(outputRow));
  return outputs.map((o, i) => {
    const oldScore = block[i][scoreColumn];
    return {
      leadId: idColumn >= 0 ? String(block[i][idColumn]) : String(fromRow + i),
      oldStage: String(block[i][stageColumn] ?? ''),
      newStage: o.stage,
      oldScore: typeof oldScore === 'number' ? oldScore : '',
      newScore: o.score,
    };
  });
}

/**
 * Re-scores sheet rows `fromRow`..`toRow` (1-based, inclusive, below the header row) with the core, reading the rows
 * once and writing the output columns once, and says for each lead its stage and score before and after. The
 * output columns must already be LeadLift's (applied once from the sidebar); the lead ID is the lead-ID column's
 * value, or the row number.
 */
export function rescoreRows(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  rules: readonly ModelRule[],
  asOf: Date,
  fromRow: number,
  toRow: number,
): RescoredLead[] {
  if (!(fromRow > settings.headerRow) || toRow < fromRow) {
    leadsSheet(spreadsheet, settings);
    return [];
  }
  return rescorePrepared(prepareSheet(spreadsheet, settings), settings, rules, asOf, fromRow, toRow);
}

/** The model tab's rules, read by the same parser as =LEADSCORE. */
export function modelTabRules(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): ModelRule[] {
  const tab = spreadsheet.getSheetByName(settings.modelTab);
  if (!tab)
    throw new InputError(
      `The model tab "${settings.modelTab}" is gone: apply the model from the sidebar again.`,
    );
  return parseModelTable(sheetValues(tab.getDataRange(), spreadsheetTimeZone(spreadsheet))).rules;
}

/** What a re-score of live formulas says it did: it checked the leads and wrote nothing. */
export const liveFormulasNote =
  'The output columns are live formulas, which Sheets recalculates by itself: the leads were scored to record stage changes, and nothing was written.';

/**
 * The daily re-score's rescorer for saved settings JSON: the leads sheet's rows below the header, the model tab's
 * rules, and `rescoreRows` per block.
 */
export function createSheetRescorer(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settingsJson: string,
  asOf: Date,
): Rescorer {
  const check = parseSettings(settingsJson);
  if (!check.ok) throw new InputError(check.problems.join(' '));
  const settings = check.settings;
  const rules = modelTabRules(spreadsheet, settings);
  const sheet = leadsSheet(spreadsheet, settings);
  const firstRow = settings.headerRow + 1;
  const lastRow = sheet.getLastRow();
  refuseEmptiedSheet(sheet, settings, firstRow, lastRow);
  // The layout and headers are read once for the run, not once per block.
  const prepared = prepareSheet(spreadsheet, settings);
  return {
    firstRow,
    lastRow,
    stageLabels: stageLabels(settings.stageThresholds, settings.stageLabels),
    keepChangesDays: settings.keepChangesDays ?? defaultKeepChangesDays,
    rescoreBlock: (from, to) => rescorePrepared(prepared, settings, rules, asOf, from, to),
    ...(settings.outputMode === 'formulas' ? { note: liveFormulasNote } : {}),
  };
}

/**
 * A sheet whose leads were deleted still holds LeadLift's old scores: re-scoring it would blank them. One column is
 * read (the lead ID, or else the outcome) to tell, rather than the whole sheet.
 */
function refuseEmptiedSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  settings: Settings,
  firstRow: number,
  lastRow: number,
): void {
  const header = settings.leadId ?? settings.outcome;
  const headers = sheet
    .getRange(settings.headerRow, 1, 1, Math.max(sheet.getLastColumn(), 1))
    .getDisplayValues()[0]
    .map((h) => h.trim().toLowerCase());
  const column = headers.indexOf(header.trim().toLowerCase()) + 1;
  const empty =
    lastRow < firstRow ||
    (column > 0 &&
      sheet
        .getRange(firstRow, column, lastRow - firstRow + 1, 1)
        .getValues()
        .every((row) => row[0] === '' || row[0] === null));
  if (empty) {
    throw new InputError(
      `The sheet "${settings.sheetName}" has no leads below its header row (its "${header}" column is empty); nothing was scored.`,
    );
  }
}
