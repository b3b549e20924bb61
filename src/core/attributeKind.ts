// Decides how an attribute is scored: value by value, in numeric bins, or not at all (dates).

import { type CellValue, isBlank, isDate, numberInText } from './cellValue';

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

/**
 * Date columns (most non-empty cells are dates) are skipped: a date says when a lead came, not what it is.
 * Numeric columns (at least 90% numbers or numeric text, and more than 10 distinct numbers) are cut into bins.
 * Everything else is scored value by value.
 * @example attributeKind([1, 2, 3]) // 'categorical'
 */
export function attributeKind(cells: readonly CellValue[]): AttributeKind {
  let filled = 0;
  let dates = 0;
  let numbers = 0;
  const distinct = new Set<number>();
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    let number: number | undefined;
    if (typeof cell === 'number') number = Number.isFinite(cell) ? cell : undefined;
    else if (typeof cell === 'string') {
      // A text is blank only if it starts with white space (or is empty): skip trimming the others.
      const c = cell.charCodeAt(0);
      if (!(c > 32 && c < 127) && isBlank(cell)) continue;
      if (mayBeNumber(cell)) number = numberInText(cell.trim());
    } else if (isDate(cell)) dates++;
    else if (isBlank(cell)) continue;
    filled++;
    if (number !== undefined) {
      numbers++;
      if (distinct.size <= numericMinDistinct) distinct.add(number === 0 ? 0 : number);
    }
  }
  if (filled === 0) return 'categorical';
  if (dates * 2 > filled) return 'date';
  if (numbers >= numericMinShare * filled && distinct.size > numericMinDistinct) return 'numeric';
  return 'categorical';
}
