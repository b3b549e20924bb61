// At apply time: remember which leads are still open (no outcome yet) and the score each had, so the daily health
// check measures the model on leads it never saw closed.

import { sigmoid } from '../../core/logOdds';
import { parseModelTable } from '../../core/modelTable';
import { scoreAuc } from '../../core/scoreAuc';
import { scoreLeads } from '../../core/scoreLeads';
import type { PointsRule, Settings } from '../../core/settings';
import type { CellValue } from '../../core/cellValue';
import { isOutcomeValue, parseOutcome } from '../parse/outcome';
import { weightedModel } from '../parse/probabilityModel';
import { isBlank } from '../../core/cellValue';
import { type SheetValue } from '../parse/sheetValues';
import { type AppliedLead, leadKey, rememberAppliedLeads } from './healthStore';

const modelGridHeaders = ['Attribute', 'Value', 'Points', 'Dimension'];

/**
 * Each lead's probability as =LEADPROBABILITY gives it, when the model has a (base) row to start from; undefined
 * for a points-only model, which gives no probabilities.
 */
function probabilities(
  headers: readonly string[],
  rows: readonly (readonly SheetValue[])[],
  rules: readonly PointsRule[],
): Float64Array | undefined {
  const grid: CellValue[][] = [
    modelGridHeaders,
    ...rules.map((r) => [r.attribute, r.value, r.points, r.dimension]),
  ];
  const model = parseModelTable(grid);
  if (model.base === undefined) return undefined;
  const { model: weighted, base } = weightedModel(grid, model);
  const table = { names: headers, columns: headers.map((_, j) => rows.map((row) => row[j] as CellValue)) };
  return Float64Array.from(scoreLeads(table, weighted.rules).totals, (t) => sigmoid(base + t));
}

/**
 * Remembers the open leads of `rows` (the leads below the header, in sheet order) with `scores` (as applied, ''
 * for an empty row), keyed by the lead-ID column when the settings name one, else by sheet row.
 */
export function rememberOpenLeads(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  headers: readonly string[],
  rows: readonly (readonly SheetValue[])[],
  scores: readonly (number | '')[],
  rules: readonly PointsRule[],
  at: Date,
): void {
  const find = (header: string | undefined) =>
    header ? headers.findIndex((h) => h.trim().toLowerCase() === header.trim().toLowerCase()) : -1;
  const outcomeColumn = find(settings.outcome);
  const idColumn = find(settings.leadId);
  const probability = probabilities(headers, rows, rules);
  const open: AppliedLead[] = [];
  const seen = new Set<string>();
  const closedScores: number[] = [];
  const closedOutcomes: number[] = [];
  rows.forEach((row, i) => {
    const score = scores[i];
    if (score === '') return;
    const outcome = row[outcomeColumn];
    if (!isBlank(outcome)) {
      if (isOutcomeValue(outcome)) {
        closedScores.push(score);
        closedOutcomes.push(parseOutcome(outcome, i + 1) ? 1 : 0);
      }
      return;
    }
    let key: string;
    if (idColumn >= 0) {
      // A lead without an ID, or sharing one, cannot be found again for sure: it is left out.
      if (isBlank(row[idColumn])) return;
      key = leadKey.id(row[idColumn]);
      if (seen.has(key)) return;
      seen.add(key);
    } else key = leadKey.row(settings.headerRow + 1 + i);
    open.push({ key, score, ...(probability ? { probability: probability[i] } : {}) });
  });
  const wins = closedOutcomes.reduce((a, b) => a + b, 0);
  rememberAppliedLeads(
    spreadsheet,
    {
      appliedAt: at.toISOString(),
      sheetName: settings.sheetName,
      headerRow: settings.headerRow,
      outcome: settings.outcome,
      goal: settings.goal,
      ...(idColumn >= 0 ? { leadId: headers[idColumn] } : {}),
      open: open.length,
      hasProbabilities: probability !== undefined,
      ...(wins > 0 && wins < closedOutcomes.length
        ? { referenceAuc: scoreAuc(closedScores, closedOutcomes) }
        : {}),
    },
    open,
    settings.language,
  );
}
