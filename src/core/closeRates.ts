// Close rates per value of an attribute: leads, conversions, close rate and lift against the overall rate.

import type { CellValue } from './cellValue';
import { type Criterion, describeCriterion, matchesCriterion } from './criteria';
import { InputError } from './inputError';
import { groupValues } from './valueGroups';

/** Leads and conversions per code, from dictionary codes and 1/0 outcomes of the same length. */
export function countByCode(
  codes: Int32Array,
  codeCount: number,
  converted: Uint8Array,
): { leads: Int32Array; conversions: Int32Array } {
  const leads = new Int32Array(codeCount);
  const conversions = new Int32Array(codeCount);
  for (let row = 0; row < codes.length; row++) {
    leads[codes[row]]++;
    conversions[codes[row]] += converted[row];
  }
  return { leads, conversions };
}

export interface ValueCloseRate {
  /** The value as shown: its most frequent spelling, or `(blank)`. */
  value: string;
  leads: number;
  conversions: number;
  /** conversions ÷ leads */
  closeRate: number;
  /** closeRate ÷ overall close rate; NaN when no lead converted at all. */
  lift: number;
}

/**
 * One row per value of the attribute, highest close rate first, ties by most leads, then by first appearance.
 * @example closeRateTable(['a', 'b', 'A'], Uint8Array.of(1, 0, 0))[0] // { value: 'a', leads: 2, conversions: 1, closeRate: 0.5, lift: 1.5 }
 */
export function closeRateTable(cells: readonly CellValue[], converted: Uint8Array): ValueCloseRate[] {
  if (cells.length === 0) throw new InputError('There are no leads: the ranges hold no data.');
  const groups = groupValues(cells);
  const { leads, conversions } = countByCode(groups.codes, groups.keys.length, converted);
  let totalConversions = 0;
  for (let i = 0; i < conversions.length; i++) totalConversions += conversions[i];
  const overall = totalConversions / cells.length;
  const rows = groups.labels.map((value, i) => {
    const closeRate = conversions[i] / leads[i];
    return { value, leads: leads[i], conversions: conversions[i], closeRate, lift: closeRate / overall };
  });
  // Array.prototype.sort is stable, so equal rows keep their order of first appearance.
  return rows.sort((a, b) => b.closeRate - a.closeRate || b.leads - a.leads);
}

/**
 * The close rate of the leads whose attribute meets the criterion; an InputError when no lead does.
 * @example criterionCloseRate([10, 60, 80], Uint8Array.of(0, 1, 0), parseCriterion('>=50')).closeRate // 0.5
 */
export function criterionCloseRate(
  cells: readonly CellValue[],
  converted: Uint8Array,
  criterion: Criterion,
): { leads: number; conversions: number; closeRate: number } {
  let leads = 0;
  let conversions = 0;
  for (let row = 0; row < cells.length; row++) {
    if (matchesCriterion(criterion, cells[row])) {
      leads++;
      conversions += converted[row];
    }
  }
  if (leads === 0) {
    throw new InputError(
      `No lead matches the criterion "${describeCriterion(criterion)}", so it has no close rate: check the criterion and the attribute range.`,
    );
  }
  return { leads, conversions, closeRate: conversions / leads };
}
