// The last step's endpoint: writing the model tab and the output columns, and the report card.

import { InputError } from '../../core/inputError';
import { type LiftBand, liftTable } from '../../core/liftTable';
import { scoreAuc } from '../../core/scoreAuc';
import {
  checkSettingsAgainstSheet,
  type PointsRule,
  type Settings,
  validateSettings,
} from '../../core/settings';
import { columnLetter } from '../../core/columnLetters';
import { outputHeadersIn } from '../../core/sheetWords';
import { parseOutcomes } from '../parse/outcome';
import type { SheetValue } from '../parse/sheetValues';
import { locateOutputColumns, type OutputLayout, ownedNote } from '../sheets/outputColumns';
import { gradedDimensions, outputRow, reasonsPerLead, scoreRows, writeOutputs } from '../sheets/rescoreSheet';
import { sheetNow, spreadsheetTimeZone } from '../sheets/timeZone';
import { writeCells } from '../sheets/safeCell';
import { columnCells, columnIndex, type LeadsData, modelHeaders, modelRules, readLeads } from './leadsData';
import { saveSettings } from './settings';
import { rememberOpenLeads } from '../health/rememberApplied';

export interface ReportCard {
  /** The chance a converted lead outscores a non-converted one; NaN-free: absent when one class is missing. */
  auc?: number;
  lift: LiftBand[];
  leads: number;
  conversions: number;
}

export type ApplyResult =
  | { needsConfirmation: string }
  | {
      applied: {
        mode: Settings['outputMode'];
        modelTab: string;
        rules: number;
        sheetName: string;
        /** Output column letters in `outputHeaders` order. */
        columns: string[];
        leads: number;
        /** The dimensions grades are made of: with one, a grade is a single letter. */
        graded: ReturnType<typeof gradedDimensions>;
      };
      reportCard: ReportCard;
    };

/** A sheet name as a formula reference: quoted, quotes doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;
/** A text inside a formula string literal. */
const formulaText = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The header-row formula of each output column, in `outputHeaders` order. A dimension the model has no rule of
 * (`missing`) scores 0 for every lead, as values mode does, beside the other dimension's column. In another
 * language than English each function gets its header as its last argument, so the header row reads in the sheet's
 * language (English keeps the functions' own headers).
 */
export function outputFormulas(
  settings: Settings,
  layout: OutputLayout,
  lastActivityColumn: number | undefined,
  missing?: 'Fit' | 'Engagement',
): string[] {
  const language = settings.language ?? 'en';
  const headers = outputHeadersIn(language);
  const header = (k: number) => (language === 'en' ? '' : `, ${formulaText(headers[k])}`);
  const r = settings.headerRow;
  const letter = layout.columns.map(columnLetter);
  const leads = `A${r}:${columnLetter(layout.leadWidth)}`;
  const model = `${sheetRef(settings.modelTab)}!A1:D`;
  const engagement = `LEADSCORE(${leads}, ${model}, "Engagement"`;
  const [fit, eng, score] = letter;
  const cuts = settings.gradeCuts
    ? `, {${settings.gradeCuts.fit.join(', ')}}, {${settings.gradeCuts.engagement.join(', ')}}`
    : language === 'en'
      ? ''
      : ', , '; // arguments left empty keep the quintiles before the header
  const zeroBeside = (k: number, other: string) =>
    `={${formulaText(headers[k])}; ARRAYFORMULA(IF(${other}${r + 1}:${other}="", "", 0))}`;
  return [
    missing === 'Fit' ? zeroBeside(0, eng) : `=LEADSCORE(${leads}, ${model}, "Fit"${header(0)})`,
    missing === 'Engagement'
      ? zeroBeside(1, fit)
      : lastActivityColumn === undefined
        ? `=${engagement}${header(1)})`
        : // SCOREDECAY's own header is "Decayed score": this column is headed Engagement score in every language.
          `=SCOREDECAY(${engagement}), ${columnLetter(lastActivityColumn)}${r}:${columnLetter(lastActivityColumn)}, ${settings.halfLifeDays}, TODAY(), ${formulaText(headers[1])})`,
    `={${formulaText(headers[2])}; ARRAYFORMULA(IF(${fit}${r + 1}:${fit}="", "", ROUND(${fit}${r + 1}:${fit} + ${eng}${r + 1}:${eng}, 1)))}`,
    `=LEADGRADE(${fit}${r}:${fit}, ${eng}${r}:${eng}${cuts}${header(3)})`,
    `=LEADSTAGE(${score}${r}:${score}, {${settings.stageThresholds.join(', ')}}, {${settings.stageLabels.map(formulaText).join(', ')}}${header(4)})`,
    `=LEADREASONS(${leads}, ${model}${language === 'en' ? '' : `, ${reasonsPerLead}${header(5)}, "${language}"`})`,
  ];
}

/** Writes the model tab: LeadLift's own, created or rewritten; another tab of that name is refused. */
function writeModelTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  rules: PointsRule[],
): void {
  let tab = spreadsheet.getSheetByName(name);
  if (tab) {
    const first = tab
      .getRange(1, 1, 1, modelHeaders.length)
      .getDisplayValues()[0]
      .map((h) => h.trim());
    const empty = tab.getLastRow() === 0;
    if (!empty && first.join('|') !== modelHeaders.join('|'))
      throw new InputError(
        `The tab "${name}" exists and is not a LeadLift model (its first row is not ${modelHeaders.join(', ')}): rename that tab or choose another model tab name.`,
      );
    tab.getRange(1, 1, Math.max(tab.getLastRow(), 1), modelHeaders.length).clearContent();
  } else tab = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  const rows: SheetValue[][] = [
    [...modelHeaders],
    ...rules.map((r) => [r.attribute, r.value, r.points, r.dimension]),
  ];
  // As text: a value such as 4.5 or 00123 must read back as written, in any locale.
  writeCells(tab.getRange(1, 1, rows.length, modelHeaders.length), rows);
  tab
    .getRange(1, 1)
    .setNote(
      'LeadLift scoring model. Edit Points, or add and delete rows: Attribute is a column header of the leads, Value a value or a criterion such as >=50 or (blank), Dimension Fit or Engagement. Live-formula scores update at once; values update when the model is applied again or re-scored.',
    );
  tab.setFrozenRows(1);
}

