// Dictionary-encodes a column: one code per lead, one entry per value (cells that differ only in spaces or case are one value).

import { type CellValue, cellLabel, isBlank, valueKey } from './cellValue';

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
}

export const blankLabel = '(blank)';

/**
 * Groups the cells of a column by value key, in order of first appearance. Cells are looked up by their exact
 * content first, so a column of a million cells with a few hundred spellings costs one map lookup per cell.
 * @example groupValues(['Google', 'google ', 'Bing']).labels // ['Google', 'Bing']
 */
export function groupValues(cells: readonly CellValue[]): ValueGroups {
  const codes = new Int32Array(cells.length);
  // Exact cell content → spelling index; dates and other objects go through their key.
  const spellingOf = new Map<string | number | boolean, number>();
  const spellingGroup: number[] = [];
  const spellingCount: number[] = [];
  const spellingLabel: string[] = [];
  const groupOf = new Map<string, number>();
  const keys: string[] = [];
  const samples: CellValue[] = [];
  const spellingsOfGroup: number[] = [];
  const firstSpelling: number[] = [];
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    const exact =
      typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean'
        ? cell
        : `\u0000${valueKey(cell)}`;
    let spelling = spellingOf.get(exact);
    if (spelling === undefined) {
      const key = valueKey(cell);
      let group = groupOf.get(key);
      if (group === undefined) {
        group = keys.length;
        groupOf.set(key, group);
        keys.push(key);
        samples.push(cell);
        spellingsOfGroup.push(0);
        firstSpelling.push(spellingGroup.length);
      }
      spelling = spellingGroup.length;
      spellingOf.set(exact, spelling);
      spellingGroup.push(group);
      spellingCount.push(0);
      spellingLabel.push(isBlank(cell) ? blankLabel : cellLabel(cell));
      spellingsOfGroup[group]++;
    }
    spellingCount[spelling]++;
    codes[row] = spellingGroup[spelling];
  }
  const counts = new Int32Array(keys.length);
  for (let s = 0; s < spellingGroup.length; s++) counts[spellingGroup[s]] += spellingCount[s];
  const labels: string[] = [];
  for (let g = 0; g < keys.length; g++) labels.push(spellingLabel[firstSpelling[g]]);
  // A value spelled several ways is named by its most frequent spelling (spellings that trim alike add up);
  // on a tie, the one seen first.
  const totals = new Map<number, Map<string, number>>();
  for (let s = 0; s < spellingGroup.length; s++) {
    const group = spellingGroup[s];
    if (spellingsOfGroup[group] === 1) continue;
    let byLabel = totals.get(group);
    if (!byLabel) totals.set(group, (byLabel = new Map()));
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
  return { codes, keys, labels, samples, counts };
}
