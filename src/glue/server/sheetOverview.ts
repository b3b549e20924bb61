// Tells the sidebar what the spreadsheet holds: its sheets and the active sheet's header row.

export interface SheetOverview {
  spreadsheetName: string;
  sheets: string[];
  activeSheet: string;
  headers: string[];
  rows: number;
}

export function getSheetOverview(): SheetOverview {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const width = sheet.getLastColumn();
  const headers = width > 0 ? sheet.getRange(1, 1, 1, width).getDisplayValues()[0] : [];
  return {
    spreadsheetName: spreadsheet.getName(),
    sheets: spreadsheet.getSheets().map((s) => s.getName()),
    activeSheet: sheet.getName(),
    headers,
    rows: Math.max(sheet.getLastRow() - 1, 0),
  };
}
