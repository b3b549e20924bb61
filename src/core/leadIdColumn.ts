// Tells a column that identifies leads (an ID, a lead number, an e-mail) from one that describes them.

import { type CellValue, isBlank, valueKey } from './cellValue';

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
