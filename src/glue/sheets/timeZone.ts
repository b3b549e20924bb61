// The spreadsheet's time zone: the zone its date cells are midnights of, so calendar days are counted in it.

/** The spreadsheet's IANA time zone, or undefined when it cannot be read (then the script's own zone is used). */
export function spreadsheetTimeZone(): string | undefined {
  try {
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || undefined;
  } catch {
    return undefined;
  }
}
