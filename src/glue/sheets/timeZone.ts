// The spreadsheet's time zone: the zone its date cells are midnights of, so calendar days are counted in it.

/**
 * The spreadsheet's IANA time zone, or undefined when it cannot be read or this runtime cannot convert to it (then
 * the script's own zone is used, which counts the same days for dates that are midnights of one zone except near a daylight-saving change).
 */
export function spreadsheetTimeZone(): string | undefined {
  try {
    const zone = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
    if (!zone) return undefined;
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}
