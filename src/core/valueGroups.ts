// Dictionary-encodes a column: one code per lead, one entry per value (cells that differ only in spaces or case are one value).

import { type CellValue, cellLabel, isBlank, valueKey } from './cellValue';

/** The distinct cells of a column as they were written (dates by day), before spaces and case are ignored. */
export interface Spellings {
  /** The first cell of each spelling. */
  cells: CellValue[];
  /** The value (index into `keys`) each spelling belongs to. */
  groups: number[];
  /** How many rows hold each spelling. */
  counts: number[];
  /** The row (index into `codes`) each spelling first appears in. */
  firstRows: number[];
}

/** A column as codes into a table of values. */
export interface ValueGroups {
  /** `codes[row]` is the index of the row's value in `keys`, `labels` and `samples`. */
  codes: Int32Array;
  /** The value key of each value (see `valueKey`); `''` is the empty value. */
  keys: string[];
  /** How each value is shown: its most frequent spelling, trimmed; `(blank)` for the empty value. */
  labels: string[];
  /** One cell of each value, as it appeared first. */
  samples: CellValue[];
  /** How many rows hold each value. */
  counts: Int32Array;
  spellings: Spellings;
}

/** A column of one cell per lead, maybe already grouped by value as it was read (see `groupRows`). */
export interface LeadColumn {
  readonly cells: readonly CellValue[];
  readonly groups?: ValueGroups;
}

export const blankLabel = '(blank)';

type ExactKey = string | number | boolean;

/** A cell's exact content as a map key: text, numbers and booleans as they are; dates and empties through their key. */
function exactKey(cell: CellValue): ExactKey {
  return typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean'
    ? cell
    : `\u0000${valueKey(cell)}`;
}

/**
 * The tables a grouping builds. Cells are looked up by their exact content first, so a column of a million cells
 * with a few hundred spellings costs one map lookup per cell; only a new spelling computes its value key.
 */
class Grouping {
  readonly spellingOf = new Map<ExactKey, number>();
  readonly spellingGroup: number[] = [];
  readonly spellingCount: number[] = [];
  private readonly spellingCell: CellValue[] = [];
  private readonly spellingFirstRow: number[] = [];
  private readonly spellingLabel: string[] = [];
  private readonly groupOf = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly samples: CellValue[] = [];
  private readonly spellingsOfGroup: number[] = [];
  private readonly firstSpelling: number[] = [];

  constructor(readonly codes: Int32Array) {}

  /** Adds the spelling of `cell`, first seen in `row`, and returns its index. */
  addSpelling(cell: CellValue, exact: ExactKey, row: number): number {
    const key = valueKey(cell);
    let group = this.groupOf.get(key);
    if (group === undefined) {
      group = this.keys.length;
      this.groupOf.set(key, group);
      this.keys.push(key);
      this.samples.push(cell);
      this.spellingsOfGroup.push(0);
      this.firstSpelling.push(this.spellingGroup.length);
    }
    const spelling = this.spellingGroup.length;
    this.spellingOf.set(exact, spelling);
    this.spellingGroup.push(group);
    this.spellingCount.push(0);
    this.spellingCell.push(cell);
    this.spellingFirstRow.push(row);
    this.spellingLabel.push(isBlank(cell) ? blankLabel : cellLabel(cell));
    this.spellingsOfGroup[group]++;
    return spelling;
  }

  get spellingTotal(): number {
    return this.spellingGroup.length;
  }

  finish(): ValueGroups {
    const { keys, spellingGroup, spellingCount, spellingLabel, spellingsOfGroup } = this;
    const counts = new Int32Array(keys.length);
    for (let s = 0; s < spellingGroup.length; s++) counts[spellingGroup[s]] += spellingCount[s];
    const labels: string[] = [];
    for (let g = 0; g < keys.length; g++) labels.push(spellingLabel[this.firstSpelling[g]]);
    // A value spelled several ways is named by its most frequent spelling (spellings that trim alike add up);
    // on a tie, the one seen first.
    const totals = new Map<number, Map<string, number>>();
    for (let s = 0; s < spellingGroup.length; s++) {
      const group = spellingGroup[s];
      if (spellingsOfGroup[group] === 1) continue;
      let byLabel = totals.get(group);
      if (!byLabel) totals.set(group, (byLabel = new Map<string, number>()));
      byLabel.set(spellingLabel[s], (byLabel.get(spellingLabel[s]) ?? 0) + spellingCount[s]);
    }
    for (const [group, byLabel] of totals) {
      let best = 0;
      for (const [label, total] of byLabel) {
        if (total > best) {
          best = total;
          labels[group] = label;
        }
      }
    }
    const spellings = {
      cells: this.spellingCell,
      groups: spellingGroup,
      counts: spellingCount,
      firstRows: this.spellingFirstRow,
    };
    return { codes: this.codes, keys, labels, samples: this.samples, counts, spellings };
  }
}

/**
 * Groups the cells of a column by value key, in order of first appearance.
 * @example groupValues(['Google', 'google ', 'Bing']).labels // ['Google', 'Bing']
 */
export function groupValues(cells: readonly CellValue[]): ValueGroups {
  const grouping = new Grouping(new Int32Array(cells.length));
  const { codes, spellingOf, spellingGroup, spellingCount } = grouping;
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    const exact = typeof cell === 'string' ? cell : exactKey(cell);
    let spelling = spellingOf.get(exact);
    if (spelling === undefined) spelling = grouping.addSpelling(cell, exact, row);
    spellingCount[spelling]++;
    codes[row] = spellingGroup[spelling];
  }
  return grouping.finish();
}

/**
 * Groups column `column` of `rows`, rows `start` (inclusive) to `end` (exclusive), read in place: the same as
 * `groupValues` of that column, without copying it. Gives up (undefined) once the column holds more than
 * `maxSpellings` distinct cells, so a column of a million distinct numbers is never put in a map.
 * @example groupRows([['Source'], ['Ads'], [' ads']], 0, 1, 3)?.labels // ['Ads']
 */
export function groupRows(
  rows: readonly (readonly CellValue[])[],
  column: number,
  start: number,
  end: number,
  maxSpellings = Infinity,
): ValueGroups | undefined {
  const grouping = new Grouping(new Int32Array(Math.max(0, end - start)));
  const { codes, spellingOf, spellingGroup, spellingCount } = grouping;
  for (let row = start; row < end; row++) {
    const cell = rows[row][column];
    const exact = typeof cell === 'string' ? cell : exactKey(cell);
    let spelling = spellingOf.get(exact);
    if (spelling === undefined) {
      if (grouping.spellingTotal >= maxSpellings) return undefined;
      spelling = grouping.addSpelling(cell, exact, row - start);
    }
    spellingCount[spelling]++;
    codes[row - start] = spellingGroup[spelling];
  }
  return grouping.finish();
}
