// The LeadLift Health tab: one row a day on how the applied model does on the leads that have closed since.

import type { Goal } from '../../core/settings';
import type { HealthReading } from '../../core/modelHealth';
import { appendRows } from '../sheets/logTabs';

export const healthTabName = 'LeadLift Health';

/** Each goal's word for the outcome, as the tab's header says it (retention: customers who left). */
export const outcomeWords: Record<Goal, { header: string; verb: string }> = {
  acquisition: { header: 'Converted', verb: 'converted' },
  expansion: { header: 'Expanded', verb: 'expanded' },
  retention: { header: 'Left', verb: 'left' },
  adoption: { header: 'Adopted fully', verb: 'adopted fully' },
};

export function healthHeaders(goal: Goal): string[] {
  return [
    'Date',
    'Model applied',
    'Open when applied',
    'Closed since',
    outcomeWords[goal].header,
    'AUC',
    'AUC ± (95%)',
    'Predicted rate',
    'Observed rate',
    'Verdict',
  ];
}

const outcomeHeaders = new Set(Object.values(outcomeWords).map((w) => w.header));

/**
 * The Health tab, created (header frozen) when missing. Its outcome header follows the goal of the model applied;
 * a tab of that name with any other first row belongs to the user and is refused.
 */
function healthTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, goal: Goal) {
  const headers = healthHeaders(goal);
  const existing = spreadsheet.getSheetByName(healthTabName);
  if (!existing) {
    const sheet = spreadsheet.insertSheet(healthTabName, spreadsheet.getSheets().length);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    sheet.setFrozenRows(1);
    return sheet;
  }
  const found = existing
    .getRange(1, 1, 1, headers.length)
    .getDisplayValues()[0]
    .map((c) => c.trim());
  const ours = found.every((cell, i) => (i === 4 ? outcomeHeaders.has(cell) : cell === headers[i]));
  if (!ours)
    throw new Error(
      `The tab "${healthTabName}" exists but its first row is not LeadLift's (${headers.join(', ')}): rename that tab so LeadLift can create its own.`,
    );
  if (found[4] !== headers[4]) existing.getRange(1, 5).setValue(headers[4]);
  return existing;
}

/** Appends one reading; AUC and rates are blank where there is no number to give. */
export function appendHealthRow(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  goal: Goal,
  at: Date,
  appliedAt: Date,
  open: number,
  reading: HealthReading,
  verdict: string,
): void {
  const sheet = healthTab(spreadsheet, goal);
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
