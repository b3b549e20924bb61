// Benchmark of =SUGGESTPOINTS' core on synthetic leads: 8 categorical and 2 numeric attributes, 10k to 1M rows.

import { type Attribute, suggestPoints } from '../../src/core/suggestPoints';

/** A small deterministic generator (mulberry32), so every run scores the same leads. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const categorical = [
  { name: 'Source', values: 8 },
  { name: 'Country', values: 60 },
  { name: 'Industry', values: 25 },
  { name: 'Plan', values: 4 },
  { name: 'Role', values: 12 },
  { name: 'Campaign', values: 300 },
  { name: 'Device', values: 3 },
  { name: 'Referrer', values: 1000 },
];

/**
 * Leads as Sheets hands them over: every text cell its own string, some in other case or with spaces, a few blank;
 * numeric columns of integers and of decimals. The outcome depends on two attributes, so points are not all 0.
 */
function syntheticLeads(rows: number): { attributes: Attribute[]; converted: Uint8Array } {
  const next = random(rows);
  const attributes: Attribute[] = categorical.map(({ name, values }) => {
    const cells: string[] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const k = Math.floor(next() ** 2 * values);
      const u = next();
      cells[r] = u < 0.02 ? '' : u < 0.05 ? ` ${name.toUpperCase()} ${k}` : `${name} ${k}`;
    }
    // A JSON round trip gives flat strings, one object per cell, as Apps Script hands a range over.
    return { name, cells: JSON.parse(JSON.stringify(cells)) as string[] };
  });
  const employees: number[] = new Array(rows);
  const revenue: (number | string)[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    employees[r] = Math.floor(1 + 5000 * next() ** 3);
    revenue[r] = next() < 0.01 ? '' : Math.round(next() * 1e8) / 100;
  }
  attributes.push({ name: 'Employees', cells: employees }, { name: 'Revenue', cells: revenue });
  const converted = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const plan = attributes[3].cells[r] as string;
    const p = 0.05 + (plan.endsWith(' 0') ? 0.1 : 0) + (employees[r] > 1000 ? 0.05 : 0);
    converted[r] = next() < p ? 1 : 0;
  }
  return { attributes, converted };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

export default async function benchSuggestPoints(): Promise<void> {
  console.log('SUGGESTPOINTS core: 8 categorical + 2 numeric attributes, method odds');
  for (const rows of [10_000, 100_000, 1_000_000]) {
    const { attributes, converted } = syntheticLeads(rows);
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const runs = rows >= 1_000_000 ? 3 : 5;
    const times: number[] = [];
    let heapPeak = 0;
    let result = suggestPoints(attributes, converted); // warm-up
    for (let i = 0; i < runs; i++) {
      gc?.();
      const start = performance.now();
      result = suggestPoints(attributes, converted);
      times.push(performance.now() - start);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const rate = Math.round(rows / (median / 1000)).toLocaleString('en-US');
    console.log(
      `  ${rows.toLocaleString('en-US').padStart(9)} leads: ${median.toFixed(0).padStart(5)} ms (median of ${runs}), ` +
        `${rate} leads/s, ${result.rows.length} rows out, heap held by the run ${mb(heapPeak)}, ` +
        `peak RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
  }
}