/** Scores and outcomes of the leads, for the report card. */
function reportCard(data: LeadsData, settings: Settings, scores: readonly (number | '')[]): ReportCard {
  const outcome = columnCells(data, columnIndex(data, settings.outcome, 'outcome', settings.sheetName));
  const converted = parseOutcomes(outcome, settings.headerRow + 1);
  const known: number[] = [];
  const wins: number[] = [];
  scores.forEach((s, i) => {
    if (s === '') return;
    known.push(s);
    wins.push(converted[i]);
  });
  const conversions = wins.reduce((a, b) => a + b, 0);
  const bothClasses = conversions > 0 && conversions < wins.length;
  return {
    auc: bothClasses ? scoreAuc(known, wins) : undefined,
    lift: known.length > 0 ? liftTable(known, wins, 5) : [],
    leads: known.length,
    conversions,
  };
}

/**
 * Writes the model tab and the output columns (live formulas or values). Refuses columns gone since the settings
 * were saved and another tab with the model's name; asks (returns `needsConfirmation`) before replacing a column
 * with an output header that LeadLift did not write, unless `confirm` is true.
 */
export function applyModel(settings: Settings, rules: PointsRule[], confirm = false): ApplyResult {
  const check = validateSettings(settings);
  if (!check.ok) throw new InputError(check.problems.join(' '));
  const model = modelRules(rules);
  // A model of one dimension (every attribute Fit, say) scores the other 0, in both modes.
  const missing = (['Fit', 'Engagement'] as const).find((d) => !rules.some((r) => r.dimension === d));
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const data = readLeads(settings);
  const problems = checkSettingsAgainstSheet(settings, data.headers);
  if (problems.length > 0) throw new InputError(problems.join(' '));
  const { sheet } = data;
  const r = settings.headerRow;
  const layout = locateOutputColumns(sheet, r);
  if (layout.foreign.length > 0 && !confirm) {
    const list = layout.foreign.map((f) => `${columnLetter(f.column)} ("${f.header}")`).join(', ');
    return {
      needsConfirmation: `Column${layout.foreign.length > 1 ? 's' : ''} ${list} of "${settings.sheetName}" hold${layout.foreign.length > 1 ? '' : 's'} data LeadLift did not write. Replace ${layout.foreign.length > 1 ? 'them' : 'it'} with LeadLift's output?`,
    };
  }
  const leadHeaders = data.headers.slice(0, layout.leadWidth);
  const leadRows = data.rows.map((row) => row.slice(0, layout.leadWidth));
  const scored = scoreRows(
    leadHeaders,
    leadRows,
    settings,
    model,
    sheetNow(spreadsheetTimeZone(spreadsheet)),
  );
  // Values keep the grade cuts of today's leads, so a daily re-score grades on the same scale.
  const saved: Settings =
    settings.outputMode === 'values' && !settings.gradeCuts && scored.cuts
      ? { ...settings, gradeCuts: { fit: [...scored.cuts.fit], engagement: [...scored.cuts.engagement] } }
      : settings;
  writeModelTab(spreadsheet, settings.modelTab, rules);
  const needed = Math.max(...layout.columns);
  if (needed > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  // Empty LeadLift's columns below the header: formulas need room to spill, values leave no stale rows.
  const height = Math.max(sheet.getLastRow(), r) - r + 1;
  for (const column of layout.columns) sheet.getRange(r, column, height, 1).clearContent();
  if (settings.outputMode === 'formulas') {
    const last = settings.lastActivity
      ? columnIndex(data, settings.lastActivity, 'last-activity', settings.sheetName) + 1
      : undefined;
    outputFormulas(saved, layout, last, missing).forEach((formula, k) =>
      sheet.getRange(r, layout.columns[k]).setFormula(formula).setNote(ownedNote),
    );
  } else {
    writeOutputs(sheet, layout, r, [outputHeadersIn(settings.language ?? 'en')]);
    writeOutputs(sheet, layout, r + 1, scored.leads.map(outputRow));
    for (const column of layout.columns) sheet.getRange(r, column).setNote(ownedNote);
  }
  // The document's settings: what "Re-score now" and the daily re-score read, whoever applied them.
  saveSettings(saved);
  // The leads still open and their scores now: what the daily health check measures the model on.
  rememberOpenLeads(
    spreadsheet,
    saved,
    data.headers,
    data.rows,
    scored.leads.map((l) => l.score),
    rules,
    new Date(),
  );
  return {
    applied: {
      mode: settings.outputMode,
      modelTab: settings.modelTab,
      rules: model.length,
      sheetName: settings.sheetName,
      columns: layout.columns.map(columnLetter),
      // Live formulas grade with LEADGRADE's letter and digit whatever the model.
      graded: settings.outputMode === 'values' ? gradedDimensions(model) : 'both',
      leads: scored.leads.filter((l) => l.score !== '').length,
    },
    reportCard: reportCard(
      data,
      settings,
      scored.leads.map((l) => l.score),
    ),
  };
}
