// What the benchmarks score: a seeded random generator and the 8 categorical attributes of the synthetic leads.

/** A small deterministic generator (mulberry32), so every run scores the same leads. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The categorical attributes and how many distinct values each has, from a handful to a thousand. */
export const categorical = [
  { name: 'Source', values: 8 },
  { name: 'Country', values: 60 },
  { name: 'Industry', values: 25 },
  { name: 'Plan', values: 4 },
  { name: 'Role', values: 12 },
  { name: 'Campaign', values: 300 },
  { name: 'Device', values: 3 },
  { name: 'Referrer', values: 1000 },
];
