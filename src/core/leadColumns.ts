// Reads the leads' columns in one pass over the rows: each distinct cell gets a code, once, with what rules give it.

import { type CellValue, isBlank, isDate } from './cellValue';
import { InputError } from './inputError';
import { quantity } from './plural';

/** Leads as columns: `names[j]` is the header of `columns[j]`; every column holds one cell per lead. */
export interface LeadTable {
  names: readonly string[];
  columns: readonly (readonly CellValue[])[];
}

/**
 * Leads as the rows of a range, read in place: leads are `rows[first]` to `rows[first + count - 1]`, `names[j]`
 * heads cell j of each. A range of a million rows is then scored without copying it into columns.
 */
export interface LeadRows {
  names: readonly string[];
  rows: readonly (readonly CellValue[])[];
  first: number;
  count: number;
}

/** What a distinct cell of a column is worth: the points of the rules it meets, and those rules (ascending). */
export type CellWorth = (cell: CellValue) => { points: number; rules: readonly number[] };

/**
 * A column dictionary-encoded by content: one code per lead (none when they were not kept); per code, the first
 * cell seen with it (`samples`, the column's distinct cells), and its points and rules from the column's CellWorth.
 */
export interface EncodedColumn {
  codes: Int32Array;
  samples: readonly CellValue[];
  points: Float64Array;
  rulesOf: readonly (readonly number[])[];
}

/** The read columns by index; per lead, whether those cells are all blank, and the sum of their points. */
export interface ReadColumns {
  columns: ReadonlyMap<number, EncodedColumn>;
  blank: Uint8Array;
  sums: Float64Array;
}

const noRules: readonly number[] = Object.freeze([]);

/** Grows a typed array to twice its length when `index` is past its end. */
function roomFor<T extends Float64Array | Uint8Array>(
  array: T,
  index: number,
  make: (length: number) => T,
): T {
  if (index < array.length) return array;
  const grown = make(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * Encodes a column by exact content (the same text with other spaces or case is another code, which is harmless:
 * each code is matched against the rules once). Dates are keyed by their time, empty cells share one code.
 */
class ColumnEncoder implements EncodedColumn {
  readonly codes: Int32Array;
  readonly samples: CellValue[] = [];
  readonly rulesOf: (readonly number[])[] = [];
  points = new Float64Array(16);
  /** 1 for each code whose cell is blank. */
  blankOf = new Uint8Array(16);
  /** Code by the cell itself (a text, number or boolean is its own key), so a repeated cell costs one look-up. */
  private readonly codeOf = new Map<unknown, number>();

  constructor(
    count: number,
    private readonly worth: CellWorth | undefined,
  ) {
    this.codes = new Int32Array(count);
  }

  code(cell: CellValue): number {
    const code = this.codeOf.get(cell);
    return code === undefined ? this.newCell(cell) : code;
  }

  /** The code of a cell not looked up before: a new one, or a Date's of the same time, or the empty cells' one. */
  private newCell(cell: CellValue): number {
    const primitive = typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean';
    const key = primitive ? cell : isDate(cell) ? `\u0000${cell.getTime()}` : '';
    let code = this.codeOf.get(key);
    if (code === undefined) {
      code = this.samples.length;
      this.codeOf.set(key, code);
      this.samples.push(cell);
      this.blankOf = roomFor(this.blankOf, code, (n) => new Uint8Array(n));
      this.blankOf[code] = isBlank(cell) ? 1 : 0;
      this.points = roomFor(this.points, code, (n) => new Float64Array(n));
      const worth = this.worth?.(cell);
      this.points[code] = worth?.points ?? 0;
      this.rulesOf.push(worth?.rules ?? noRules);
    }
    // Every Date is an object of its own, so it is keyed by its time only, never by itself.
    if (!primitive && !isDate(cell)) this.codeOf.set(cell, code);
    return code;
  }
}

/** How many leads the table holds; columns of unequal length throw an InputError. */
export function leadCount(leads: LeadTable | LeadRows): number {
  if (!('columns' in leads)) return leads.count;
  const count = leads.columns[0]?.length ?? 0;
  leads.columns.forEach((column, j) => {
    if (column.length !== count) {
      throw new InputError(
        `Column "${leads.names[j]}" has ${quantity(column.length, 'lead')} but the first has ${count}.`,
      );
    }
  });
  return count;
}

/**
 * Encodes the given columns, each distinct cell weighed by `worthOf(column)` when it first shows, and sums each
 * lead's points over them in the order given; each lead's codes are kept when `keepCodes` (to explain the scores).
 * Rows are read in one pass, each row once (not once per column), and never copied.
 * @example readColumns(rows, [0, 2], () => undefined).columns.get(2)?.samples // ['Google', 'Ads']
 */
export function readColumns(
  leads: LeadTable | LeadRows,
  columns: readonly number[],
  worthOf: (column: number) => CellWorth | undefined,
  keepCodes = true,
): ReadColumns {
  const count = leadCount(leads);
  const encoders = columns.map((j) => new ColumnEncoder(keepCodes ? count : 0, worthOf(j)));
  const blank = new Uint8Array(count).fill(1);
  const sums = new Float64Array(count);
  if ('columns' in leads) {
    columns.forEach((j, k) => {
      const column = leads.columns[j];
      const encoder = encoders[k];
      for (let i = 0; i < count; i++) {
        const code = encoder.code(column[i]);
        if (keepCodes) encoder.codes[i] = code;
        blank[i] &= encoder.blankOf[code];
        sums[i] += encoder.points[code];
      }
    });
  } else {
    const { rows, first } = leads;
    const width = columns.length;
    for (let i = 0; i < count; i++) {
      const row = rows[first + i];
      let all = 1;
      let sum = 0;
      for (let k = 0; k < width; k++) {
        const encoder = encoders[k];
        const code = encoder.code(row[columns[k]]);
        if (keepCodes) encoder.codes[i] = code;
        if (all === 1) all = encoder.blankOf[code];
        sum += encoder.points[code];
      }
      blank[i] = all;
      sums[i] = sum;
    }
  }
  return { columns: new Map(columns.map((j, k) => [j, encoders[k]])), blank, sums };
}

/** Column j of either form, as a function of the lead (only for the cold paths). */
export function cellReader(leads: LeadTable | LeadRows, j: number): (lead: number) => CellValue {
  if ('columns' in leads) {
    const column = leads.columns[j];
    return (lead) => column[lead];
  }
  const { rows, first } = leads;
  return (lead) => rows[first + lead][j];
}
