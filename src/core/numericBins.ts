// Cuts a numeric attribute into quantile bins whose labels are criteria (`<10`, `>=10 <20`, `>=40`) a model can score with.

import { type Criterion, rangeCriterion } from './criteria';

/**
 * Up to `maxBins` cut points for quantile bins of numbers given as distinct values (ascending) and how many
 * leads hold each. Cut q sits at the value of rank ⌊q·n/maxBins⌋; a bin starts at its cut, so equal numbers
 * always share a bin (ties are never split), and bins that would be empty because of ties are merged away.
 * A value held by so many leads that its bin would swallow other values (900 leads at 0 clicks among 1,000) gets
 * a bin of its own instead, and the values below and above it share the other bins (see `ownBinCuts`).
 * @example quantileCuts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], new Int32Array(10).fill(1), 5) // [3, 5, 7, 9]
 * @example quantileCuts([0, 1, 2, 3, 4], [16, 1, 1, 1, 1], 5) // [1, 2, 3, 4]: 0 alone, then 1, 2, 3 and 4
 */
export function quantileCuts(
  sortedValues: readonly number[],
  counts: ArrayLike<number>,
  maxBins = 5,
): number[] {
  let n = 0;
  let top = 0;
  for (let i = 0; i < sortedValues.length; i++) {
    n += counts[i];
    if (counts[i] > counts[top]) top = i;
  }
  const cuts = plainQuantileCuts(sortedValues, counts, n, maxBins);
  if (sortedValues.length === 0) return cuts;
  const below = Array.from({ length: top }, (_, i) => counts[i]);
  const above = Array.from({ length: sortedValues.length - top - 1 }, (_, i) => counts[top + 1 + i]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return ownBinCuts(cuts, maxBins, {
    value: sortedValues[top],
    count: counts[top],
    below: sum(below),
    above: sum(above),
    lowestAbove: top + 1 < sortedValues.length ? sortedValues[top + 1] : undefined,
    cutsBelow: (bins) => quantileCuts(sortedValues.slice(0, top), below, bins),
    cutsAbove: (bins) => quantileCuts(sortedValues.slice(top + 1), above, bins),
  });
}

function plainQuantileCuts(
  sortedValues: readonly number[],
  counts: ArrayLike<number>,
  n: number,
  maxBins: number,
): number[] {
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

/** The most frequent value of a column and what lies around it, for `ownBinCuts`. */
interface FrequentValue {
  value: number;
  /** How many leads hold it. */
  count: number;
  /** How many leads hold a smaller and a larger number. */
  below: number;
  above: number;
  lowestAbove: number | undefined;
  /** The quantile cuts of the numbers below (above) the value, in so many bins. */
  cutsBelow: (bins: number) => number[];
  cutsAbove: (bins: number) => number[];
}

/**
 * The cuts, unless the most frequent value holds more leads than a bin would: then that value gets a bin of its
 * own (`>=v <next`), and the numbers below and above it are cut into the other bins, shared in proportion to
 * their leads (one each at least), so a column mostly at 0 still tells 1 click from 20.
 */
function ownBinCuts(cuts: number[], maxBins: number, frequent: FrequentValue): number[] {
  const { value, count, below, above, lowestAbove } = frequent;
  if (count * maxBins <= count + below + above) return cuts;
  const sides = (below > 0 ? 1 : 0) + (above > 0 ? 1 : 0);
  const binsLeft = maxBins - 1;
  if (binsLeft < sides) return cuts;
  let binsBelow = 0;
  if (below > 0 && above > 0) {
    binsBelow = Math.min(binsLeft - 1, Math.max(1, Math.round((binsLeft * below) / (below + above))));
  } else if (below > 0) binsBelow = binsLeft;
  const binsAbove = binsLeft - binsBelow;
  return [
    ...(below > 0 ? [...frequent.cutsBelow(binsBelow), value] : []),
    ...(above > 0 ? [lowestAbove as number, ...frequent.cutsAbove(binsAbove)] : []),
  ];
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
  // The value at each rank: a value held by more leads than a bin holds is one of them.
  const atRanks: number[] = [];
  let from = 0;
  for (let q = 1; q < maxBins; q++) {
    const rank = Math.floor((q * n) / maxBins);
    // + 0 turns −0 into 0, so a cut is written "0", never "-0".
    const cut = select(numbers, rank, from, n) + 0;
    atRanks.push(cut);
    from = rank;
    if (cut > min && cut !== cuts[cuts.length - 1]) cuts.push(cut);
  }
  if (atRanks.length === 0) return cuts;
  return ownBinCuts(cuts, maxBins, frequentValue(numbers, [...new Set(atRanks)]));
}

/** Of the candidate values, the one most numbers hold (the lowest on a tie), and the numbers around it. */
function frequentValue(numbers: Float64Array, candidates: number[]): FrequentValue {
  const counts = new Array<number>(candidates.length).fill(0);
  for (let i = 0; i < numbers.length; i++) {
    const k = candidates.indexOf(numbers[i] + 0);
    if (k >= 0) counts[k]++;
  }
  let best = 0;
  for (let k = 1; k < candidates.length; k++) {
    if (counts[k] > counts[best] || (counts[k] === counts[best] && candidates[k] < candidates[best]))
      best = k;
  }
  const value = candidates[best];
  let below = 0;
  let above = 0;
  let lowestAbove = Infinity;
  for (let i = 0; i < numbers.length; i++) {
    const x = numbers[i];
    if (x < value) below++;
    else if (x > value) {
      above++;
      if (x < lowestAbove) lowestAbove = x;
    }
  }
  const side = (keep: (x: number) => boolean) => (bins: number) => quantileCutsOf(numbers.filter(keep), bins);
  return {
    value,
    count: counts[best],
    below,
    above,
    lowestAbove: above > 0 ? lowestAbove + 0 : undefined,
    cutsBelow: side((x) => x < value),
    cutsAbove: side((x) => x > value),
  };
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
