// Empirical-Bayes shrinkage of close rates toward the overall rate, so a value seen in few leads cannot claim extreme points.

/**
 * The smallest prior strength used: as if every value had at least 2 extra leads at the overall rate, so a
 * value with no conversion (or only conversions) keeps a finite shrunk rate and finite points.
 */
export const minimumPriorStrength = 2;

/**
 * How many leads' worth of the overall rate each value's close rate is blended with, estimated from the data by
 * the method of moments for the beta-binomial model: the true close rates of an attribute's values are taken to
 * vary around the overall rate m with variance τ², and τ² is what the observed spread of close rates has beyond
 * binomial noise. With k values of n_i leads (N in all) and S = Σ n_i (p_i − m)²,
 *   E[S] = (k − 1)·m(1 − m) + τ²·(N − Σn_i²/N − (k − 1)),  and a Beta prior of strength s has τ² = m(1 − m)/(s + 1).
 * When the close rates differ no more than chance would make them (τ² ≤ 0), or there is one value only, the
 * strength is infinite: every value is shrunk all the way to the overall rate.
 * @example priorStrength([100, 100], [10, 30]) // ≈ 7.61: 10% and 30% differ far beyond chance
 */
export function priorStrength(leads: ArrayLike<number>, conversions: ArrayLike<number>): number {
  let total = 0;
  let converted = 0;
  let squares = 0;
  let values = 0;
  for (let i = 0; i < leads.length; i++) {
    if (leads[i] === 0) continue;
    total += leads[i];
    converted += conversions[i];
    squares += leads[i] * leads[i];
    values++;
  }
  if (values < 2) return Infinity;
  const m = converted / total;
  const noise = m * (1 - m);
  if (noise === 0) return Infinity;
  let spread = 0;
  for (let i = 0; i < leads.length; i++) {
    if (leads[i] === 0) continue;
    const d = conversions[i] / leads[i] - m;
    spread += leads[i] * d * d;
  }
  const weight = total - squares / total - (values - 1);
  if (weight <= 0) return Infinity;
  const tau2 = (spread - (values - 1) * noise) / weight;
  if (tau2 <= 0) return Infinity;
  return Math.max(minimumPriorStrength, noise / tau2 - 1);
}

/**
 * The posterior mean of a close rate under a Beta prior of the given strength centred on the overall rate:
 * (conversions + strength·overall) / (leads + strength). An infinite strength gives the overall rate.
 * @example shrunkRate(0, 2, 0.5, 2) // 0.25
 */
export function shrunkRate(
  conversions: number,
  leads: number,
  overallRate: number,
  strength: number,
): number {
  if (strength === Infinity) return overallRate;
  return (conversions + strength * overallRate) / (leads + strength);
}
