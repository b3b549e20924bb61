// Stage thresholds from the scores themselves: shares of the leads, sales capacity, and grades that agree with stages.

/** The default shares of the leads per stage, lowest first: half Discard, 30% Nurture, the top 20% Sales-ready. */
export const defaultStageShares = [0.5, 0.3, 0.2] as const;

const ascendingCopy = (scores: ArrayLike<number>) => Float64Array.from(scores).sort();

/** One decimal, as scores are shown. */
const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * Thresholds that give each stage about its share of the leads (`shares` lowest stage first, adding up to 1): the
 * score at each cumulative share. Ties keep the higher stage, so a stage may hold a little more than its share;
 * thresholds stay strictly ascending (one tenth apart at least). Undefined without scores.
 * @example shareThresholds([0, 10, 20, 30, 40, 50, 60, 70, 80, 90], [0.5, 0.3, 0.2]) // [50, 80]
 */
export function shareThresholds(
  scores: ArrayLike<number>,
  shares: readonly number[] = defaultStageShares,
): number[] | undefined {
  const n = scores.length;
  if (n === 0) return undefined;
  const sorted = ascendingCopy(scores);
  const thresholds: number[] = [];
  let cumulative = 0;
  for (let s = 0; s < shares.length - 1; s++) {
    cumulative += shares[s];
    const at = sorted[Math.min(n - 1, Math.floor(n * cumulative))];
    const previous = thresholds[thresholds.length - 1];
    thresholds.push(previous !== undefined && !(at > previous) ? tenth(previous + 0.1) : tenth(at));
  }
  return thresholds;
}

/**
 * The lowest threshold such that at most `take` leads score at or above it (the Sales-ready cut for a sales team
 * that can take `take` leads): the k-th best score, raised past a tie that would let more leads in. Every lead
 * qualifies when `take` is at least the number of leads.
 * @example capacityThreshold([5, 9, 9, 7, 3], 2) // 9
 * @example capacityThreshold([5, 9, 8, 8, 3], 2) // 9: 8 would let in 3 leads
 */
export function capacityThreshold(scores: ArrayLike<number>, take: number): number | undefined {
  const n = scores.length;
  if (n === 0) return undefined;
  const descending = ascendingCopy(scores).reverse();
  const k = Math.max(1, Math.min(n, Math.floor(take)));
  if (k >= n) return descending[n - 1];
  const kth = descending[k - 1];
  if (descending[k] !== kth) return kth;
  // The k-th score is tied with the next one: the smallest score above it keeps the stage within capacity.
  let i = k - 1;
  while (i >= 0 && descending[i] === kth) i--;
  return i >= 0 ? descending[i] : kth;
}

/**
 * Leads arriving per week, from their created dates (as milliseconds): the leads over the weeks the dates span,
 * counting at least one week. Undefined without dates.
 * @example weeklyArrivals([0, 7 * 86400000, 14 * 86400000]) // 1.4 (3 leads over 15 days)
 */
export function weeklyArrivals(times: readonly number[]): number | undefined {
  if (times.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const t of times) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const days = (last - first) / 86_400_000 + 1;
  return times.length / Math.max(1, days / 7);
}

/**
 * Lowers the lowest threshold to the lowest score of the leads graded A1 (best fit, most engaged), so that no A1
 * lead is in the lowest stage; the others keep their place.
 * @example gradeSafeThresholds([40, 70], [35, 80]) // [35, 70]
 */
export function gradeSafeThresholds(thresholds: readonly number[], a1Scores: readonly number[]): number[] {
  if (thresholds.length === 0 || a1Scores.length === 0) return [...thresholds];
  const lowestA1 = Math.min(...a1Scores);
  return thresholds[0] > lowestA1
    ? [tenth(Math.floor(lowestA1 * 10) / 10), ...thresholds.slice(1)]
    : [...thresholds];
}

export interface ScoreHistogram {
  /** The lowest score of the first bin. */
  from: number;
  /** Each bin's width in points. */
  width: number;
  /** Leads per bin, lowest scores first. */
  counts: number[];
}

/**
 * Counts of scores in `bins` equal bins from 0 to 100 (the last bin includes 100), widened to the scores' own range
 * when some fall outside it (scores from hand-set points need not be 0–100).
 * @example scoreHistogram([0, 4, 5, 100], 2).counts // [3, 1]
 */
export function scoreHistogram(scores: ArrayLike<number>, bins = 20): ScoreHistogram {
  let low = 0;
  let high = 100;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] < low) low = scores[i];
    if (scores[i] > high) high = scores[i];
  }
  const width = (high - low) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < scores.length; i++) counts[Math.min(bins - 1, Math.floor((scores[i] - low) / width))]++;
  return { from: low, width, counts };
}

/**
 * Sets the top threshold (e.g. from sales capacity) and lowers the ones below it where needed to stay ascending.
 * @example withTopThreshold([40, 70], 35) // [34.9, 35]
 */
export function withTopThreshold(thresholds: readonly number[], top: number): number[] {
  const next = [...thresholds.slice(0, -1), top];
  for (let i = next.length - 2; i >= 0; i--) if (!(next[i] < next[i + 1])) next[i] = tenth(next[i + 1] - 0.1);
  return next;
}
