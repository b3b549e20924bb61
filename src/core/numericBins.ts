// Cuts a numeric attribute into quantile bins whose labels are criteria (`<10`, `>=10 <20`, `>=40`) a model can score with.

import { type Criterion, rangeCriterion } from './criteria';

/**
 * Up to `maxBins` cut points for quantile bins of numbers given as distinct values (ascending) and how many
 * leads hold each. Cut q sits at the value of rank ⌊q·n/maxBins⌋; a bin starts at its cut, so equal numbers
 * always share a bin (ties are never split), and bins that would be empty because of ties are merged away.
 * @example quantileCuts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], new Int32Array(10).fill(1), 5) // [3, 5, 7, 9]
 */
export function quantileCuts(
  sortedValues: readonly number[],
  counts: ArrayLike<number>,
  maxBins = 5,
): number[] {
  let n = 0;
  for (let i = 0; i < sortedValues.length; i++) n += counts[i];
  const cuts: number[] = [];
  let index = 0;
  let before = 0; // leads holding values below sortedValues[index]
  for (let q = 1; q < maxBins; q++) {
    const rank = Math.floor((q * n) / maxBins);
    while (index < sortedValues.length && before + counts[index] <= rank) before += counts[index++];
    if (index >= sortedValues.length) break;
    const cut = sortedValues[index];
    if (cut > sortedValues[0] && cut !== cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts;
}

/** The criterion of each bin: `<c1`, `>=c1 <c2`, …, `>=ck`. */
export function binCriteria(cuts: readonly number[]): Criterion[] {
  if (cuts.length === 0) return [{ kind: 'any' }];
  const bins = [rangeCriterion(undefined, cuts[0])];
  for (let i = 1; i < cuts.length; i++) bins.push(rangeCriterion(cuts[i - 1], cuts[i]));
  bins.push(rangeCriterion(cuts[cuts.length - 1], undefined));
  return bins;
}

/** The bin a number falls in, given ascending cuts: the count of cuts ≤ the number (binary search). */
export function binOf(cuts: readonly number[], value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
