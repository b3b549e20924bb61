// A1 notation: parsing "Leads!A2:F", "A:A", "2:5", "$B$3" into grid coordinates, and writing coordinates back.

/** 1-based, inclusive; an end of `null` runs to the edge of the sheet, as "A:A" or "A2:F" do. */
export interface A1Reference {
  sheetName: string | null;
  startRow: number;
  startColumn: number;
  endRow: number | null;
  endColumn: number | null;
}

// The sandbox fakes Apps Script, not LeadLift: it imports nothing from src/core or src/glue, so a fake cannot
// inherit a LeadLift bug and pass the tests it should fail. Hence its own copy of the column letters (LeadLift's is src/core/columnLetters.ts).
export function columnToLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

interface CellPart {
  row: number | null;
  column: number | null;
}

const CELL_PART = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/;

function parseCellPart(text: string): CellPart | null {
  const match = CELL_PART.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  const row = match[2] ? Number(match[2]) : null;
  if (row === 0) return null;
  return { column: match[1] ? lettersToColumn(match[1]) : null, row };
}

/** Splits `'My sheet'!A1:B2` or `Leads!A1` into the sheet name and the range part. */
function splitSheetName(text: string): { sheetName: string | null; rangeText: string } | null {
  const bang = text.lastIndexOf('!');
  if (bang === -1) return { sheetName: null, rangeText: text };
  let sheetName = text.slice(0, bang);
  if (sheetName.startsWith("'")) {
    if (!sheetName.endsWith("'") || sheetName.length < 2) return null;
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return sheetName ? { sheetName, rangeText: text.slice(bang + 1) } : null;
}

/** Parses A1 notation; returns null for text Sheets would answer with "Range not found". */
export function parseA1(text: string): A1Reference | null {
  const split = splitSheetName(text.trim());
  if (!split) return null;
  const pieces = split.rangeText.split(':');
  if (pieces.length > 2) return null;
  const first = parseCellPart(pieces[0]);
  const second = pieces.length === 2 ? parseCellPart(pieces[1]) : first;
  if (!first || !second) return null;
  const sheetName = split.sheetName;
  const isCell = (part: CellPart) => part.row !== null && part.column !== null;
  if (isCell(first) && isCell(second)) {
    return {
      sheetName,
      startRow: Math.min(first.row!, second.row!),
      startColumn: Math.min(first.column!, second.column!),
      endRow: Math.max(first.row!, second.row!),
      endColumn: Math.max(first.column!, second.column!),
    };
  }
  if (pieces.length === 1) return null;
  if (first.row === null && second.row === null) {
    // "A:C": whole columns
    return {
      sheetName,
      startRow: 1,
      startColumn: Math.min(first.column!, second.column!),
      endRow: null,
      endColumn: Math.max(first.column!, second.column!),
    };
  }
  if (first.column === null && second.column === null) {
    // "2:5": whole rows
    return {
      sheetName,
      startRow: Math.min(first.row!, second.row!),
      startColumn: 1,
      endRow: Math.max(first.row!, second.row!),
      endColumn: null,
    };
  }
  if (isCell(first) && second.row === null) {
    // "A2:F": from row 2 down to the last row
    return {
      sheetName,
      startRow: first.row!,
      startColumn: Math.min(first.column!, second.column!),
      endRow: null,
      endColumn: Math.max(first.column!, second.column!),
    };
  }
  return null;
}

/** A1 notation of a block; open ends print as Sheets prints them ("A:A", "2:5", "A2:F"). */
export function toA1(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  openEnds: { rows?: boolean; columns?: boolean } = {},
): string {
  const lastRow = row + numRows - 1;
  const lastColumn = column + numColumns - 1;
  if (openEnds.columns) return `${row}:${lastRow}`;
  if (openEnds.rows && row === 1) return `${columnToLetters(column)}:${columnToLetters(lastColumn)}`;
  if (openEnds.rows) return `${columnToLetters(column)}${row}:${columnToLetters(lastColumn)}`;
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(lastColumn)}${lastRow}`;
}
