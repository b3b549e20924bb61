// A fake Spreadsheet: its sheets, the active sheet, A1 lookups across sheets, and change notifications.

import { parseA1 } from './a1-notation';
import { requireWrite, type SandboxContext } from './context';
import { exception } from './errors';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';

/** Sheets refuses any change that would take a spreadsheet past 10 million cells. */
export const CELL_LIMIT = 10_000_000;

export type ChangeListener = (sheetName: string, a1: string) => void;

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class FakeSpreadsheet {
  private readonly sheets: FakeSheet[] = [];
  private activeSheet: FakeSheet;
  private nextSheetId = 0;
  private readonly listeners: ChangeListener[] = [];
  private readonly namedRanges = new Map<string, { name: string; range: FakeRange }>();
  readonly toasts: Toast[] = [];

  constructor(
    /** Shared sandbox state; not part of Apps Script's Spreadsheet. */
    readonly context: SandboxContext,
    private readonly id: string,
    private name: string,
  ) {
    this.activeSheet = this.addSheet('Sheet1', 0);
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(name: string): void {
    requireWrite(this.context, 'rename');
    this.name = String(name);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.context.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    requireWrite(this.context, 'setSpreadsheetTimeZone');
    this.context.timeZone = timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.context.locale;
  }

  getSheets(): FakeSheet[] {
    return this.context.realm.Array.from(this.sheets);
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.getName() === name) ?? null;
  }

  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.getSheetId() === id) ?? null;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(name, index) or insertSheet(index): a new 1000 × 26 sheet that
   * becomes the active one. Without a name it is called "Sheet<n>" with the first free n.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    requireWrite(this.context, 'insertSheet');
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this.checkNewSheetName(name, null);
    if (position !== undefined && (position < 0 || position > this.sheets.length)) {
      throw exception(`Invalid argument: sheetIndex`);
    }
    this.checkCellLimit(1000 * 26);
    const sheet = this.addSheet(name, position ?? this.sheets.length);
    this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    requireWrite(this.context, 'deleteSheet');
    const index = this.sheets.indexOf(sheet);
    if (index === -1) throw exception('Sheet not found');
    if (this.sheets.length === 1) {
      throw exception('You can\u2019t remove all the sheets in a document.');
    }
    this.sheets.splice(index, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0]!;
  }

  getActiveSheet(): FakeSheet {
    return this.activeSheet;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    requireWrite(this.context, 'setActiveSheet');
    if (!this.sheets.includes(sheet)) throw exception('Sheet not found');
    this.activeSheet = sheet;
    return sheet;
  }

  getActiveRange(): FakeRange {
    return this.activeSheet.getActiveRange();
  }

  setActiveRange(range: FakeRange): FakeRange {
    return range.getSheet().setActiveRange(range);
  }

  getCurrentCell(): FakeRange {
    return this.activeSheet.getCurrentCell();
  }

  getActiveCell(): FakeRange {
    return this.activeSheet.getCurrentCell();
  }

  /** A1 notation with an optional sheet name ("'Lead list'!A2:F"); without one, the active sheet. */
  getRange(a1: string): FakeRange {
    const reference = parseA1(String(a1));
    if (!reference) throw exception('Range not found');
    const sheet = reference.sheetName === null ? this.activeSheet : this.getSheetByName(reference.sheetName);
    if (!sheet) throw exception('Range not found');
    return sheet.rangeFromA1(a1);
  }

  /** Names a range, as Data → Named ranges does; names are letters, digits, _ and ., not cell references. */
  setNamedRange(name: string, range: FakeRange): void {
    requireWrite(this.context, 'setNamedRange');
    const text = String(name);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(text) || parseA1(text) !== null || /^(true|false)$/i.test(text)) {
      throw exception('Invalid argument: name');
    }
    this.namedRanges.set(text.toLowerCase(), { name: text, range });
  }

  getRangeByName(name: string): FakeRange | null {
    const named = this.namedRanges.get(String(name).toLowerCase());
    return named && this.sheets.includes(named.range.getSheet()) ? named.range : null;
  }

  removeNamedRange(name: string): void {
    requireWrite(this.context, 'removeNamedRange');
    if (!this.namedRanges.delete(String(name).toLowerCase())) throw exception('Invalid argument: name');
  }

  getDataRange(): FakeRange {
    return this.activeSheet.getDataRange();
  }

  getLastRow(): number {
    return this.activeSheet.getLastRow();
  }

  getLastColumn(): number {
    return this.activeSheet.getLastColumn();
  }

  toast(message: string, title?: string, timeoutSeconds?: number): void {
    requireWrite(this.context, 'toast');
    this.toasts.push({ message: String(message), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }

  /** Sandbox only: calls `listener(sheetName, a1)` after every write, e.g. to recalculate formulas. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index !== -1) this.listeners.splice(index, 1);
    };
  }

  notifyChange(sheet: FakeSheet, a1: string): void {
    for (const listener of this.listeners.slice()) listener(sheet.getName(), a1);
  }

  checkNewSheetName(name: string, renaming: FakeSheet | null): void {
    if (name.trim() === '') throw exception('Invalid argument: sheetName');
    if (name.length > 100) throw exception('The sheet name cannot be longer than 100 characters.');
    // Sheets compares sheet names without regard to case.
    const clash = this.sheets.find((s) => s !== renaming && s.getName().toLowerCase() === name.toLowerCase());
    if (clash) {
      throw exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  checkCellLimit(addedCells: number): void {
    const cells = this.sheets.reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
    if (cells + addedCells > CELL_LIMIT) {
      throw exception(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }

  private addSheet(name: string, position: number): FakeSheet {
    // The first sheet has id 0, as in Sheets; later ids are large and stable, like Sheets' random ones.
    const id = this.nextSheetId === 0 ? 0 : 1_000_000_000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new FakeSheet(this, name, id);
    this.sheets.splice(position, 0, sheet);
    return sheet;
  }
}
