// Decides how an attribute is scored: value by value, in numeric bins, or not at all (dates).

import { type CellValue, isDate, numberInText } from './cellValue';
import type { ValueGroups } from './valueGroups';

export type AttributeKind = 'categorical' | 'numeric' | 'date';

/** A numeric attribute has more distinct numbers than this; fewer (a 1–10 rating) are scored value by value. */
export const numericMinDistinct = 10;
/** …and at least this share of its non-empty cells are numbers. */
export const numericMinShare = 0.9;

/** True for a number cell or text that spells a number; dates and TRUE/FALSE are not numbers here. */
function isNumberCell(value: CellValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && numberInText(value.trim()) !== undefined;
}

/**
 * Date columns (most non-empty cells are dates) are skipped: a date says when a lead came, not what it is.
 * Numeric columns (at least 90% numbers and more than 10 distinct numbers) are cut into bins.
 * Everything else is scored value by value.
 * @example attributeKind(groupValues([1, 2, 3])) // 'categorical'
 */
export function attributeKind(groups: ValueGroups): AttributeKind {
  let filled = 0;
  let dates = 0;
  let numbers = 0;
  let distinctNumbers = 0;
  for (let g = 0; g < groups.keys.length; g++) {
    if (groups.keys[g] === '') continue;
    const count = groups.counts[g];
    filled += count;
    const sample = groups.samples[g];
    if (isDate(sample)) dates += count;
    else if (isNumberCell(sample)) {
      numbers += count;
      distinctNumbers++;
    }
  }
  if (filled === 0) return 'categorical';
  if (dates * 2 > filled) return 'date';
  if (numbers >= numericMinShare * filled && distinctNumbers > numericMinDistinct) return 'numeric';
  return 'categorical';
}
