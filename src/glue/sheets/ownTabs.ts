// LeadLift's own tabs (log, changes, health, applied scores) found under their name in any of its languages, so a
// language switch renames the tab LeadLift already has rather than adding a second one.

import { type Language, type OwnTab, tabNameIn, tabNamesOf } from '../../core/sheetWords';

/** The first row of a tab, `width` cells, as the sheet shows them. */
export function firstRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): string[] {
  return sheet.getRange(1, 1, 1, width).getDisplayValues()[0];
}

/**
 * The LeadLift tab of that kind: the one named in `language` (whatever it holds: the caller refuses a user's tab),
 * else the first under another language's name that `isOurs` says is LeadLift's; null when there is none.
 */
export function findOwnTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: OwnTab,
  isOurs: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => boolean,
  language: Language = 'en',
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const [current, ...others] = tabNamesOf(tab, language);
  const named = spreadsheet.getSheetByName(current);
  if (named) return named;
  for (const name of others) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet && isOurs(sheet)) return sheet;
  }
  return null;
}

/** findOwnTab, the tab renamed into `language` when it was found under another language's name. */
export function ownTabIn(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: OwnTab,
  isOurs: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => boolean,
  language: Language,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheet = findOwnTab(spreadsheet, tab, isOurs, language);
  const name = tabNameIn(tab, language);
  if (sheet && sheet.getName() !== name) sheet.setName(name);
  return sheet;
}
