// A1 notation as Sheets writes it: cell and range references, open-ended ranges like A2:F and A:A.

import { columnLetter, columnNumber } from '../../core/columnLetters';

/** A rectangle of cells, 1-based and inclusive; `Infinity` for an open end (`A2:F` runs to the sheet's last row). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A reference as written in a formula: an optional sheet name, an area, and whether it names a single cell. */
export interface RangeRef {
  sheet?: string;
  area: Area;
  /** `A1` (passed to a function as a scalar) rather than a range (passed as a 2-D array, even `A1:A1`). */
  singleCell: boolean;
}

/** Sheets' largest column is ZZZ (18,278). */
const maxColumn = 18278;

/** `B3` for row 3, column 2. */
export function cellName(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

interface Endpoint {
  column?: number;
  row?: number;
}

const endpointPattern = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseEndpoint(text: string): Endpoint | undefined {
  const match = endpointPattern.exec(text);
  if (!match || (!match[1] && !match[2])) return undefined;
  const column = match[1] ? columnNumber(match[1]) : undefined;
  const row = match[2] ? Number(match[2]) : undefined;
  if ((column !== undefined && column > maxColumn) || row === 0) return undefined;
  return { column, row };
}

/**
 * Parses the part after the sheet name: `A1`, `$A$1`, `A1:F20`, `A2:F`, `A:A`, `3:3`.
 * Returns undefined for text that is not a reference (`A`, `LOG10`, `A1B`).
 */
export function parseA1(text: string): RangeRef | undefined {
  const [startText, endText, extra] = text.split(':');
  if (extra !== undefined) return undefined;
  const start = parseEndpoint(startText);
  if (!start) return undefined;
  if (endText === undefined) {
    if (start.column === undefined || start.row === undefined) return undefined;
    const area = { top: start.row, left: start.column, bottom: start.row, right: start.column };
    return { area, singleCell: true };
  }
  const end = parseEndpoint(endText);
  if (!end) return undefined;
  const kinds = `${kindOf(start)}:${kindOf(end)}`;
  // Cells and whole columns mix (`A2:F`, `A:F10`); whole rows go only with whole rows (`2:5`).
  if (!['cell:cell', 'cell:column', 'column:column', 'column:cell', 'row:row'].includes(kinds))
    return undefined;
  const rows = orderedPair(start.row, end.row);
  const columns = orderedPair(start.column, end.column);
  return {
    area: { top: rows[0], bottom: rows[1], left: columns[0], right: columns[1] },
    singleCell: false,
  };
}

function kindOf(endpoint: Endpoint): 'cell' | 'column' | 'row' {
  if (endpoint.column === undefined) return 'row';
  return endpoint.row === undefined ? 'column' : 'cell';
}

/** Both ends given: in order. Only the start: from it to the open end (`A2:F`). Only the end: from 1 (`A:F10`). */
function orderedPair(a: number | undefined, b: number | undefined): [number, number] {
  if (a !== undefined && b !== undefined) return a <= b ? [a, b] : [b, a];
  if (b !== undefined) return [1, b];
  return [a ?? 1, Number.POSITIVE_INFINITY];
}

/** Writes an area back in A1 notation (open ends dropped as Sheets writes them: `A2:F`, `A:A`). */
export function formatArea(area: Area): string {
  const start = cellName(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return start;
  const bottom = Number.isFinite(area.bottom) ? String(area.bottom) : '';
  const right = Number.isFinite(area.right) ? columnLetter(area.right) : '';
  if (area.top === 1 && !bottom) return `${columnLetter(area.left)}:${right}`;
  return `${start}:${right}${bottom}`;
}

/** True when two areas share a cell. */
export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** True when the area holds the cell. */
export function contains(area: Area, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}

/** The area with its open ends cut at the sheet's grid size, as Sheets does before passing it. */
export function cropToGrid(area: Area, rows: number, columns: number): Area {
  return {
    top: area.top,
    left: area.left,
    bottom: Math.min(area.bottom, rows),
    right: Math.min(area.right, columns),
  };
}
