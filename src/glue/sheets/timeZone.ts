// The spreadsheet's time zone, which a custom function may read (Sheets allows read-only SpreadsheetApp calls).

/**
 * The zone dates are shown in: the spreadsheet's, else the script's, else UTC (outside a spreadsheet, as in a
 * test). Apps Script's own clock runs in the script's zone, which may differ from the spreadsheet's.
 */
export function spreadsheetTimeZone(): string {
  try {
    const zone = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
    if (zone) return zone;
  } catch {
    // Not in a spreadsheet: fall through to the script's zone.
  }
  try {
    const zone = Session.getScriptTimeZone();
    if (zone) return zone;
  } catch {
    // No Session service (a bare test context).
  }
  return 'UTC';
}
