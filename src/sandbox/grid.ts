// Column-major cell storage for one layer of a sheet (values, formulas, formats, notes): one array per column.

/**
 * Coordinates are 0-based. Columns never written are missing and columns may be shorter than the sheet is tall;
 * both read as `empty`. Whole columns as arrays make 500,000-row writes a few tight loops with no per-row
 * allocation, and keep a typed column (all numbers, all dates) in one place.
 */
export class CellGrid<T> {
  private columns: (T[] | undefined)[] = [];

  constructor(private readonly empty: T) {}

  get(row: number, column: number): T {
    const cells = this.columns[column];
    if (cells === undefined || row >= cells.length) return this.empty;
    return cells[row];
  }

  set(row: number, column: number, value: T): void {
    if (value === this.empty) {
      const cells = this.columns[column];
      if (cells !== undefined && row < cells.length) cells[row] = value;
      return;
    }
    this.columnForWrite(column, row + 1)[row] = value;
  }

  /** The stored column, or undefined if nothing was ever written in it; for fast reads, never to be kept. */
  column(column: number): readonly T[] | undefined {
    return this.columns[column];
  }

  /** The column's array, at least `minLength` long, for a writer that fills many cells of it. */
  columnForWrite(column: number, minLength: number): T[] {
    let cells = this.columns[column];
    if (cells === undefined) {
      cells = [];
      this.columns[column] = cells;
    }
    if (cells.length < minLength) {
      const start = cells.length;
      cells.length = minLength;
      cells.fill(this.empty, start);
    }
    return cells;
  }

  /**
   * A fresh rows × columns copy built with `makeArray` (the add-on realm's Array); `cloneObject` copies object
   * values (Dates) on the way out.
   */
  readBlock(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    makeArray: (length: number) => T[],
    cloneObject?: (value: T) => T,
  ): T[][] {
    const empty = this.empty;
    const sources: (T[] | undefined)[] = [];
    for (let c = 0; c < numColumns; c++) sources.push(this.columns[column + c]);
    const block = makeArray(numRows) as unknown as T[][];
    for (let r = 0; r < numRows; r++) {
      const index = row + r;
      const out = makeArray(numColumns);
      for (let c = 0; c < numColumns; c++) {
        const cells = sources[c];
        let value = cells === undefined || index >= cells.length ? empty : cells[index];
        if (cloneObject !== undefined && typeof value === 'object' && value !== null)
          value = cloneObject(value);
        out[c] = value;
      }
      block[r] = out;
    }
    return block;
  }

  /** Writes a block whose shape the caller has already checked. */
  writeBlock(row: number, column: number, block: readonly (readonly T[])[]): void {
    const numColumns = block.length > 0 ? block[0].length : 0;
    for (let c = 0; c < numColumns; c++) {
      const cells = this.columnForWrite(column + c, row + block.length);
      for (let r = 0; r < block.length; r++) cells[row + r] = block[r][c];
    }
  }

  fillBlock(row: number, column: number, numRows: number, numColumns: number, value: T): void {
    for (let c = column; c < column + numColumns; c++) {
      if (value === this.empty) {
        const cells = this.columns[c];
        if (cells !== undefined) cells.fill(value, row, Math.min(row + numRows, cells.length));
      } else {
        this.columnForWrite(c, row + numRows).fill(value, row, row + numRows);
      }
    }
  }

  /** Whether any cell of the block differs from empty. */
  hasContent(row: number, column: number, numRows: number, numColumns: number): boolean {
    for (let c = column; c < column + numColumns; c++) {
      const cells = this.columns[c];
      if (cells === undefined) continue;
      const end = Math.min(cells.length, row + numRows);
      for (let r = row; r < end; r++) if (cells[r] !== this.empty) return true;
    }
    return false;
  }

  /** 0-based index of the last row holding anything, or -1. */
  lastUsedRow(): number {
    let last = -1;
    for (const cells of this.columns) {
      if (cells === undefined) continue;
      for (let r = cells.length - 1; r > last; r--) {
        if (cells[r] !== this.empty) {
          last = r;
          break;
        }
      }
    }
    return last;
  }

  /** 0-based index of the last column holding anything, or -1. */
  lastUsedColumn(): number {
    for (let c = this.columns.length - 1; c >= 0; c--) {
      const cells = this.columns[c];
      if (cells === undefined) continue;
      for (let r = cells.length - 1; r >= 0; r--) if (cells[r] !== this.empty) return c;
    }
    return -1;
  }

  insertRows(at: number, count: number): void {
    const inserted = new Array<T>(count).fill(this.empty);
    for (let c = 0; c < this.columns.length; c++) {
      const cells = this.columns[c];
      // concat rather than splice(...spread): a spread of 100,000s of arguments overflows the call stack.
      if (cells !== undefined && at < cells.length) {
        this.columns[c] = cells.slice(0, at).concat(inserted, cells.slice(at));
      }
    }
  }

  deleteRows(at: number, count: number): void {
    for (const cells of this.columns) if (cells !== undefined && at < cells.length) cells.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    if (at >= this.columns.length) return;
    this.columns = this.columns.slice(0, at).concat(new Array<undefined>(count), this.columns.slice(at));
  }

  deleteColumns(at: number, count: number): void {
    this.columns.splice(at, count);
  }

  clear(): void {
    this.columns = [];
  }
}
