// A fake Range: a block of one sheet, read and written as Sheets-shaped 2-D arrays.

import { toA1 } from './a1-notation';
import {
  type CellValue,
  interpretText,
  percentFormatFor,
  readCommaNumber,
  readDateText,
  toStoredValue,
  usesCommaDecimal,
} from './cell-value';
import { requireWrite } from './context';
import { exception } from './errors';
import { formatCellForDisplay, GENERAL_FORMAT } from './number-format';
import type { FakeSheet } from './sheet';
import { zonedTimeToUtc } from './time-zone';

/** The format Sheets gives a cell when a script writes a Date into an automatically formatted cell. */
const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
const FONT_WEIGHTS = new Set(['bold', 'normal']);

type Grid2D = unknown[][];

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
    /** Whether the A1 notation left the rows or the columns open ("A2:F", "A:A", "2:5"). */
    private readonly openEnds: { rows?: boolean; columns?: boolean } = {},
  ) {}

  getSheet(): FakeSheet {
    return this.sheet;
  }

  getGridId(): number {
    return this.sheet.getSheetId();
  }

  getRow(): number {
    return this.row;
  }

  getRowIndex(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getA1Notation(): string {
    return toA1(this.row, this.column, this.numRows, this.numColumns, this.openEnds);
  }

  /** A block shifted from this one; its size defaults to this one's. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet.rangeAt(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }

  /** One cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw exception('Cell reference out of range');
    }
    return new FakeRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }

  /** Selects this range, as clicking it would. */
  activate(): FakeRange {
    this.sheet.setActiveRange(this);
    return this;
  }

  // ── values ──

  getValues(): CellValue[][] {
    const realm = this.realm();
    return this.sheet.values.readBlock(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      (length) => new realm.Array<CellValue>(length),
      (value) => (typeof value === 'object' ? new realm.Date(value.getTime()) : value),
    );
  }

  getValue(): CellValue {
    const value = this.sheet.values.get(this.row - 1, this.column - 1);
    return typeof value === 'object' ? new (this.realm().Date)(value.getTime()) : value;
  }

  /**
   * Writes a rows × columns array. Like Sheets, a string starting with "=" becomes a formula, "42" a number and
   * "'42" the text 42; a Date gets a date-time format when the cell had none.
   */
  setValues(values: unknown): FakeRange {
    this.checkWrite('setValues');
    this.checkShape(values, 'setValues');
    this.writeValues(values as Grid2D);
    return this;
  }

  /** Sets every cell of the range to the same value, as Apps Script's setValue does. */
  setValue(value: unknown): FakeRange {
    this.checkWrite('setValue');
    this.writeValues(this.filled(value));
    return this;
  }

  getFormulas(): string[][] {
    const realm = this.realm();
    return this.sheet.formulas.readBlock(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      (length) => new realm.Array<string>(length),
    );
  }

  getFormula(): string {
    return this.sheet.formulas.get(this.row - 1, this.column - 1);
  }

  /** Text that does not start with "=" is written as a value, as in Apps Script. */
  setFormulas(formulas: unknown): FakeRange {
    this.checkWrite('setFormulas');
    this.checkShape(formulas, 'setFormulas');
    this.writeValues(
      (formulas as Grid2D).map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
    );
    return this;
  }

  setFormula(formula: unknown): FakeRange {
    this.checkWrite('setFormula');
    return this.setFormulas(this.filled(formula === null ? '' : String(formula)));
  }

  getDisplayValues(): string[][] {
    const realm = this.realm();
    const values = this.sheet.values.readBlock(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      (n) => new Array<CellValue>(n),
    );
    const formats = this.sheet.formats;
    const timeZone = this.sheet.getParent().getSpreadsheetTimeZone();
    const out = new realm.Array<string[]>(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const source = values[r];
      const line = new realm.Array<string>(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) {
        const value = source[c];
        line[c] =
          value === ''
            ? ''
            : typeof value === 'string'
              ? value
              : formatCellForDisplay(value, formats.get(this.row - 1 + r, this.column - 1 + c), timeZone);
      }
      out[r] = line;
    }
    return out;
  }

  getDisplayValue(): string {
    return this.getCell(1, 1).getDisplayValues()[0][0];
  }

  isBlank(): boolean {
    const r = this.row - 1;
    const c = this.column - 1;
    return (
      !this.sheet.values.hasContent(r, c, this.numRows, this.numColumns) &&
      !this.sheet.formulas.hasContent(r, c, this.numRows, this.numColumns)
    );
  }

  // ── number formats ──

  getNumberFormats(): string[][] {
    const realm = this.realm();
    const formats = this.sheet.formats.readBlock(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      (length) => new realm.Array<string>(length),
    );
    for (const line of formats)
      for (let c = 0; c < line.length; c++) if (line[c] === '') line[c] = GENERAL_FORMAT;
    return formats;
  }

  getNumberFormat(): string {
    return this.sheet.formats.get(this.row - 1, this.column - 1) || GENERAL_FORMAT;
  }

  setNumberFormat(format: string): FakeRange {
    this.checkWrite('setNumberFormat');
    const stored = format === GENERAL_FORMAT ? '' : String(format);
    this.sheet.formats.fillBlock(this.row - 1, this.column - 1, this.numRows, this.numColumns, stored);
    return this;
  }

  setNumberFormats(formats: unknown): FakeRange {
    this.checkWrite('setNumberFormats');
    this.checkShape(formats, 'setNumberFormats');
    const stored = (formats as Grid2D).map((line) =>
      line.map((format) => (format === GENERAL_FORMAT ? '' : String(format ?? ''))),
    );
    this.sheet.formats.writeBlock(this.row - 1, this.column - 1, stored);
    return this;
  }

  // ── notes ──

  getNote(): string {
    return this.sheet.notes.get(this.row - 1, this.column - 1);
  }

  getNotes(): string[][] {
    const realm = this.realm();
    return this.sheet.notes.readBlock(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      (length) => new realm.Array<string>(length),
    );
  }

  setNote(note: string | null): FakeRange {
    this.checkWrite('setNote');
    this.sheet.notes.fillBlock(this.row - 1, this.column - 1, this.numRows, this.numColumns, note ?? '');
    return this;
  }

  clearNote(): FakeRange {
    return this.setNote('');
  }

  // ── clearing ──

  clearContent(): FakeRange {
    this.checkWrite('clearContent');
    this.clearBlock(this.sheet.values, '');
    this.clearBlock(this.sheet.formulas, '');
    this.notify();
    return this;
  }

  clearFormat(): FakeRange {
    this.checkWrite('clearFormat');
    this.clearBlock(this.sheet.formats, '');
    this.clearBlock(this.sheet.fontColors, '');
    return this;
  }

  /** Clears contents and formats (and notes, with no options), as Range.clear() does. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean }): FakeRange {
    this.checkWrite('clear');
    if (!options || options.contentsOnly || !options.formatOnly) this.clearContent();
    if (!options || options.formatOnly || !options.contentsOnly) this.clearFormat();
    if (!options || options.commentsOnly) this.clearNote();
    return this;
  }

  // Presentation calls Sheets accepts: the sandbox keeps font colours only, so the others cannot be read back.
  setFontWeight(fontWeight: string | null): FakeRange {
    this.checkWrite('setFontWeight');
    if (fontWeight !== null && !FONT_WEIGHTS.has(fontWeight)) {
      throw exception(`Invalid argument: fontWeight`);
    }
    return this;
  }

  setFontStyle(_fontStyle: string | null): FakeRange {
    this.checkWrite('setFontStyle');
    return this;
  }

  setFontColor(color: string | null): FakeRange {
    this.checkWrite('setFontColor');
    const stored = color === null ? '' : String(color).toLowerCase();
    this.sheet.fontColors.fillBlock(this.row - 1, this.column - 1, this.numRows, this.numColumns, stored);
    return this;
  }

  /** The top-left cell's font colour as CSS hex; Sheets reports the default as "#000000". */
  getFontColor(): string {
    return this.sheet.fontColors.get(this.row - 1, this.column - 1) || '#000000';
  }

  getFontColors(): string[][] {
    const realm = this.realm();
    const colors = this.sheet.fontColors.readBlock(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      (length) => new realm.Array<string>(length),
    );
    for (const line of colors) for (let c = 0; c < line.length; c++) line[c] ||= '#000000';
    return colors;
  }

  setBackground(_color: string | null): FakeRange {
    this.checkWrite('setBackground');
    return this;
  }

  setHorizontalAlignment(_alignment: string | null): FakeRange {
    this.checkWrite('setHorizontalAlignment');
    return this;
  }

  setWrap(_isWrapEnabled: boolean): FakeRange {
    this.checkWrite('setWrap');
    return this;
  }

  // ── internals ──

  private checkWrite(method: string): void {
    requireWrite(this.sheet.getParent().context, method);
  }

  private realm() {
    return this.sheet.getParent().context.realm;
  }

  private filled(value: unknown): unknown[][] {
    return Array.from({ length: this.numRows }, () => new Array<unknown>(this.numColumns).fill(value));
  }

  /** Apps Script's shape checks, with its messages. */
  private checkShape(values: unknown, method: string): void {
    if (!Array.isArray(values) || values.some((line) => !Array.isArray(line))) {
      const sample: unknown = Array.isArray(values) ? values.find((line) => !Array.isArray(line)) : values;
      const type = sample === null ? 'null' : typeof sample === 'object' ? 'Object' : typeof sample;
      const described = Array.isArray(values) ? `${type}[]` : type;
      throw exception(
        `The parameters (${described}) don\u2019t match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== this.numRows) {
      throw exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values as unknown[][]) {
      if (line.length !== this.numColumns) {
        throw exception(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private writeValues(values: Grid2D): void {
    const sheet = this.sheet;
    const top = this.row - 1;
    const left = this.column - 1;
    const numRows = this.numRows;
    const formats = sheet.formats;
    const spreadsheet = sheet.getParent();
    // Written straight into the sheet's columns: no copy of the block is made on the way.
    const targets: CellValue[][] = [];
    const formatColumns: (string[] | undefined)[] = [];
    for (let c = 0; c < this.numColumns; c++) {
      targets.push(sheet.values.columnForWrite(left + c, top + numRows));
      formatColumns.push(formats.column(left + c) as string[] | undefined);
    }
    const formatAt = (r: number, c: number) => formatColumns[c]?.[top + r] ?? '';
    const setFormat = (r: number, c: number, format: string) => {
      const column = (formatColumns[c] ??= formats.columnForWrite(left + c, top + numRows));
      if (column.length < top + numRows) formats.columnForWrite(left + c, top + numRows);
      column[top + r] = format;
    };
    let formulaCells: [number, number, string][] | null = null;
    const locale = spreadsheet.getSpreadsheetLocale();
    const commaDecimal = usesCommaDecimal(locale);
    for (let r = 0; r < numRows; r++) {
      const source = values[r];
      for (let c = 0; c < this.numColumns; c++) {
        const raw = source[c];
        let value: CellValue;
        if (typeof raw === 'number' && Number.isFinite(raw)) {
          value = raw;
        } else if (typeof raw === 'string') {
          value = raw;
          if (raw.length > 1 && raw.charCodeAt(0) === 61) {
            // "=…" is a formula, as when typed
            (formulaCells ??= []).push([r, c, raw]);
            value = '';
          } else {
            // A comma-decimal locale reads "1,5" as 1.5 and "4.5" as a date, never as 4.5.
            const read = commaDecimal
              ? (readCommaNumber(raw, locale) ?? (/[.,]/.test(raw) ? raw : interpretText(raw)))
              : interpretText(raw);
            if (read !== raw && formatAt(r, c) !== '@') {
              value = read;
              if (typeof read === 'number' && raw.trimEnd().endsWith('%'))
                setFormat(r, c, percentFormatFor(raw));
            } else if (read === raw && startsWithDigit(raw) && formatAt(r, c) !== '@') {
              const date = readDateText(raw, locale, spreadsheet.context.clock.now().getUTCFullYear());
              if (date) {
                value = new Date(zonedTimeToUtc(date, spreadsheet.getSpreadsheetTimeZone()));
                setFormat(r, c, date.format);
              }
            }
          }
        } else {
          value = toStoredValue(raw);
          if (typeof value === 'object' && formatAt(r, c) === '') setFormat(r, c, DATE_TIME_FORMAT);
        }
        targets[c][top + r] = value;
      }
    }
    this.clearBlock(sheet.formulas, '');
    for (const [r, c, formula] of formulaCells ?? []) sheet.formulas.set(top + r, left + c, formula);
    this.notify();
  }

  private clearBlock<T>(
    grid: { fillBlock(r: number, c: number, h: number, w: number, v: T): void },
    empty: T,
  ) {
    grid.fillBlock(this.row - 1, this.column - 1, this.numRows, this.numColumns, empty);
  }

  private notify(): void {
    this.sheet.getParent().notifyChange(this.sheet, this.getA1Notation());
  }
}
