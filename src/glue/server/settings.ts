// The sidebar's settings in the document's properties: one versioned JSON value, validated on the way in and out.

import { InputError } from '../../core/inputError';
import {
  checkSettingsAgainstSheet,
  parseSettings,
  type Settings,
  validateSettings,
} from '../../core/settings';

/** The document-property key the settings live under (with `settingsKey.1`, `.2`… for long ones). */
export const settingsKey = 'leadlift.settings';

/**
 * Apps Script keeps 9 KB per property value and 500 KB per store
 * (https://developers.google.com/apps-script/guides/services/quotas): settings of 200 attributes pass 9 KB, so
 * long settings are cut into parts well under it, written together in one setProperties call (all or nothing).
 */
const partChars = 2_000; // 2,000 UTF-16 units ≤ 6 KB even when every character takes 3 bytes in UTF-8
const partsMarker = 'parts:';

/** The saved settings JSON as stored, whole, or null when there is none. */
export function savedSettingsJson(properties = PropertiesService.getDocumentProperties()): string | null {
  const head = properties.getProperty(settingsKey);
  if (head === null || !head.startsWith(partsMarker)) return head;
  const count = Number(head.slice(partsMarker.length));
  let json = '';
  for (let i = 1; i <= count; i++) json += properties.getProperty(`${settingsKey}.${i}`) ?? '';
  return json;
}

function writeSettingsJson(json: string): void {
  const properties = PropertiesService.getDocumentProperties();
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += partChars) parts.push(json.slice(i, i + partChars));
  const values: Record<string, string> =
    parts.length <= 1 ? { [settingsKey]: json } : { [settingsKey]: `${partsMarker}${parts.length}` };
  if (parts.length > 1) parts.forEach((part, i) => (values[`${settingsKey}.${i + 1}`] = part));
  properties.setProperties(values);
  // Parts of longer settings saved before stay behind unless removed.
  for (const key of properties.getKeys())
    if (key.startsWith(`${settingsKey}.`) && !(key in values)) properties.deleteProperty(key);
}

/** The saved settings, or undefined when there are none or they no longer validate (see `loadSettingsProblems`). */
export function loadSettings(): Settings | undefined {
  const json = savedSettingsJson();
  if (json === null) return undefined;
  const check = parseSettings(json);
  return check.ok ? check.settings : undefined;
}

/** What is wrong with the saved settings as stored, and with their columns against the sheet today. */
export function loadSettingsProblems(): string[] {
  const json = savedSettingsJson();
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
  writeSettingsJson(JSON.stringify(check.settings));
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
