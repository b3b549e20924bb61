// Scores the leads tab with the model tab and writes LeadLift's output columns, a block of rows at a time: the
// values mode of the model, used by the daily re-score and by "Re-score now".

import type { CellValue } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { stageOf } from '../../core/leadStage';
import { leadReasons } from '../../core/leadReasons';
import { parseModelTable } from '../../core/modelTable';
import type { ModelRule } from '../../core/modelTable';
import { calendarDaysBetween, decayedScore } from '../../core/scoreDecay';
import { ruleColumns, rulesOfDimension, scoreLeads } from '../../core/scoreLeads';
import type { RescoredLead } from '../../core/stageChanges';
import { isDate, isEmptyCell, sheetsErrorOf } from '../parse/sheetValues';
import type { SheetValue } from '../parse/sheetValues';
import { parseScoringSetup } from '../settings/scoringSetup';
import type { ScoringSetup } from '../settings/scoringSetup';
import type { Rescorer } from '../triggers/rescoreJob';

/** The output columns LeadLift owns on the leads tab, found by these exact headers. */
export const outputHeaders = {
  fit: 'Fit score',
  engagement: 'Engagement score',
  score: 'Score',
  stage: 'Stage',
  why: 'Why',
} as const;
type Output = keyof typeof outputHeaders;

const fitDimension = 'fit';
const engagementDimension = 'engagement';
const reasonsShown = 3;

/** Points rounded to two decimals, as the sheet shows them; decay gives long fractions. */
const round2 = (x: number) => Math.round(x * 100) / 100;

function hasDimension(rules: readonly ModelRule[], dimension: string): boolean {
  return rules.some((r) => r.dimension?.trim().toLowerCase() === dimension);
}

function headerIndex(headers: readonly string[], name: string): number {
  const wanted = name.trim().toLowerCase();
  return headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}

/**
 * The output columns to write, 1-based: existing ones by header, missing ones appended after the last used column.
 * An appended column must be empty below its header: LeadLift never writes over cells it does not own.
 */
function placeOutputs(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headers: string[],
  wanted: readonly Output[],
  lastRow: number,
): Map<Output, number> {
  const columns = new Map<Output, number>();
  let next = headers.length + 1;
  for (const output of wanted) {
    const found = headers.indexOf(outputHeaders[output]);
    if (found >= 0) {
      columns.set(output, found + 1);
      continue;
    }
    if (lastRow >= 2) {
      const below = sheet.getRange(2, next, lastRow - 1, 1).getValues();
      if (below.some((row) => !isEmptyCell(row[0]))) {
        throw new InputError(
          `LeadLift needs an empty column for "${outputHeaders[output]}", but column ${next} of "${sheet.getName()}" holds data: add the header "${outputHeaders[output]}" where LeadLift may write.`,
        );
      }
    }
    sheet.getRange(1, next).setValue(outputHeaders[output]);
    headers[next - 1] = outputHeaders[output];
    columns.set(output, next);
    next++;
  }
  return columns;
}

/** Runs of adjacent columns, so a block is written with as few writes as the layout allows. */
function adjacentRuns(columns: readonly number[]): number[][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const column of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

function readModel(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, setup: ScoringSetup): ModelRule[] {
  const tab = spreadsheet.getSheetByName(setup.modelTab);
  if (!tab) {
    throw new InputError(
      `The model tab "${setup.modelTab}" is missing (renamed or deleted): restore it, or apply the model again from the sidebar.`,
    );
  }
  try {
    return parseModelTable(tab.getDataRange().getValues() as CellValue[][]).rules;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`The model tab "${setup.modelTab}" has an error: ${message}`);
  }
}

