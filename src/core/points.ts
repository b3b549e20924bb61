// Turns a value's close rate into points, by one of three methods marketers can choose.

/** The methods, the default first. */
export const pointsMethods = ['odds', 'ratio', 'difference'] as const;
export type PointsMethod = (typeof pointsMethods)[number];

/** How points are suggested: `joint` fits every attribute at once on a 0–100 scale (see jointPoints), the others judge each value alone. */
export const suggestMethods = ['odds', 'ratio', 'difference', 'joint'] as const;
export type SuggestMethod = (typeof suggestMethods)[number];

/** Rounds half away from zero after removing floating-point dust (0.145 − 0.1 is 4.5 percentage points, not 4.4999…). */
export function roundPoints(x: number): number {
  const clean = Math.round(x * 1e9) / 1e9;
  return Math.sign(clean) * Math.round(Math.abs(clean));
}

const odds = (p: number) => p / (1 - p);

/**
 * Scorecard scaling, "points to double the odds" = 10: round(10 × log2(shrunk odds ÷ overall odds)).
 * +10 points doubles the odds of converting, −10 halves them. 0 when the overall rate is 0% or 100%.
 * @example oddsPoints(0.2, 0.1) // 12: odds 0.25 against 0.111…, 2.25 times the odds
 */
export function oddsPoints(shrunkRate: number, overallRate: number): number {
  if (overallRate <= 0 || overallRate >= 1) return 0;
  return roundPoints(10 * Math.log2(odds(shrunkRate) / odds(overallRate)));
}

/**
 * The classic rule: close rate ÷ overall close rate, rounded. 15% against 1% overall gives 15 points.
 * @example ratioPoints(0.15, 0.01) // 15
 */
export function ratioPoints(closeRate: number, overallRate: number): number {
  if (overallRate <= 0) return 0;
  return roundPoints(closeRate / overallRate);
}

/**
 * Close rate − overall rate in percentage points, rounded: 25% against 10% gives +15, 3% gives −7.
 * @example differencePoints(0.03, 0.1) // -7
 */
export function differencePoints(closeRate: number, overallRate: number): number {
  return roundPoints(100 * (closeRate - overallRate));
}
