// The sidebar's settings in the document's properties: one versioned JSON value, validated on the way in and out.

import { InputError } from '../../core/inputError';
import {
  checkSettingsAgainstSheet,
  parseSettings,
  type Settings,
  validateSettings,
} from '../../core/settings';

/** The one document-property key the settings live under. */
export const settingsKey = 'leadlift.settings';

/** The saved settings, or undefined when there are none or they no longer validate (see `loadSettingsProblems`). */
export function loadSettings(): Settings | undefined {
  const json = PropertiesService.getDocumentProperties().getProperty(settingsKey);
  if (json === null) return undefined;
  const check = parseSettings(json);
  return check.ok ? check.settings : undefined;
}

/** What is wrong with the saved settings as stored, and with their columns against the sheet today. */
export function loadSettingsProblems(): string[] {
  const json = PropertiesService.getDocumentProperties().getProperty(settingsKey);
  if (json === null) return [];
  const check = parseSettings(json);
  if (!check.ok) return check.problems;
  return checkSettingsAgainstSheet(
    check.settings,
    sheetHeaders(check.settings.sheetName, check.settings.headerRow),
  );
}

/** Validates and stores the settings; refuses invalid ones with every problem in one sentence list. */
export function saveSettings(settings: Settings): void {
  const check = validateSettings(settings);
  if (!check.ok) throw new InputError(check.problems.join(' '));
  PropertiesService.getDocumentProperties().setProperty(settingsKey, JSON.stringify(check.settings));
}

/** The trimmed header texts of a sheet's header row, or undefined when the sheet is gone. */
export function sheetHeaders(sheetName: string, headerRow: number): string[] | undefined {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) return undefined;
  const width = sheet.getLastColumn();
  if (width === 0 || headerRow > sheet.getMaxRows()) return [];
  return sheet
    .getRange(headerRow, 1, 1, width)
    .getDisplayValues()[0]
    .map((h) => h.trim());
}
