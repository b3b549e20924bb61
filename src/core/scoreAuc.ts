// How well scores separate buyers from the rest: the area under the ROC curve.

import { InputError } from './inputError';
import { countAtOrBelow, countBelow, scoresWhere } from './sortedScores';

/**
 * The chance that a random converted lead outscores a random non-converted one, ties counting half:
 * the Mann–Whitney U statistic ÷ (conversions × non-conversions), which equals the ROC AUC with average ranks
 * for ties (Hanley & McNeil 1982). Each group is sorted once and every converted score is placed among the
 * non-converted ones by binary search: O(n log n). Scores must be finite numbers.
 * @example scoreAuc(Float64Array.of(9, 7, 7, 2), Uint8Array.of(1, 1, 0, 0)) // (1 + 0.5 + 1 + 1) / 4 = 0.875
 */
export function scoreAuc(scores: ArrayLike<number>, converted: ArrayLike<number>): number {
  const won = scoresWhere(scores, converted, 1);
  const lost = scoresWhere(scores, converted, 0);
  if (won.length === 0)
    throw new InputError('No lead converted, so there is nothing to separate: AUC needs conversions.');
  if (lost.length === 0)
    throw new InputError(
      'Every lead converted, so there is nothing to separate: AUC needs leads that did not convert.',
    );
  // Twice U, so that ties (worth one half) keep the sum an exact integer.
  let twiceU = 0;
  let i = 0;
  while (i < won.length) {
    // A run of equal converted scores shares one lookup.
    let j = i + 1;
    while (j < won.length && won[j] === won[i]) j++;
    const below = countBelow(lost, won[i]);
    const tied = countAtOrBelow(lost, won[i]) - below;
    twiceU += (j - i) * (2 * below + tied);
    i = j;
  }
  return twiceU / (2 * won.length * lost.length);
}
