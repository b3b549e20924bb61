// The Wilson score interval of a close rate: where the true rate plausibly lies, honest for small counts and 0% or 100%.

/** z for a two-sided 95% interval: the 97.5th percentile of the standard normal distribution. */
export const z95 = 1.959963984540054;

/**
 * Wilson score interval (Wilson 1927; Agresti & Coull 1998):
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), with p = conversions / leads.
 * With no leads nothing is known, and the interval is [0, 1].
 * @example wilsonInterval(0, 10) // { low: 0, high: 0.2775... }
 */
export function wilsonInterval(conversions: number, leads: number, z = z95): { low: number; high: number } {
  if (leads === 0) return { low: 0, high: 1 };
  const p = conversions / leads;
  const z2 = z * z;
  const denominator = 1 + z2 / leads;
  const centre = p + z2 / (2 * leads);
  const spread = z * Math.sqrt((p * (1 - p)) / leads + z2 / (4 * leads * leads));
  // At 0% and 100% the formula gives exactly 0 and 1 in exact arithmetic; keep them exact.
  const low = conversions === 0 ? 0 : Math.max(0, (centre - spread) / denominator);
  const high = conversions === leads ? 1 : Math.min(1, (centre + spread) / denominator);
  return { low, high };
}
