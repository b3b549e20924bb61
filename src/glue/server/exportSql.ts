// The Apply step's "Export as SQL": the applied model as the query =MODELSQL gives, one line per cell in column A
// of LeadLift's own "LeadLift SQL" tab.

import { InputError } from '../../core/inputError';
import { MODELSQL } from '../functions/modelSql';
import { writeCells } from '../sheets/safeCell';
import { loadSettings } from './settings';

/** The tab the query goes to: LeadLift's, created or emptied and rewritten on each export. */
export const sqlTab = 'LeadLift SQL';

/** The model tab's columns as =MODELSQL reads them ('LeadLift Model'!A1:E). */
const modelWidth = 5;

export interface SqlExport {
  tab: string;
  /** The cells holding the query, such as A1:A40. */
  range: string;
  lines: number;
  dialect: 'bigquery' | 'duckdb';
}

/**
 * Builds the query of the applied model (the saved settings' model tab, read as =MODELSQL reads it) for `table`
 * in `dialect`, and writes it into the SQL tab as plain text.
 */
export function exportModelSql(table: string, dialect: string): SqlExport {
  const engine = dialect === 'duckdb' ? 'duckdb' : dialect === 'bigquery' ? 'bigquery' : undefined;
  if (!engine) throw new InputError(`The dialect "${dialect}" is not known: choose BigQuery or DuckDB.`);
  const name = typeof table === 'string' ? table.trim() : '';
  if (name === '')
    throw new InputError(
      'The table name is missing: give it as the engine knows it, such as myproject.crm.leads.',
    );
  const settings = loadSettings();
  if (!settings) throw new InputError('No model is applied yet: choose Apply first, then export it as SQL.');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const modelTab = spreadsheet.getSheetByName(settings.modelTab);
  if (!modelTab || modelTab.getLastRow() === 0)
    throw new InputError(`The model tab "${settings.modelTab}" is missing or empty: choose Apply first.`);
  const model = modelTab.getRange(1, 1, modelTab.getLastRow(), modelWidth).getValues();
  // The same function as the cell formula, so the tab holds exactly what =MODELSQL gives.
  const lines = MODELSQL(model, name, engine);
  if (settings.modelTab === sqlTab)
    throw new InputError(`The model tab is named "${sqlTab}": rename it in this step and apply again.`);
  let tab = spreadsheet.getSheetByName(sqlTab);
  if (tab) tab.clear();
  else tab = spreadsheet.insertSheet(sqlTab, spreadsheet.getSheets().length);
  // Plain text: a line such as "-- …" or "= 1" must stay a line of SQL, never become a formula.
  writeCells(tab.getRange(1, 1, lines.length, 1), lines);
  return { tab: sqlTab, range: `A1:A${lines.length}`, lines: lines.length, dialect: engine };
}
