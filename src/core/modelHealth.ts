// Is the applied model still separating buyers? The AUC of the scores leads had when the model was applied, over
// the leads that have closed since, its standard error, and a verdict in words.

import { scoreAuc } from './scoreAuc';

/**
 * The AUC's standard error (Hanley & McNeil 1982, eq. 2): with A the AUC, Q1 = A/(2−A), Q2 = 2A²/(1+A),
 * SE² = [A(1−A) + (nₚ−1)(Q1−A²) + (nₙ−1)(Q2−A²)] / (nₚ·nₙ).
 * @example aucStandardError(0.5, 100, 100) // ≈ 0.0408
 */
export function aucStandardError(auc: number, positives: number, negatives: number): number {
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const variance =
    (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) /
    (positives * negatives);
  return Math.sqrt(Math.max(variance, 0));
}

/**
 * A verdict waits until the AUC's standard error, for a model no better than chance (where it is largest), is at
 * most this: the 95% interval is then at most ±0.1 wide, narrow enough to tell a working model (0.7 and up) from
 * a coin (0.5). With as many buyers as not that takes 68 and 67; with 1 buyer in 5, 42 buyers and 166 others.
 */
export const maxStandardErrorForVerdict = 0.05;
/** Below this AUC a model is no better than a coin in practice, however many leads show it. */
export const separatingFloor = 0.55;
/**
 * A drop from the AUC at apply time smaller than this is the expected gap between leads a model was fitted on
 * and new ones, not a model going stale.
 */
export const weakerDrop = 0.05;
/** The normal quantile of a two-sided 95% interval. */
export const z95 = 1.96;

export type HealthVerdict = 'waiting' | 'working' | 'weaker' | 'not separating';

export interface HealthReading {
  /** Leads open at apply time that have an outcome now. */
  closed: number;
  /** Of them, how many converted (for retention: left). */
  converted: number;
  auc?: number;
  standardError?: number;
  /** Mean probability at apply time of the closed leads, when the model gave probabilities. */
  meanPredicted?: number;
  /** Converted ÷ closed; absent while none closed. */
  observedRate?: number;
  verdict: HealthVerdict;
  /** How far the AUC fell from `referenceAuc`, for a weaker verdict. */
  drop?: number;
}

/** True when enough leads of each outcome have closed for the AUC to be read (see maxStandardErrorForVerdict). */
export function enoughForVerdict(positives: number, negatives: number): boolean {
  return (
    positives > 0 &&
    negatives > 0 &&
    aucStandardError(0.5, positives, negatives) <= maxStandardErrorForVerdict
  );
}

/**
 * The health of a model from the closed leads' scores at apply time and their outcomes (1 converted, 0 not).
 * `referenceAuc` is the model's AUC on the leads that had closed when it was applied, if known.
 * Not separating: the AUC is below 0.55 or its 95% interval reaches 0.5. Weaker: the AUC fell from the reference
 * by at least 0.05 and by more than its 95% margin. Otherwise still working.
 * @example modelHealth([9, 1], [1, 0]).verdict // 'waiting': two leads say nothing yet
 */
export function modelHealth(
  scores: ArrayLike<number>,
  converted: ArrayLike<number>,
  probabilities?: ArrayLike<number>,
  referenceAuc?: number,
): HealthReading {
  const closed = scores.length;
  let positives = 0;
  for (let i = 0; i < closed; i++) positives += converted[i] === 1 ? 1 : 0;
  const negatives = closed - positives;
  const reading: HealthReading = { closed, converted: positives, verdict: 'waiting' };
  if (closed > 0) reading.observedRate = positives / closed;
  if (probabilities && closed > 0) {
    let sum = 0;
    for (let i = 0; i < closed; i++) sum += probabilities[i];
    reading.meanPredicted = sum / closed;
  }
  if (!enoughForVerdict(positives, negatives)) return reading;
  const auc = scoreAuc(scores, converted);
  const standardError = aucStandardError(auc, positives, negatives);
  reading.auc = auc;
  reading.standardError = standardError;
  if (auc < separatingFloor || auc - z95 * standardError <= 0.5) reading.verdict = 'not separating';
  else if (
    referenceAuc !== undefined &&
    referenceAuc - auc >= weakerDrop &&
    referenceAuc - auc > z95 * standardError
  ) {
    reading.verdict = 'weaker';
    reading.drop = referenceAuc - auc;
  } else reading.verdict = 'working';
  return reading;
}

/** The smallest counts of buyers and others for a verdict at a given share of buyers (for the words below). */
export function leadsNeeded(positives: number, negatives: number): { positives: number; negatives: number } {
  const share = positives + negatives > 0 ? positives / (positives + negatives) : 0.5;
  const p = Math.min(Math.max(share, 0.01), 0.99);
  for (let total = 2; ; total++) {
    const pos = Math.max(1, Math.round(total * p));
    const neg = Math.max(1, total - pos);
    if (enoughForVerdict(pos, neg)) return { positives: pos, negatives: neg };
  }
}

const two = (x: number) => x.toFixed(2);

/**
 * The verdict in words; `convertedWord` is the goal's word for the outcome ("converted", "left").
 * @example healthVerdictText({ closed: 10, converted: 3, verdict: 'waiting' }, 'converted')
 */
export function healthVerdictText(
  reading: HealthReading,
  convertedWord: string,
  referenceAuc?: number,
): string {
  const again = 'Learn points from history again.';
  switch (reading.verdict) {
    case 'waiting': {
      const need = leadsNeeded(reading.converted, reading.closed - reading.converted);
      return `Too early to tell: ${reading.closed} of the leads open when the model was applied have closed, ${reading.converted} ${convertedWord}. A verdict needs about ${need.positives} that ${convertedWord} and ${need.negatives} that did not (so the AUC is known to ±0.1).`;
    }
    case 'working':
      return `Still working: the scores separate those that ${convertedWord} from the rest (AUC ${two(reading.auc!)}${referenceAuc !== undefined ? `, ${two(referenceAuc)} when applied` : ''}).`;
    case 'weaker':
      return `Weaker: AUC ${two(reading.auc!)}, down ${two(reading.drop!)} from ${two(referenceAuc!)} when the model was applied. ${again}`;
    case 'not separating':
      return `No longer separating: with AUC ${two(reading.auc!)} (±${two(z95 * reading.standardError!)}), the scores tell those that ${convertedWord} from the rest no better than chance. ${again}`;
  }
}
