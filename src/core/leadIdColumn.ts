// Tells a column that identifies leads (an ID, a lead number, an e-mail) from one that describes them.

import { type CellValue, isBlank, valueKey } from './cellValue';
import type { ValueGroups } from './valueGroups';

/** Fewer filled cells than this say too little to call a column an identifier. */
export const idMinLeads = 30;
/** An identifier holds a different value in at least this share of its filled cells. */
export const idMinDistinctShare = 0.95;

/**
 * True when (nearly) every lead has its own value: text, or whole numbers such as a lead number. Such a column
 * gives each lead its own points and predicts nothing about new leads. Measurements with decimals (time on site,
 * revenue) are kept even when all distinct: they are cut into bins.
 * @example identifiesLeads(Array.from({ length: 40 }, (_, i) => `lead-${i}@example.com`)) // true
 */
export function identifiesLeads(cells: readonly CellValue[]): boolean {
  const keys = new Set<string>();
  let filled = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (typeof cell === 'number' && !Number.isInteger(cell)) return false;
    if (typeof cell === 'boolean') return false;
    filled++;
    keys.add(valueKey(cell));
  }
  return filled >= idMinLeads && keys.size >= idMinDistinctShare * filled;
}

/**
 * The same test as `identifiesLeads`, from a column already grouped by value: one step per spelling.
 * @example identifiesLeadsByGroups(groupValues(['a', 'b', 'a'])) // false
 */
export function identifiesLeadsByGroups(groups: ValueGroups): boolean {
  const { cells, counts } = groups.spellings;
  let filled = 0;
  for (let s = 0; s < cells.length; s++) {
    const cell = cells[s];
    if (isBlank(cell)) continue;
    if (typeof cell === 'number' && !Number.isInteger(cell)) return false;
    if (typeof cell === 'boolean') return false;
    filled += counts[s];
  }
  // Only empty cells have the empty key, so the other values are the distinct keys of the filled cells.
  let values = 0;
  for (const key of groups.keys) if (key !== '') values++;
  return filled >= idMinLeads && values >= idMinDistinctShare * filled;
}
