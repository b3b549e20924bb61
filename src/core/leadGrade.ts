// The letter-and-number lead grade: A (best fit) to E, 1 (most engaged) to 5, e.g. `B2`.

import { InputError } from './inputError';

/** The lowest score of grades D, C, B and A (or 4, 3, 2 and 1): four ascending numbers. */
export type GradeCuts = readonly [number, number, number, number];

/**
 * The quintile cuts of a set of scores: with the scores sorted from low to high, the cut for the k-th grade up is
 * the score at index ⌊k·n/5⌋, so the top fifth of the scores lands in the best grade and tied scores share the
 * better grade. Needs at least 5 scores.
 * @example quintileCuts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // [3, 5, 7, 9]
 */
export function quintileCuts(scores: readonly number[], what: string): GradeCuts {
  const n = scores.length;
  if (n < 5) {
    throw new InputError(
      `Grading ${what} by quintiles needs at least 5 scores; there are ${n}: give 4 cuts instead.`,
    );
  }
  const sorted = Float64Array.from(scores).sort();
  const cut = (k: number) => sorted[Math.floor((k * n) / 5)];
  return [cut(1), cut(2), cut(3), cut(4)];
}

/** Checks that cuts are 4 ascending numbers; `what` names them in the error, e.g. `fit_cuts`. */
export function checkCuts(cuts: readonly number[], what: string): GradeCuts {
  if (cuts.length !== 4 || cuts.some((cut) => !Number.isFinite(cut))) {
    throw new InputError(
      `The ${what} must be 4 numbers (the lowest score of grades D, C, B and A); there are ${cuts.length}.`,
    );
  }
  for (let i = 1; i < 4; i++) {
    if (cuts[i] < cuts[i - 1]) throw new InputError(`The ${what} must go up from left to right.`);
  }
  return cuts as unknown as GradeCuts;
}

/** How many cuts a score reaches, 0 to 4. */
function cutsReached(score: number, cuts: GradeCuts): number {
  let reached = 0;
  while (reached < 4 && score >= cuts[reached]) reached++;
  return reached;
}

/**
 * The grade of one lead: the fit letter (E below the first cut, A at or above the last) then the engagement digit.
 * @example leadGrade(72, 15, [20, 40, 60, 80], [5, 10, 20, 40]) // 'B3'
 */
export function leadGrade(
  fit: number,
  engagement: number,
  fitCuts: GradeCuts,
  engagementCuts: GradeCuts,
): string {
  return 'EDCBA'[cutsReached(fit, fitCuts)] + String(5 - cutsReached(engagement, engagementCuts));
}
