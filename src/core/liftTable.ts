// The lift table: score bands of equal lead counts, from the top, with each band's close rate and lift.

import { InputError } from './inputError';
import { countAtOrBelow, countBelow, scoresWhere } from './sortedScores';

/** One band of leads whose scores lie between `from` and `to` (both included). Band 1 holds the highest scores. */
export interface LiftBand {
  band: number;
  /** The lowest score in the band. */
  from: number;
  /** The highest score in the band. */
  to: number;
  leads: number;
  conversions: number;
  closeRate: number;
  /** The band's close rate ÷ the overall close rate. */
  lift: number;
  /** The share of all conversions held by this band and every band above it. */
  captured: number;
  /** The band's mean score: for probabilities, the close rate the model predicts, to set beside the real one. */
  meanScore: number;
}

/**
 * Cuts the leads, sorted from the highest score down, into `bands` bands of equal lead counts. Tied scores are
 * never split between bands, so an edge that would fall inside a run of tied scores moves to the nearer end of
 * that run (halfway, the run goes to the lower band); the leads left below an edge are then shared out equally
 * again among the bands still to make. Every band therefore holds at least one distinct score: fewer distinct
 * scores than bands, or runs of ties wider than a band, give fewer bands.
 *
 * Scores must be finite numbers; `converted[i]` is 1 for a lead that became a customer, 0 otherwise.
 * @example
 * // Scores 9 8 8 8 5 4 3 2 in 4 bands, the 9 and one 8 converted. A first band of 2 would split the 8s: the run's
 * // nearer end leaves the 9 alone. Band 2 takes the three 8s (its start is the run's start), then 5 4 and 3 2.
 * liftTable(Float64Array.of(9, 8, 8, 8, 5, 4, 3, 2), Uint8Array.of(1, 1, 0, 0, 0, 0, 0, 0), 4)
 * // bands [9–9] 1 lead 1 conversion, [8–8] 3 leads 1 conversion, [4–5] 2 leads, [2–3] 2 leads
 */
export function liftTable(scores: ArrayLike<number>, converted: ArrayLike<number>, bands = 10): LiftBand[] {
  const n = scores.length;
  if (n === 0) throw new InputError('There are no scored leads.');
  const descending = Float64Array.from(scores).sort().reverse();
  const ends = bandEdges(descending, bands);
  const won = scoresWhere(scores, converted, 1);
  const totalConversions = won.length;
  if (totalConversions === 0)
    throw new InputError(
      'No lead converted, so lift cannot be measured: the outcome needs some conversions.',
    );
  const overallRate = totalConversions / n;
  const table: LiftBand[] = [];
  let start = 0;
  let captured = 0;
  for (const end of ends) {
    const from = descending[end - 1];
    const to = descending[start];
    // Ties are never split, so a band is exactly the leads scored from `from` to `to`.
    const conversions = countAtOrBelow(won, to) - countBelow(won, from);
    captured += conversions;
    const leads = end - start;
    // Each score is divided first, so the mean of huge scores cannot overflow.
    let mean = 0;
    for (let i = start; i < end; i++) mean += descending[i] / leads;
    table.push({
      band: table.length + 1,
      from,
      to,
      leads,
      conversions,
      closeRate: conversions / leads,
      lift: conversions / leads / overallRate,
      captured: captured / totalConversions,
      meanScore: mean,
    });
    start = end;
  }
  return table;
}

/**
 * Where each band ends in the scores sorted from high to low: exclusive indices, the last one being the number of
 * leads. Equal lead counts, ties never split, as `liftTable` describes; a per-band figure computed elsewhere (a
 * band's mean predicted probability, say) uses these same edges, or the bands' From and To, which hold exactly
 * the band's leads.
 * @example bandEdges(Float64Array.of(9, 8, 8, 8, 5, 4, 3, 2), 4) // [1, 4, 6, 8]
 */
export function bandEdges(descending: Float64Array, bands: number): number[] {
  if (!Number.isInteger(bands) || bands < 1)
    throw new InputError(`Bands must be a whole number of 1 or more; it is ${bands}.`);
  const n = descending.length;
  const ends: number[] = [];
  let start = 0;
  while (start < n) {
    const bandsLeft = bands - ends.length;
    const end =
      bandsLeft === 1 ? n : bandEnd(descending, start, Math.max(1, Math.round((n - start) / bandsLeft)));
    ends.push(end);
    start = end;
  }
  return ends;
}

/** Where a band starting at `start` with `size` leads ends, moved to the nearer end of a run of ties it would split. */
function bandEnd(descending: Float64Array, start: number, size: number): number {
  const n = descending.length;
  const end = start + size;
  if (end >= n) return n;
  if (descending[end - 1] !== descending[end]) return end;
  const tied = descending[end];
  // The run of `tied` is [runStart, runEnd): binary searches on the descending order.
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (descending[middle] > tied) low = middle + 1;
    else high = middle;
  }
  const runStart = low;
  low = end;
  high = n;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (descending[middle] >= tied) low = middle + 1;
    else high = middle;
  }
  const runEnd = low;
  if (runStart > start && end - runStart <= runEnd - end) return runStart;
  return runEnd;
}
