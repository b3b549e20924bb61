// Row-major cell storage for one layer of a sheet (values, formulas, formats…): arrays per row, allocated lazily.

/**
 * Coordinates are 0-based. Rows that were never written are holes and rows may be shorter than the sheet is wide;
 * both read as `empty`. Keeping whole rows as arrays is what makes 500,000-row reads and writes cheap.
 */
export class CellGrid<T> {
  private rows: (T[] | undefined)[] = [];

  constructor(private readonly empty: T) {}

  get(row: number, column: number): T {
    const cells = this.rows[row];
    if (!cells || column >= cells.length) return this.empty;
    return cells[column] as T;
  }

  set(row: number, column: number, value: T): void {
    if (value === this.empty) {
      const cells = this.rows[row];
      if (cells && column < cells.length) cells[column] = value;
      return;
    }
    this.rowForWrite(row, column + 1)[column] = value;
  }

  /**
   * A fresh rows × columns copy built with `makeArray` (the add-on realm's Array); `map` lets the caller clone
   * non-empty values (Dates) on the way out.
   */
  readBlock(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    makeArray: (length: number) => T[],
    map?: (value: T) => T,
  ): T[][] {
    const block = makeArray(numRows) as unknown as T[][];
    const empty = this.empty;
    for (let r = 0; r < numRows; r++) {
      const cells = this.rows[row + r];
      const out = makeArray(numColumns);
      if (!cells) {
        out.fill(empty);
      } else {
        for (let c = 0; c < numColumns; c++) {
          const index = column + c;
          const value = index < cells.length ? (cells[index] as T) : empty;
          out[c] = map && value !== empty ? map(value) : value;
        }
      }
      block[r] = out;
    }
    return block;
  }

  /**
   * Writes a block whose shape the caller has already checked. With `adopt`, rows of the block become the sheet's
   * own rows where nothing was stored yet (the caller made them and will not touch them again).
   */
  writeBlock(row: number, column: number, block: readonly (readonly T[])[], adopt = false): void {
    for (let r = 0; r < block.length; r++) {
      const source = block[r]!;
      const existing = this.rows[row + r];
      if (!existing && column === 0) {
        this.rows[row + r] = adopt ? (source as T[]) : source.slice();
        continue;
      }
      const cells = this.rowForWrite(row + r, column + source.length);
      for (let c = 0; c < source.length; c++) cells[column + c] = source[c] as T;
    }
  }

  fillBlock(row: number, column: number, numRows: number, numColumns: number, value: T): void {
    for (let r = 0; r < numRows; r++) {
      if (value === this.empty && !this.rows[row + r]) continue;
      const cells = this.rowForWrite(row + r, column + numColumns);
      cells.fill(value, column, column + numColumns);
    }
  }

  /** Whether any cell of the block differs from empty. */
  hasContent(row: number, column: number, numRows: number, numColumns: number): boolean {
    for (let r = 0; r < numRows; r++) {
      const cells = this.rows[row + r];
      if (!cells) continue;
      const end = Math.min(cells.length, column + numColumns);
      for (let c = column; c < end; c++) if (cells[c] !== this.empty) return true;
    }
    return false;
  }

  /** 0-based index of the last row holding anything, or -1. */
  lastUsedRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const cells = this.rows[r];
      if (cells?.some((value) => value !== this.empty)) return r;
    }
    return -1;
  }

  /** 0-based index of the last column holding anything, or -1. */
  lastUsedColumn(): number {
    let last = -1;
    for (const cells of this.rows) {
      if (!cells || cells.length - 1 <= last) continue;
      for (let c = cells.length - 1; c > last; c--) {
        if (cells[c] !== this.empty) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    // concat rather than splice(...spread): a spread of 100,000s of arguments overflows the call stack.
    this.rows = this.rows.slice(0, at).concat(new Array<undefined>(count), this.rows.slice(at));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    const inserted = new Array<T>(count).fill(this.empty);
    for (let r = 0; r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (cells && at < cells.length) this.rows[r] = cells.slice(0, at).concat(inserted, cells.slice(at));
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) if (cells && at < cells.length) cells.splice(at, count);
  }

  clear(): void {
    this.rows = [];
  }

  private rowForWrite(row: number, minLength: number): T[] {
    let cells = this.rows[row];
    if (!cells) {
      cells = [];
      this.rows[row] = cells;
    }
    if (cells.length < minLength) {
      const start = cells.length;
      cells.length = minLength;
      cells.fill(this.empty, start);
    }
    return cells;
  }
}
