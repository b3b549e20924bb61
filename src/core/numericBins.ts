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

/**
 * The same cuts as `quantileCuts`, from the numbers themselves (one per lead, in any order) without sorting them:
 * each cut is an order statistic, found by quickselect in linear time. Reorders `numbers`.
 * @example quantileCutsOf(Float64Array.of(10, 1, 9, 2, 8, 3, 7, 4, 6, 5), 5) // [3, 5, 7, 9]
 */
export function quantileCutsOf(numbers: Float64Array, maxBins = 5): number[] {
  const n = numbers.length;
  if (n === 0) return [];
  let min = Infinity;
  for (let i = 0; i < n; i++) if (numbers[i] < min) min = numbers[i];
  const cuts: number[] = [];
  let from = 0;
  for (let q = 1; q < maxBins; q++) {
    const rank = Math.floor((q * n) / maxBins);
    // + 0 turns −0 into 0, so a cut is written "0", never "-0".
    const cut = select(numbers, rank, from, n) + 0;
    from = rank;
    if (cut > min && cut !== cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts;
}

/**
 * The value of rank k among a[lo..hi), leaving smaller values before k and larger after (quickselect with a
 * three-way partition, so columns of many equal numbers stay linear).
 */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  while (hi - lo > 1) {
    const x = a[lo];
    const y = a[(lo + hi) >>> 1];
    const z = a[hi - 1];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i < gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[--gt];
        a[gt] = v;
      } else i++;
    }
    if (k < lt) hi = lt;
    else if (k >= gt) lo = gt;
    else return pivot;
  }
  return a[k];
}
