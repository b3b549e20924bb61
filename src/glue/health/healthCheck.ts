// The daily health check: find the leads open when the model was applied, see which have closed and how, and
// append the reading to the Health tab, at most once a day. It reads two columns of the leads and writes only
// LeadLift's tabs.

import { healthVerdictIn } from '../../core/healthWords';
import { modelHealth } from '../../core/modelHealth';
import type { Language } from '../../core/sheetWords';
import { isOutcomeValue, parseOutcome } from '../parse/outcome';
import { isBlank } from '../../core/cellValue';
import { type SheetValue } from '../parse/sheetValues';
import { hourAndDayIn, spreadsheetTimeZone } from '../sheets/timeZone';
import { appliedLeads, lastHealth, leadKey, saveLastHealth } from './healthStore';
import { appendHealthRow } from './healthTab';

/** One column's values below the header row, found by its header; undefined when the header is gone. */
function columnBelowHeader(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headerRow: number,
  header: string,
): SheetValue[] | undefined {
  const width = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (width === 0) return undefined;
  const headers = sheet.getRange(headerRow, 1, 1, width).getDisplayValues()[0];
  const column = headers.findIndex((h) => h.trim().toLowerCase() === header.trim().toLowerCase()) + 1;
  if (column === 0) return undefined;
  if (lastRow <= headerRow) return [];
  return sheet
    .getRange(headerRow + 1, column, lastRow - headerRow, 1)
    .getValues()
    .map((row) => row[0] as SheetValue);
}

/**
 * Appends today's reading, in the sheet's `language`, unless today has one. Nothing happens before a model was
 * applied. A column gone since then throws, in words, for the run's log.
 */
export function recordModelHealth(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  language: Language = 'en',
): void {
  const remembered = appliedLeads(spreadsheet, language);
  if (!remembered) return;
  const { applied, leads } = remembered;
  const day = hourAndDayIn(now, spreadsheetTimeZone(spreadsheet) ?? 'Etc/UTC').day;
  if (lastHealth()?.day === day) return;
  const sheet = spreadsheet.getSheetByName(applied.sheetName);
  if (!sheet)
    throw new Error(
      `Model health: the leads sheet "${applied.sheetName}" is gone, so no lead can be checked.`,
    );
  const gone = (header: string) =>
    new Error(
      `Model health: the column "${header}" of "${applied.sheetName}" is gone, so the leads open when the model was applied cannot be checked.`,
    );
  const outcomes = columnBelowHeader(sheet, applied.headerRow, applied.outcome);
  if (!outcomes) throw gone(applied.outcome);
  // Where each key's lead is now: by its ID wherever the row went, or by its sheet row.
  const rowOf = new Map<string, number>();
  if (applied.leadId) {
    const ids = columnBelowHeader(sheet, applied.headerRow, applied.leadId);
    if (!ids) throw gone(applied.leadId);
    ids.forEach((id, i) => {
      const key = leadKey.id(id);
      if (!isBlank(id) && !rowOf.has(key)) rowOf.set(key, i);
    });
  } else outcomes.forEach((_, i) => rowOf.set(leadKey.row(applied.headerRow + 1 + i), i));
  const scores: number[] = [];
  const converted: number[] = [];
  const probabilities: number[] = [];
  for (const lead of leads) {
    const i = rowOf.get(lead.key);
    if (i === undefined) continue;
    const outcome = outcomes[i];
    if (isBlank(outcome) || !isOutcomeValue(outcome)) continue;
    scores.push(lead.score);
    converted.push(parseOutcome(outcome, i + 1) ? 1 : 0);
    if (lead.probability !== undefined) probabilities.push(lead.probability);
  }
  const withProbabilities = applied.hasProbabilities && probabilities.length === scores.length;
  const reading = modelHealth(
    scores,
    converted,
    withProbabilities ? probabilities : undefined,
    applied.referenceAuc,
  );
  const text = healthVerdictIn(reading, applied.goal, language, applied.referenceAuc);
  appendHealthRow(
    spreadsheet,
    applied.goal,
    language,
    now,
    new Date(applied.appliedAt),
    applied.open,
    reading,
    text,
  );
  saveLastHealth({
    day,
    verdict: reading.verdict,
    text,
    auc: reading.auc,
    drop: reading.drop,
    referenceAuc: applied.referenceAuc,
  });
}
