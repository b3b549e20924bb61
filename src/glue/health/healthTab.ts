// The LeadLift Health tab: one row a day on how the applied model does on the leads that have closed since, in the
// sheet's language.

import { healthHeadersIn, isHealthHeader } from '../../core/healthWords';
import type { Goal } from '../../core/settings';
import type { HealthReading } from '../../core/modelHealth';
import { type Language, tabNameIn } from '../../core/sheetWords';
import { appendRows } from '../sheets/logTabs';
import { firstRow, ownTabIn } from '../sheets/ownTabs';

/**
 * The Health tab, created (header frozen) when missing; found under its name in any of LeadLift's languages and
 * renamed into `language`, its header row rewritten in `language` for the goal of the model applied. A tab of that
 * name with any other first row belongs to the user and is refused.
 */
function healthTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, goal: Goal, language: Language) {
  const headers = healthHeadersIn(goal, language);
  const name = tabNameIn('health', language);
  const ours = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => isHealthHeader(firstRow(sheet, headers.length));
  const existing = ownTabIn(spreadsheet, 'health', ours, language);
  if (!existing) {
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    sheet.setFrozenRows(1);
    return sheet;
  }
  const found = firstRow(existing, headers.length).map((c) => c.trim());
  if (!isHealthHeader(found))
    throw new Error(
      `The tab "${name}" exists but its first row is not LeadLift's (${headers.join(', ')}): rename that tab so LeadLift can create its own.`,
    );
  if (found.some((cell, i) => cell !== headers[i]))
    existing.getRange(1, 1, 1, headers.length).setValues([headers]);
  return existing;
}

/** Appends one reading; AUC and rates are blank where there is no number to give. */
export function appendHealthRow(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  goal: Goal,
  language: Language,
  at: Date,
  appliedAt: Date,
  open: number,
  reading: HealthReading,
  verdict: string,
): void {
  const sheet = healthTab(spreadsheet, goal, language);
  const round = (x: number | undefined, digits: number) =>
    x === undefined ? '' : Math.round(x * 10 ** digits) / 10 ** digits;
  appendRows(sheet, [
    [
      at,
      appliedAt,
      open,
      reading.closed,
      reading.converted,
      round(reading.auc, 3),
      reading.standardError === undefined ? '' : round(1.96 * reading.standardError, 3),
      round(reading.meanPredicted, 3),
      round(reading.observedRate, 3),
      verdict,
    ],
  ]);
  const row = sheet.getLastRow();
  sheet.getRange(row, 1, 1, 2).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(row, 8, 1, 2).setNumberFormat('0.0%');
}
