// The letter-and-number lead grade: A (best fit) to E, 1 (most engaged) to 5, e.g. `B2`.

import { InputError } from './inputError';

/** Four ascending cuts: the lowest score of grades D, C, B and A (or of 4, 3, 2 and 1). */
export type GradeCuts = readonly [number, number, number, number];

const letters = ['E', 'D', 'C', 'B', 'A'] as const;

/** How many of the cuts the score reaches: 0 (below the first cut) to 4 (at or above the last). */
function level(score: number, cuts: GradeCuts): number {
  let reached = 0;
  while (reached < 4 && score >= cuts[reached]) reached++;
  return reached;
}

/**
 * The grade of a lead: the fit letter (A at or above the last fit cut, E below the first) followed by the
 * engagement digit (1 at or above the last engagement cut, 5 below the first).
 * @example gradeOf(72, 15, [20, 40, 60, 80], [5, 10, 20, 40]) // 'B3'
 */
export function gradeOf(
  fit: number,
  engagement: number,
  fitCuts: GradeCuts,
  engagementCuts: GradeCuts,
): string {
  return `${letters[level(fit, fitCuts)]}${5 - level(engagement, engagementCuts)}`;
}

/**
 * The quintile cuts of some scores, so that grade A holds the top 20%, B the next 20%, and so on: with the scores
 * sorted ascending as v[0..n−1], the cuts are v[⌊n/5⌋], v[⌊2n/5⌋], v[⌊3n/5⌋], v[⌊4n/5⌋]. Tied scores share the
 * higher grade. When more than a fifth of the scores tie at the lowest, those leads get the lowest grade and the
 * others share the four grades above by quartiles: the lowest score never earns more than the lowest grade.
 * When every score ties, every lead gets the lowest grade. Needs at least 5 scores.
 * @example quintileCuts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // [3, 5, 7, 9]
 */
export function quintileCuts(scores: ArrayLike<number>, name: string): GradeCuts {
  const n = scores.length;
  if (n < 5) {
    throw new InputError(
      `Quintiles of ${name} need at least 5 scores and there ${n === 1 ? 'is 1' : `are ${n}`}: give the ${name} cuts, 4 ascending numbers such as {20, 40, 60, 80}.`,
    );
  }
  const sorted = Float64Array.from(scores).sort();
  const lowest = sorted[0];
  if (sorted[n - 1] === lowest) {
    // Nothing tells the leads apart: all of them get the lowest grade (see `everyScoreTies`).
    const above = lowest + 1 > lowest ? lowest + 1 : lowest + Math.abs(lowest) * Number.EPSILON;
    return [above, above, above, above];
  }
  if (sorted[Math.floor(n / 5)] > lowest) {
    return [
      sorted[Math.floor(n / 5)],
      sorted[Math.floor((2 * n) / 5)],
      sorted[Math.floor((3 * n) / 5)],
      sorted[Math.floor((4 * n) / 5)],
    ];
  }
  // More than a fifth of the leads tie at the lowest score: they are the lowest grade, and the leads above
  // them share the other four grades by quartiles.
  let first = 0;
  while (sorted[first] === lowest) first++;
  const rest = n - first;
  return [
    sorted[first],
    sorted[first + Math.floor(rest / 4)],
    sorted[first + Math.floor(rest / 2)],
    sorted[first + Math.floor((3 * rest) / 4)],
  ];
}

/**
 * Checks cuts given by the marketer: 4 numbers, strictly ascending.
 * @example gradeCuts([20, 40, 60, 80], 'fit') // [20, 40, 60, 80]
 */
export function gradeCuts(values: readonly number[], name: string): GradeCuts {
  if (values.length !== 4) {
    throw new InputError(
      `The ${name} cuts must be 4 ascending numbers, the lowest scores of grades ${name === 'fit' ? 'D, C, B and A' : '4, 3, 2 and 1'}, such as {20, 40, 60, 80}; there are ${values.length}.`,
    );
  }
  for (let i = 1; i < 4; i++) {
    if (!(values[i] > values[i - 1])) {
      throw new InputError(
        `The ${name} cuts must be ascending, such as {20, 40, 60, 80}; ${values[i]} follows ${values[i - 1]}.`,
      );
    }
  }
  return [values[0], values[1], values[2], values[3]];
}

/**
 * True when the scores are all equal, so quintile grades tell no lead apart (and all are the lowest grade).
 * @example everyScoreTies([0, 0, 0]) // true
 */
export function everyScoreTies(scores: ArrayLike<number>): boolean {
  for (let i = 1; i < scores.length; i++) if (scores[i] !== scores[0]) return false;
  return scores.length > 0;
}
