// Where model health keeps what it needs between runs. The leads open when a model was applied, with their scores
// then, go to a hidden LeadLift tab (a sheet may hold 500,000 leads: far past a document property's 9 KB or the
// store's 500 KB); the few facts about that moment and the last verdict go to two small document properties.

import { appliedScoresHeadersIn, isAppliedScoresHeader } from '../../core/healthWords';
import type { Goal } from '../../core/settings';
import type { HealthVerdict } from '../../core/modelHealth';
import { type Language, tabNameIn } from '../../core/sheetWords';
import type { SheetValue } from '../parse/sheetValues';
import { firstRow, ownTabIn } from '../sheets/ownTabs';

const width = appliedScoresHeadersIn('en').length;
/** True when the tab is LeadLift's hidden one: its header row in one of LeadLift's languages. */
const isAppliedScoresTab = (tab: GoogleAppsScript.Spreadsheet.Sheet) =>
  isAppliedScoresHeader(firstRow(tab, width));
const appliedKey = 'leadlift.health.applied.v1';
const lastReadingKey = 'leadlift.health.last.v1';
/** Rows per write: one call each, well inside a call's size limit. */
const blockRows = 50_000;

/** The moment a model was applied, as the daily health check needs it. */
export interface AppliedModel {
  /** ISO time of the apply. */
  appliedAt: string;
  sheetName: string;
  headerRow: number;
  outcome: string;
  goal: Goal;
  /** The lead-ID column the leads are keyed by; absent when they are keyed by their sheet row. */
  leadId?: string;
  /** How many leads were open (no outcome yet). */
  open: number;
  hasProbabilities: boolean;
  /** The model's AUC on the leads already closed when it was applied, when both outcomes were there. */
  referenceAuc?: number;
}

/**
 * An open lead's key and its score and probability at apply time. Keys are `id:<ID>` or `row:<sheet row>`: text
 * Sheets never reads as a number, date or formula, so an ID such as 00123 comes back as written.
 */
export interface AppliedLead {
  key: string;
  score: number;
  probability?: number;
}

/** The latest daily reading, for the sidebar. */
export interface LastHealth {
  /** The day it was taken (`yyyy-mm-dd` on the spreadsheet's clock): one reading a day. */
  day: string;
  verdict: HealthVerdict;
  text: string;
  auc?: number;
  drop?: number;
  referenceAuc?: number;
}

const properties = () => PropertiesService.getDocumentProperties();

/**
 * Replaces the remembered leads with these: the hidden tab is LeadLift's alone, created on first use, named and
 * headed in `language` (renamed from another of LeadLift's languages); another tab of that name with a different
 * first row is refused, not overwritten.
 */
export function rememberAppliedLeads(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  applied: AppliedModel,
  leads: readonly AppliedLead[],
  language: Language = 'en',
): void {
  const name = tabNameIn('appliedScores', language);
  const headers = appliedScoresHeadersIn(language);
  let tab = ownTabIn(spreadsheet, 'appliedScores', isAppliedScoresTab, language);
  if (tab) {
    if (tab.getLastRow() > 0 && !isAppliedScoresTab(tab))
      throw new Error(
        `The tab "${name}" exists but is not LeadLift's: rename it so LeadLift can keep the scores it checks the model with.`,
      );
    tab.clearContents();
  } else {
    tab = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
    tab.hideSheet();
  }
  const needed = leads.length + 1 - tab.getMaxRows();
  if (needed > 0) tab.insertRowsAfter(tab.getMaxRows(), needed);
  tab.getRange(1, 1, 1, width).setValues([headers]);
  for (let from = 0; from < leads.length; from += blockRows) {
    const rows: SheetValue[][] = leads
      .slice(from, from + blockRows)
      .map((l) => [l.key, l.score, l.probability ?? '']);
    tab.getRange(from + 2, 1, rows.length, width).setValues(rows);
  }
  properties().setProperty(appliedKey, JSON.stringify(applied));
}

/** The keys of the remembered leads: by lead ID, or by sheet row where the settings name no ID column. */
export const leadKey = {
  id: (id: SheetValue) => `id:${String(id).trim()}`,
  row: (row: number) => `row:${row}`,
};

/**
 * The remembered model and leads, or undefined when no model was applied since health checks began. The hidden tab
 * is found under its name in any of LeadLift's languages, and renamed and re-headed into `language`.
 */
export function appliedLeads(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  language: Language = 'en',
): { applied: AppliedModel; leads: AppliedLead[] } | undefined {
  const json = properties().getProperty(appliedKey);
  const tab = ownTabIn(spreadsheet, 'appliedScores', isAppliedScoresTab, language);
  if (!json || !tab || !isAppliedScoresTab(tab)) return undefined;
  const headers = appliedScoresHeadersIn(language);
  if (firstRow(tab, width).some((cell, i) => cell.trim() !== headers[i]))
    tab.getRange(1, 1, 1, width).setValues([headers]);
  const applied = JSON.parse(json) as AppliedModel;
  const last = tab.getLastRow();
  const rows = last > 1 ? tab.getRange(2, 1, last - 1, width).getValues() : [];
  const leads = rows.map(([key, score, probability]) => ({
    key: String(key),
    score: Number(score),
    ...(typeof probability === 'number' ? { probability } : {}),
  }));
  return { applied, leads };
}

export function lastHealth(): LastHealth | undefined {
  const json = properties().getProperty(lastReadingKey);
  return json ? (JSON.parse(json) as LastHealth) : undefined;
}

export function saveLastHealth(reading: LastHealth): void {
  properties().setProperty(lastReadingKey, JSON.stringify(reading));
}
