// An in-memory spreadsheet and a few add-on functions for testing the formula engine without the sandbox.

import type { Area } from '../../../src/playground/formulas/a1';
import { type CellValue, FormulaEngine, type FormulaHost } from '../../../src/playground/formulas/engine';

const at = (sheet: string, row: number, column: number) => `${sheet}!${row},${column}`;

export class MemoryBook implements FormulaHost {
  /** What was typed (values and formula texts) and what each cell shows. */
  readonly typed = new Map<string, CellValue>();
  readonly values = new Map<string, CellValue>();
  readonly sizes = new Map<string, { rows: number; columns: number }>();
  /** The number format each result cell was given ('' automatic). */
  readonly formats = new Map<string, string>();
  now = new Date('2026-01-15T09:00:00Z');
  timeZone = 'UTC';
  readonly engine: FormulaEngine;

  constructor(
    sheets: Record<string, { rows: number; columns: number }>,
    readonly functions: Record<string, (...args: unknown[]) => unknown>,
  ) {
    for (const [name, size] of Object.entries(sheets)) this.sizes.set(name, size);
    this.engine = new FormulaEngine(this);
  }

  /** Types a value or a formula into a cell, as a person would, and lets the engine recalculate. */
  type(sheet: string, a1: string, value: CellValue): void {
    const { row, column } = cell(a1);
    this.typed.set(at(sheet, row, column), value);
    this.values.set(at(sheet, row, column), typeof value === 'string' && value.startsWith('=') ? '' : value);
    this.engine.edited(sheet, { top: row, left: column, bottom: row, right: column });
  }

  /**
   * Writes several cells as one add-on call does (values, or '' to clear), and only then lets the engine
   * recalculate, once, as Sheets does when the call ends.
   */
  writeAll(sheet: string, cells: Record<string, CellValue>): void {
    const areas = Object.entries(cells).map(([a1, value]) => {
      const { row, column } = cell(a1);
      this.typed.set(at(sheet, row, column), value);
      this.values.set(at(sheet, row, column), value);
      return { sheet, area: { top: row, left: column, bottom: row, right: column } };
    });
    this.engine.editedAll(areas);
  }

  shown(sheet: string, a1: string): CellValue {
    const { row, column } = cell(a1);
    return this.values.get(at(sheet, row, column)) ?? '';
  }

  sheetSize(sheet: string) {
    return this.sizes.get(sheet);
  }

  readRange(sheet: string, area: Area): CellValue[][] {
    const rows: CellValue[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line: CellValue[] = [];
      for (let c = area.left; c <= area.right; c++) line.push(this.values.get(at(sheet, r, c)) ?? '');
      rows.push(line);
    }
    return rows;
  }

  hasContent(sheet: string, row: number, column: number): boolean {
    return (
      (this.typed.get(at(sheet, row, column)) ?? '') !== '' ||
      (this.values.get(at(sheet, row, column)) ?? '') !== ''
    );
  }

  writeResult(sheet: string, row: number, column: number, value: CellValue, format?: string): void {
    this.values.set(at(sheet, row, column), value);
    this.formats.set(at(sheet, row, column), format ?? '');
  }

  format(sheet: string, a1: string): string {
    const { row, column } = cell(a1);
    return this.formats.get(at(sheet, row, column)) ?? '';
  }

  clock() {
    return { now: this.now, timeZone: this.timeZone };
  }

  formulasIn(sheet: string, area: Area) {
    const found: Array<{ row: number; column: number; text: string }> = [];
    for (const [key, value] of this.typed) {
      const [name, place] = key.split('!') as [string, string];
      const [row, column] = place.split(',').map(Number) as [number, number];
      const inside = row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
      if (name === sheet && inside && typeof value === 'string' && value.startsWith('=')) {
        found.push({ row, column, text: value });
      }
    }
    return found;
  }

  hasFunction(name: string): boolean {
    return Object.hasOwn(this.functions, name);
  }

  callFunction(name: string, args: unknown[]): unknown {
    return this.functions[name](...args);
  }
}

function cell(a1: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}
