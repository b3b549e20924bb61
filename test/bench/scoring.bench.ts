// Benchmark of =LEADSCORE's core on 100k and 1M leads × 10 columns with a 100-rule model, and of =SCOREAUC and
// =LIFTTABLE's cores on 1M scores.

import type { CellValue } from '../../src/core/cellValue';
import { liftTable } from '../../src/core/liftTable';
import { parseModelTable } from '../../src/core/modelTable';
import { scoreAuc } from '../../src/core/scoreAuc';
import { scoreLeads } from '../../src/core/scoreLeads';

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
const names = [...categorical.map((c) => c.name), 'Employees', 'Visits'];

/** Leads as Sheets hands them over: every text cell its own string, some in other case or with spaces, a few blank. */
function syntheticLeads(rows: number): CellValue[][] {
  const next = random(rows);
  const columns: CellValue[][] = categorical.map(({ name, values }) => {
    const cells: string[] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const k = Math.floor(next() ** 2 * values);
      const u = next();
      cells[r] = u < 0.02 ? '' : u < 0.05 ? ` ${name.toUpperCase()} ${k}` : `${name} ${k}`;
    }
    // A JSON round trip gives flat strings, one object per cell, as Apps Script hands a range over.
    return JSON.parse(JSON.stringify(cells)) as string[];
  });
  const employees: number[] = new Array(rows);
  const visits: (number | string)[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    employees[r] = Math.floor(1 + 5000 * next() ** 3);
    visits[r] = next() < 0.05 ? '' : Math.floor(next() * 40);
  }
  columns.push(employees, visits);
  return columns;
}

/** 100 rules over the 10 columns: values, wildcards, negations, blanks and numeric ranges, some negative. */
function hundredRules(): CellValue[][] {
  const next = random(100);
  const rows: CellValue[][] = [['Attribute', 'Value', 'Points', 'Dimension']];
  for (let i = 0; rows.length <= 100; i++) {
    const { name, values } = categorical[i % categorical.length];
    const k = Math.floor(next() * values);
    const forms = [`${name} ${k}`, `${name} ${k}*`, `<>${name} ${k}`, '(blank)'];
    rows.push([name, forms[i % 4], Math.round(next() * 40 - 15), i % 2 ? 'Fit' : 'Engagement']);
    if (i % 5 === 0) rows.push(['Employees', `>=${k * 10} <${k * 10 + 500}`, 5, 'Fit']);
    if (i % 5 === 2) rows.push(['Visits', `>${k % 20}`, 3, 'Engagement']);
  }
  return rows.slice(0, 101);
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');

/**
 * The median wall time and CPU time of `runs` runs after one warm-up, and the heap the runs held above what was in
 * use before. CPU time (user + system, all threads) is the steadier figure when other work shares the machine.
 */
function time(runs: number, run: () => unknown): { median: number; cpu: number; heap: number } {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  run();
  const times: number[] = [];
  const cpus: number[] = [];
  let heap = 0;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpus.push((used.user + used.system) / 1000);
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    heap = Math.max(heap, heapUsed + arrayBuffers - heapBefore);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], cpu: cpus[Math.floor(runs / 2)], heap };
}

export default async function benchScoring(): Promise<void> {
  const model = parseModelTable(hundredRules());
  console.log(`LEADSCORE core: 10 columns (8 text, 2 numeric), ${model.rules.length}-rule model`);
  let lastTotals: Float64Array = new Float64Array(0);
  for (const rows of [100_000, 1_000_000]) {
    const table = { names, columns: syntheticLeads(rows) };
    const runs = rows >= 1_000_000 ? 3 : 5;
    const { median, cpu, heap } = time(runs, () => (lastTotals = scoreLeads(table, model.rules).totals));
    console.log(
      `  ${rows.toLocaleString('en-US').padStart(9)} leads: ${median.toFixed(0).padStart(5)} ms (median of ${runs}; CPU ${cpu.toFixed(0)} ms), ` +
        `${rate(rows, median)} leads/s, heap and buffers held by the run ${mb(heap)}, peak RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
  }
  // 1M scores from the last run, with outcomes more likely for higher scores.
  const next = random(7);
  const scores = lastTotals;
  let low = Infinity;
  let high = -Infinity;
  for (const s of scores) {
    low = Math.min(low, s);
    high = Math.max(high, s);
  }
  const converted = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++)
    converted[i] = next() < 0.05 + 0.3 * ((scores[i] - low) / (high - low)) ? 1 : 0;
  console.log(`SCOREAUC and LIFTTABLE cores on ${scores.length.toLocaleString('en-US')} scores`);
  let auc = 0;
  const aucTime = time(3, () => (auc = scoreAuc(scores, converted)));
  console.log(
    `  SCOREAUC: ${aucTime.median.toFixed(0)} ms (CPU ${aucTime.cpu.toFixed(0)} ms), ${rate(scores.length, aucTime.median)} scores/s, AUC ${auc.toFixed(4)}, heap ${mb(aucTime.heap)}`,
  );
  let bands = 0;
  const liftTime = time(3, () => (bands = liftTable(scores, converted, 10).length));
  console.log(
    `  LIFTTABLE: ${liftTime.median.toFixed(0)} ms (CPU ${liftTime.cpu.toFixed(0)} ms), ${rate(scores.length, liftTime.median)} scores/s, ${bands} bands, heap ${mb(liftTime.heap)}`,
  );
}
