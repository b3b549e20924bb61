// Reads the leads sheet named by the settings in one call, and turns the sidebar's rules into the core's model rules.

import { InputError } from '../../core/inputError';
import { type ModelRule, parseModelTable } from '../../core/modelTable';
import type { PointsRule, Settings } from '../../core/settings';
import { isBlank } from '../../core/cellValue';
import { type SheetValue } from '../parse/sheetValues';
import { leadsSheet } from '../sheets/rescoreSheet';
import { sheetValues, spreadsheetTimeZone } from '../sheets/timeZone';

export interface LeadsData {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Header texts, trimmed, of every used column. */
  headers: string[];
  /** The rows below the header row down to the last one holding anything. */
  rows: SheetValue[][];
}

/** The leads as the sheet holds them. */
export function readLeads(settings: Settings): LeadsData {
  const sheet = leadsSheet(SpreadsheetApp.getActiveSpreadsheet(), settings);
  const width = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (width === 0 || lastRow < settings.headerRow)
    throw new InputError(`The sheet "${settings.sheetName}" has no header row ${settings.headerRow}.`);
  const headers = sheet
    .getRange(settings.headerRow, 1, 1, width)
    .getDisplayValues()[0]
    .map((h) => h.trim());
  const rows =
    lastRow > settings.headerRow
      ? sheetValues(
          sheet.getRange(settings.headerRow + 1, 1, lastRow - settings.headerRow, width),
          spreadsheetTimeZone(sheet.getParent()),
        )
      : [];
  let used = rows.length;
  while (used > 0 && rows[used - 1].every(isBlank)) used--;
  return { sheet, headers, rows: rows.slice(0, used) };
}

/** The index of the column with this header (trimmed, any case); a readable error when it is gone. */
export function columnIndex(data: LeadsData, header: string, role: string, sheetName: string): number {
  const wanted = header.trim().toLowerCase();
  const index = data.headers.findIndex((h) => h.toLowerCase() === wanted);
  if (index < 0)
    throw new InputError(
      `The ${role} column "${header}" is no longer in sheet "${sheetName}": pick it again in step 1.`,
    );
  return index;
}

/** One column's cells. */
export function columnCells(data: LeadsData, index: number): SheetValue[] {
  return data.rows.map((row) => row[index]);
}

/** The model tab's header. */
export const modelHeaders = ['Attribute', 'Value', 'Points', 'Dimension'] as const;

/** The sidebar's rules as the model tab would hold them, read by the same parser as the model tab itself. */
export function modelRules(rules: readonly PointsRule[]): ModelRule[] {
  if (rules.length === 0)
    throw new InputError('The model has no rules: suggest points in step 3 or add a rule.');
  return parseModelTable([
    [...modelHeaders],
    ...rules.map((r) => [r.attribute, r.value, r.points, r.dimension]),
  ]).rules;
}
