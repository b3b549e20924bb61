// Decides how an attribute is scored: value by value, in numeric bins, or not at all (dates).

import { type CellValue, isBlank, isDate, numberInText } from './cellValue';
import type { ValueGroups } from './valueGroups';

export type AttributeKind = 'categorical' | 'numeric' | 'date';

/** A numeric attribute has more distinct numbers than this; fewer (a 1–10 rating) are scored value by value. */
export const numericMinDistinct = 10;
/** …and at least this share of its non-empty cells are numbers. */
export const numericMinShare = 0.9;

/** Text that may spell a number starts with a digit, a sign, a point or a space: a cheap test before the full one. */
function mayBeNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 32;
}

/** Counts cells by kind; the rule that turns the counts into a kind is in `result`. */
class KindTally {
  private filled = 0;
  private dates = 0;
  private numbers = 0;
  private readonly distinct = new Set<number>();

  /** Adds `count` cells holding `cell`. */
  add(cell: CellValue, count: number): void {
    let number: number | undefined;
    if (typeof cell === 'number') number = Number.isFinite(cell) ? cell : undefined;
    else if (typeof cell === 'string') {
      // A text is blank only if it starts with white space (or is empty): skip trimming the others.
      const c = cell.charCodeAt(0);
      if (!(c > 32 && c < 127) && isBlank(cell)) return;
      if (mayBeNumber(cell)) number = numberInText(cell.trim());
    } else if (isDate(cell)) this.dates += count;
    else if (isBlank(cell)) return;
    this.filled += count;
    if (number !== undefined) {
      this.numbers += count;
      if (this.distinct.size <= numericMinDistinct) this.distinct.add(number === 0 ? 0 : number);
    }
  }

  result(): AttributeKind {
    if (this.filled === 0) return 'categorical';
    if (this.dates * 2 > this.filled) return 'date';
    if (this.numbers >= numericMinShare * this.filled && this.distinct.size > numericMinDistinct)
      return 'numeric';
    return 'categorical';
  }
}

/**
 * Date columns (most non-empty cells are dates) are skipped: a date says when a lead came, not what it is.
 * Numeric columns (at least 90% numbers or numeric text, and more than 10 distinct numbers) are cut into bins.
 * Everything else is scored value by value.
 * @example attributeKind([1, 2, 3]) // 'categorical'
 */
export function attributeKind(cells: readonly CellValue[]): AttributeKind {
  const tally = new KindTally();
  for (let row = 0; row < cells.length; row++) tally.add(cells[row], 1);
  return tally.result();
}

/**
 * The same rule as `attributeKind`, from a column already grouped by value: one step per distinct value.
 * @example attributeKindOfGroups(groupValues(['a', 'b', 'a'])) // 'categorical'
 */
export function attributeKindOfGroups(groups: ValueGroups): AttributeKind {
  const tally = new KindTally();
  for (let g = 0; g < groups.keys.length; g++) tally.add(groups.samples[g], groups.counts[g]);
  return tally.result();
}
