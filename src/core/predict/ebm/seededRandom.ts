// A seeded random source and the stratified splits of explainable boosting's bags: the same seed gives the same model.

/**
 * Mulberry32: a small, fast 32-bit generator, good enough to shuffle leads; returns numbers in [0, 1).
 * @example const random = seededRandom(42); random() // 0.6011…
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Marks `validationShare` of the leads for validation, the same share of converted and of other leads (stratified),
 * picked at random by `random`. Returns 1 for a validation lead, 0 for a training one.
 * @example stratifiedSplit(Uint8Array.of(1, 0, 1, 0), 0.5, seededRandom(1)) // two 1s, one of them a conversion
 */
export function stratifiedSplit(
  converted: Uint8Array,
  validationShare: number,
  random: () => number,
): Uint8Array {
  const validation = new Uint8Array(converted.length);
  for (const outcome of [0, 1]) {
    const indices: number[] = [];
    for (let i = 0; i < converted.length; i++) if (converted[i] === outcome) indices.push(i);
    // Partial Fisher–Yates: the first `take` positions are a uniform random sample.
    const take = Math.round(indices.length * validationShare);
    for (let k = 0; k < take; k++) {
      const pick = k + Math.floor(random() * (indices.length - k));
      const chosen = indices[pick];
      indices[pick] = indices[k];
      indices[k] = chosen;
      validation[chosen] = 1;
    }
  }
  return validation;
}