/** Builds the rescorer of the saved setup; every fault throws an InputError in a marketer's words. */
export function createLeadsRescorer(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  setupJson: string,
  asOf: Date,
): Rescorer {
  const setup = parseScoringSetup(setupJson);
  const sheet = spreadsheet.getSheetByName(setup.leadsSheet);
  if (!sheet) {
    throw new InputError(
      `The leads tab "${setup.leadsSheet}" is missing (renamed or deleted): rename it back, or set LeadLift up again from the sidebar.`,
    );
  }
  const rules = readModel(spreadsheet, setup);
  const width = sheet.getLastColumn();
  const headers =
    width > 0
      ? sheet
          .getRange(1, 1, 1, width)
          .getDisplayValues()[0]
          .map((h) => h.trim())
      : [];
  const ownHeaders = new Set<string>(Object.values(outputHeaders));
  const attributeNames = headers.map((h) => (ownHeaders.has(h) ? '' : h));
  // Checks now, before anything is written, that every attribute of the model is a column.
  ruleColumns(
    attributeNames.filter((h) => h !== ''),
    rules,
  );
  const needColumn = (name: string | undefined, what: string): number => {
    if (name === undefined) return -1;
    const index = headerIndex(attributeNames, name);
    if (index < 0) {
      throw new InputError(
        `The ${what} column "${name}" is no longer on "${setup.leadsSheet}" (renamed or deleted): rename it back, or choose it again in the sidebar.`,
      );
    }
    return index;
  };
  const idIndex = needColumn(setup.leadIdColumn, 'lead ID');
  const activityIndex = needColumn(setup.lastActivityColumn, 'last-activity');
  const fitRules = hasDimension(rules, fitDimension) ? rulesOfDimension(rules, fitDimension) : [];
  const engagementRules = hasDimension(rules, engagementDimension)
    ? rulesOfDimension(rules, engagementDimension)
    : [];
  const byDimension = fitRules.length > 0 || engagementRules.length > 0;
  const wanted: Output[] = byDimension
    ? ['fit', 'engagement', 'score', 'stage', 'why']
    : ['score', 'stage', 'why'];
  const lastRow = sheet.getLastRow();
  const outputs = placeOutputs(sheet, headers, wanted, lastRow);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const inputWidth = attributeNames.length;

  return {
    firstRow: 2,
    lastRow,
    stageLabels: setup.labels,
    rescoreBlock(from, to) {
      const rows = to - from + 1;
      const cells = sheet.getRange(from, 1, rows, inputWidth).getValues() as SheetValue[][];
      const columns = attributeNames.map((name, j) =>
        cells.map((row, i) => {
          // LeadLift's own columns (and unnamed ones) are not attributes: a row holding only an old score is empty.
          if (name === '') return '';
          const cell = row[j];
          const error = sheetsErrorOf(cell);
          if (error) {
            throw new InputError(
              `"${attributeNames[j]}" in row ${from + i} is the error ${error}: fix that cell first.`,
            );
          }
          return cell as CellValue;
        }),
      );
      const table = {
        names: attributeNames.map((n, j) => n || `\u0000${j}`),
        columns,
      };
      const all = scoreLeads(table, rules);
      const fit = byDimension ? scoreLeads(table, fitRules).totals : undefined;
      const engagement = byDimension ? scoreLeads(table, engagementRules).totals : undefined;
      const outputColumns = [...outputs.values()];
      const old = new Map<number, SheetValue[]>();
      for (const column of outputColumns) {
        old.set(
          column,
          sheet
            .getRange(from, column, rows, 1)
            .getValues()
            .map((r) => r[0] as SheetValue),
        );
      }
      const fresh = new Map<number, SheetValue[]>(outputColumns.map((c) => [c, new Array<SheetValue>(rows)]));
      const leads: RescoredLead[] = [];
      for (let i = 0; i < rows; i++) {
        const put = (output: Output, value: SheetValue) => {
          const column = outputs.get(output);
          if (column !== undefined) fresh.get(column)![i] = value;
        };
        if (all.empty[i]) {
          for (const output of wanted) put(output, '');
          continue;
        }
        let days = 0;
        if (activityIndex >= 0) {
          const last = cells[i][activityIndex];
          if (isDate(last)) days = calendarDaysBetween(last, asOf, timeZone);
        }
        const cool = (points: number) => decayedScore(points, days, setup.halfLifeDays);
        let score: number;
        if (byDimension) {
          // Who they are does not cool down; what they did does.
          const fitPoints = fit![i];
          const engagementPoints = cool(engagement![i]);
          score = fitPoints + engagementPoints;
          put('fit', round2(fitPoints));
          put('engagement', round2(engagementPoints));
        } else {
          score = activityIndex >= 0 ? cool(all.totals[i]) : all.totals[i];
        }
        score = round2(score);
        const stage = stageOf(score, setup.thresholds, setup.labels);
        put('score', score);
        put('stage', stage);
        put('why', leadReasons(all, i, reasonsShown));
        const oldScore = old.get(outputs.get('score')!)![i];
        const oldStage = old.get(outputs.get('stage')!)![i];
        leads.push({
          leadId: idIndex >= 0 ? String(cells[i][idIndex]) : `Row ${from + i}`,
          oldStage: typeof oldStage === 'string' ? oldStage : '',
          newStage: stage,
          oldScore: typeof oldScore === 'number' ? oldScore : '',
          newScore: score,
        });
      }
      // Every value of the block is computed before the first write: a block is written whole or not at all.
      for (const run of adjacentRuns(outputColumns)) {
        const values = Array.from({ length: rows }, (_, i) => run.map((c) => fresh.get(c)![i]));
        sheet.getRange(from, run[0], rows, run.length).setValues(values);
      }
      return leads;
    },
  };
}
