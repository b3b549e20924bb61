// Log-odds, the scale every LeadLift model adds points on: probabilities to log-odds and back, and points to log-odds.

import { roundPoints } from './points';

/**
 * The log-odds of a probability: ln(p ÷ (1 − p)).
 * @example logit(0.5) // 0
 */
export const logit = (p: number): number => Math.log(p / (1 - p));

/**
 * The probability of a log-odds, computed without overflow for large |z|.
 * @example sigmoid(0) // 0.5
 */
export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

/**
 * Scorecard scaling: `pointsToDouble` points double the odds, so one point is ln 2 ÷ pointsToDouble of log-odds.
 * @example pointsToLogOdds(10) // ln 2
 */
export const pointsToLogOdds = (points: number, pointsToDouble = 10): number =>
  (points * Math.LN2) / pointsToDouble;

/**
 * A weight in log-odds as points, rounded as =SUGGESTPOINTS rounds (half away from zero).
 * @example logOddsToPoints(Math.LN2) // 10
 */
export const logOddsToPoints = (weight: number, pointsToDouble = 10): number =>
  roundPoints((weight * pointsToDouble) / Math.LN2) || 0;
