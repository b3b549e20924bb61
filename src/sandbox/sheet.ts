// A fake Sheet: a grid of values, formulas, number formats and notes with Sheets' size rules.

import { columnToLetters, parseA1 } from './a1-notation';
import type { CellValue } from './cell-value';
import { requireWrite } from './context';
import { exception } from './errors';
import { CellGrid } from './grid';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

/** A new sheet in Sheets has 1,000 rows and 26 columns (A–Z). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class FakeSheet {
  /** Stored cells, 0-based. A formula cell keeps its formula in `formulas` and its last result in `values`. */
  readonly values = new CellGrid<CellValue>('');
  readonly formulas = new CellGrid<string>('');
  /** '' stands for the automatic format, which Apps Script reports as "General". */
  readonly formats = new CellGrid<string>('');
  readonly notes = new CellGrid<string>('');
  /** Font colours set with setFontColor; '' is Sheets' default, black. */
  readonly fontColors = new CellGrid<string>('');
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  private frozenRows = 0;
  private frozenColumns = 0;
  private hidden = false;
  /** Each sheet keeps its own selection, as Sheets restores it when you return to the tab. */
  private selection: FakeRange | null = null;

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    private readonly id: number,
  ) {}

  getName(): string {
    return this.name;
  }

  setName(name: string): FakeSheet {
    requireWrite(this.spreadsheet.context, 'setName');
    this.spreadsheet.checkNewSheetName(String(name), this);
    this.name = String(name);
    return this;
  }

  getSheetId(): number {
    return this.id;
  }

  getSheetName(): string {
    return this.name;
  }

  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.spreadsheet.getSheets().indexOf(this) + 1;
  }

  activate(): FakeSheet {
    requireWrite(this.spreadsheet.context, 'activate');
    this.spreadsheet.setActiveSheet(this);
    return this;
  }

  /** The selected block; A1 until something is selected. */
  getActiveRange(): FakeRange {
    return this.selection ?? new FakeRange(this, 1, 1, 1, 1);
  }

  /** Selects `range` (a block of this sheet) and makes this the active sheet. */
  setActiveRange(range: FakeRange): FakeRange {
    requireWrite(this.spreadsheet.context, 'setActiveRange');
    if (range.getSheet() !== this) throw exception('The range must be on the sheet it is selected in.');
    this.spreadsheet.setActiveSheet(this);
    this.selection = range;
    return range;
  }

  /** The cell with the cursor: the selection's top-left cell. */
  getCurrentCell(): FakeRange {
    return this.getActiveRange().getCell(1, 1);
  }

  getActiveCell(): FakeRange {
    return this.getCurrentCell();
  }

  hideSheet(): FakeSheet {
    requireWrite(this.spreadsheet.context, 'hideSheet');
    const visible = this.spreadsheet.getSheets().filter((sheet) => !sheet.isSheetHidden());
    if (visible.length === 1 && visible[0] === this) {
      throw exception('You can\u2019t hide all the sheets in a document.');
    }
    this.hidden = true;
    return this;
  }

  showSheet(): FakeSheet {
    requireWrite(this.spreadsheet.context, 'showSheet');
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  getType(): string {
    return 'GRID';
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation), as in Apps Script. */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
    return this.rangeAt(rowOrA1, column ?? Number.NaN, numRows ?? 1, numColumns ?? 1);
  }

  /** Checks a block the way Apps Script's getRange(row, column, numRows, numColumns) does. */
  rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (![row, column, numRows, numColumns].every(Number.isFinite)) {
      throw exception('The parameters (number,number,number,number) don\u2019t match the method signature.');
    }
    const [r, c, h, w] = [row, column, numRows, numColumns].map(Math.floor) as [
      number,
      number,
      number,
      number,
    ];
    if (r < 1) throw exception('The starting row of the range is too small.');
    if (c < 1) throw exception('The starting column of the range is too small.');
    if (h < 1) throw exception('The number of rows in the range must be at least 1.');
    if (w < 1) throw exception('The number of columns in the range must be at least 1.');
    if (r + h - 1 > this.maxRows || c + w - 1 > this.maxColumns) {
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, r, c, h, w);
  }

  rangeFromA1(a1: string): FakeRange {
    const reference = parseA1(String(a1));
    if (!reference) throw exception('Range not found');
    if (reference.sheetName !== null && reference.sheetName !== this.name) throw exception('Range not found');
    const endRow = reference.endRow ?? this.maxRows;
    const endColumn = reference.endColumn ?? this.maxColumns;
    if (endRow > this.maxRows || endColumn > this.maxColumns || reference.startRow > endRow) {
      throw exception('Range not found');
    }
    if (reference.startColumn > endColumn) throw exception('Range not found');
    return new FakeRange(
      this,
      reference.startRow,
      reference.startColumn,
      endRow - reference.startRow + 1,
      endColumn - reference.startColumn + 1,
      { rows: reference.endRow === null, columns: reference.endColumn === null },
    );
  }

  /** From A1 to the last row and column holding anything (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(this.getLastRow(), 1), Math.max(this.getLastColumn(), 1));
  }

  /** The last row holding a value or a formula; formats and notes do not count, as in Sheets. 0 when empty. */
  getLastRow(): number {
    return Math.max(this.values.lastUsedRow(), this.formulas.lastUsedRow()) + 1;
  }

  getLastColumn(): number {
    return Math.max(this.values.lastUsedColumn(), this.formulas.lastUsedColumn()) + 1;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenRows(rows: number): FakeSheet {
    requireWrite(this.spreadsheet.context, 'setFrozenRows');
    if (rows < 0 || rows >= this.maxRows) {
      throw exception('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.frozenRows = Math.floor(rows);
    return this;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  setFrozenColumns(columns: number): FakeSheet {
    requireWrite(this.spreadsheet.context, 'setFrozenColumns');
    if (columns < 0 || columns >= this.maxColumns) {
      throw exception('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.frozenColumns = Math.floor(columns);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.insertRows(afterPosition, howMany, 'insertRowsAfter');
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRows(afterPosition, 1, 'insertRowAfter');
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.insertRows(beforePosition - 1, howMany, 'insertRowsBefore');
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRows(beforePosition - 1, 1, 'insertRowBefore');
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.insertColumns(afterPosition, howMany, 'insertColumnsAfter');
  }

  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.insertColumns(afterPosition, 1, 'insertColumnAfter');
  }

  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.insertColumns(beforePosition - 1, howMany, 'insertColumnsBefore');
  }

  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.insertColumns(beforePosition - 1, 1, 'insertColumnBefore');
  }

  deleteRows(rowPosition: number, howMany: number): void {
    requireWrite(this.spreadsheet.context, 'deleteRows');
    this.checkSpan(rowPosition, howMany, this.maxRows, 'row');
    if (howMany >= this.maxRows) throw exception('Sorry, it is not possible to delete all non-frozen rows.');
    for (const grid of this.grids()) grid.deleteRows(rowPosition - 1, howMany);
    this.maxRows -= howMany;
    this.notifyShift('rows', rowPosition);
  }

  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    requireWrite(this.spreadsheet.context, 'deleteColumns');
    this.checkSpan(columnPosition, howMany, this.maxColumns, 'column');
    if (howMany >= this.maxColumns) {
      throw exception('Sorry, it is not possible to delete all non-frozen columns.');
    }
    for (const grid of this.grids()) grid.deleteColumns(columnPosition - 1, howMany);
    this.maxColumns -= howMany;
    this.notifyShift('columns', columnPosition);
  }

  deleteColumn(columnPosition: number): void {
    this.deleteColumns(columnPosition, 1);
  }

  /** Writes one row below the last row with content, adding a row to the sheet when it is full, as Sheets does. */
  appendRow(rowContents: unknown[]): FakeSheet {
    requireWrite(this.spreadsheet.context, 'appendRow');
    if (!Array.isArray(rowContents)) {
      throw exception(
        'The parameters (String) don\u2019t match the method signature for SpreadsheetApp.Sheet.appendRow.',
      );
    }
    if (rowContents.length === 0) return this;
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.growRows(row - this.maxRows);
    if (rowContents.length > this.maxColumns) this.growColumns(rowContents.length - this.maxColumns);
    new FakeRange(this, row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  /** Clears values, formulas, formats and notes. */
  clear(): FakeSheet {
    requireWrite(this.spreadsheet.context, 'clear');
    for (const grid of this.grids()) grid.clear();
    this.spreadsheet.notifyChange(this, this.wholeSheetA1());
    return this;
  }

  clearContents(): FakeSheet {
    requireWrite(this.spreadsheet.context, 'clearContents');
    this.values.clear();
    this.formulas.clear();
    this.spreadsheet.notifyChange(this, this.wholeSheetA1());
    return this;
  }

  clearFormats(): FakeSheet {
    requireWrite(this.spreadsheet.context, 'clearFormats');
    this.formats.clear();
    this.fontColors.clear();
    return this;
  }

  clearNotes(): FakeSheet {
    requireWrite(this.spreadsheet.context, 'clearNotes');
    this.notes.clear();
    return this;
  }

  // Presentation calls Sheets accepts and the sandbox does not model: they change nothing a script can read back.
  autoResizeColumns(_startColumn: number, _numColumns: number): FakeSheet {
    requireWrite(this.spreadsheet.context, 'autoResizeColumns');
    return this;
  }

  autoResizeColumn(_columnPosition: number): FakeSheet {
    requireWrite(this.spreadsheet.context, 'autoResizeColumn');
    return this;
  }

  setColumnWidth(_columnPosition: number, _width: number): FakeSheet {
    requireWrite(this.spreadsheet.context, 'setColumnWidth');
    return this;
  }

  setTabColor(_color: string | null): FakeSheet {
    requireWrite(this.spreadsheet.context, 'setTabColor');
    return this;
  }

  /** Inserting or deleting moves every cell from `first` to the sheet's end: listeners hear of all of them. */
  private notifyShift(what: 'rows' | 'columns', first: number): void {
    const a1 =
      what === 'rows'
        ? `${Math.min(first, this.maxRows)}:${this.maxRows}`
        : `${columnToLetters(Math.min(first, this.maxColumns))}:${columnToLetters(this.maxColumns)}`;
    this.spreadsheet.notifyChange(this, a1);
  }

  private wholeSheetA1(): string {
    return new FakeRange(this, 1, 1, this.maxRows, this.maxColumns).getA1Notation();
  }

  private grids(): CellGrid<unknown>[] {
    return [this.values, this.formulas, this.formats, this.notes, this.fontColors] as CellGrid<unknown>[];
  }

  private checkSpan(position: number, howMany: number, max: number, what: 'row' | 'column'): void {
    if (!(position >= 1) || !(howMany >= 1) || position + howMany - 1 > max) {
      throw exception(`Those ${what}s are out of bounds.`);
    }
  }

  private insertRows(after: number, howMany: number, method: string): FakeSheet {
    requireWrite(this.spreadsheet.context, method);
    if (!(after >= 0) || after > this.maxRows || !(howMany >= 1)) {
      throw exception(
        `The parameters (number,number) don\u2019t match the method signature for SpreadsheetApp.Sheet.${method}.`,
      );
    }
    this.spreadsheet.checkCellLimit(howMany * this.maxColumns);
    for (const grid of this.grids()) grid.insertRows(after, howMany);
    this.maxRows += howMany;
    this.notifyShift('rows', after + 1);
    return this;
  }

  private insertColumns(after: number, howMany: number, method: string): FakeSheet {
    requireWrite(this.spreadsheet.context, method);
    if (!(after >= 0) || after > this.maxColumns || !(howMany >= 1)) {
      throw exception('Those columns are out of bounds.');
    }
    this.spreadsheet.checkCellLimit(howMany * this.maxRows);
    for (const grid of this.grids()) grid.insertColumns(after, howMany);
    this.maxColumns += howMany;
    this.notifyShift('columns', after + 1);
    return this;
  }

  private growRows(howMany: number): void {
    this.spreadsheet.checkCellLimit(howMany * this.maxColumns);
    this.maxRows += howMany;
  }

  private growColumns(howMany: number): void {
    this.spreadsheet.checkCellLimit(howMany * this.maxRows);
    this.maxColumns += howMany;
  }
}
