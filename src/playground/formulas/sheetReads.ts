// How a formula engine reads a sandbox spreadsheet: sizes, shown values, content and typed formulas, one sheet
// read the same way by the playground and the benchmark of live formulas.

import type { FakeSpreadsheet } from '../../sandbox';
import type { CellValue, FormulaHost } from './engine';

export type SheetReads = Pick<FormulaHost, 'sheetSize' | 'readRange' | 'hasContent' | 'formulasIn'>;

/** The reading half of a FormulaHost over `spreadsheet`'s sheets (the engine names only sheets that exist). */
export function sheetReads(spreadsheet: FakeSpreadsheet): SheetReads {
  const sheetOf = (name: string) => spreadsheet.getSheetByName(name);
  return {
    sheetSize: (name) => {
      const sheet = sheetOf(name);
      return sheet ? { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() } : undefined;
    },
    readRange: (name, area) =>
      sheetOf(name)!.values.readBlock(
        area.top - 1,
        area.left - 1,
        area.bottom - area.top + 1,
        area.right - area.left + 1,
        (n) => new Array<CellValue>(n),
        (value) => (typeof value === 'object' ? new Date(value.getTime()) : value),
      ),
    hasContent: (name, row, column) => {
      const sheet = sheetOf(name)!;
      return sheet.values.get(row - 1, column - 1) !== '' || sheet.formulas.get(row - 1, column - 1) !== '';
    },
    formulasIn: (name, area) => {
      const sheet = sheetOf(name)!;
      const found: Array<{ row: number; column: number; text: string }> = [];
      const bottom = Math.min(area.bottom, sheet.getLastRow());
      const right = Math.min(area.right, sheet.getLastColumn());
      for (let r = area.top; r <= bottom; r++) {
        for (let c = area.left; c <= right; c++) {
          const text = sheet.formulas.get(r - 1, c - 1);
          if (text) found.push({ row: r, column: c, text });
        }
      }
      return found;
    },
  };
}
