// Speed against a tight loop: =SUGGESTPOINTS and =LEADSCORE on 300k leads × 8 text attributes, called as Sheets
// calls them, each timed beside a plain JavaScript loop doing the same work on the same 2-D arrays, in one process;
// then the cases whose cost used to grow faster than the leads (one rule per lead, thousands of values), per size.

import { oddsPoints } from '../../src/core/points';
import { priorStrength, shrunkRate } from '../../src/core/shrinkage';
import { LEADREASONS } from '../../src/glue/functions/leadReasons';
import { LEADSCORE } from '../../src/glue/functions/leadScore';
import { PREDICTMODEL } from '../../src/glue/functions/predictModel';
import { SUGGESTPOINTS } from '../../src/glue/functions/suggestPoints';
import { sheetsErrorOf } from '../../src/glue/parse/sheetValues';
import { gc } from './measure';
import { random } from './syntheticLeads';

/** 8 text attributes of 5 to 30 values, some cells in other case or with spaces, a few blank. */
const attributes = [5, 8, 12, 15, 20, 24, 27, 30].map((values, a) => ({
  name: `Attribute ${a + 1}`,
  values,
}));

interface Leads {
  grid: unknown[][];
  outcome: unknown[][];
}

/** Leads as Sheets hands them: rows of cells under a header, each text cell its own string; 8% converted. */
function makeLeads(rows: number): Leads {
  const next = random(rows + 18);
  const body: string[][] = [];
  const outcome: unknown[][] = [['Converted']];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    let lift = 0;
    for (const { name, values } of attributes) {
      const k = Math.floor(next() ** 1.5 * values);
      const u = next();
      row.push(u < 0.02 ? '' : u < 0.05 ? ` ${name.toUpperCase()} v${k} ` : `${name} v${k}`);
      if (k === 0) lift += 0.02;
    }
    body.push(row);
    outcome.push([next() < 0.065 + lift]);
  }
  // A JSON round trip gives flat strings, one object per cell, as Apps Script hands a range over.
  const grid = JSON.parse(JSON.stringify([attributes.map((a) => a.name), ...body])) as unknown[][];
  return { grid, outcome };
}

const key = (cell: unknown) => (typeof cell === 'string' ? cell.trim().toLowerCase() : String(cell));

/**
 * The tight loop of =SUGGESTPOINTS: parse each outcome, group each column's cells case- and space-insensitively
 * (a map of exact cells first, as any fast loop would), count leads and conversions per value, compute the
 * odds points of each value and sort each attribute's rows by points.
 */
function tightSuggestPoints({ grid, outcome }: Leads): unknown[][] {
  const leads = grid.length - 1;
  const converted = new Uint8Array(leads);
  let total = 0;
  for (let i = 0; i < leads; i++) {
    const v = outcome[i + 1][0];
    const yes = v === true || v === 1 || (typeof v === 'string' && /^(yes|true|won|1)$/i.test(v.trim()));
    converted[i] = yes ? 1 : 0;
    total += converted[i];
  }
  const overall = total / leads;
  const out: unknown[][] = [['Attribute', 'Value', 'Points', 'Leads', 'Conversions']];
  const width = grid[0].length;
  for (let j = 0; j < width; j++) {
    const exact = new Map<unknown, number>();
    const groupOf = new Map<string, number>();
    const labels: string[] = [];
    const counts: number[] = [];
    const wins: number[] = [];
    for (let i = 0; i < leads; i++) {
      const cell = grid[i + 1][j];
      let g = exact.get(cell);
      if (g === undefined) {
        const k = key(cell);
        g = groupOf.get(k);
        if (g === undefined) {
          g = labels.length;
          groupOf.set(k, g);
          labels.push(k === '' ? '(blank)' : String(cell).trim());
          counts.push(0);
          wins.push(0);
        }
        exact.set(cell, g);
      }
      counts[g]++;
      wins[g] += converted[i];
    }
    const strength = priorStrength(counts, wins);
    const rows = labels.map((label, g) => [
      String(grid[0][j]),
      label,
      counts[g] >= 10 ? oddsPoints(shrunkRate(wins[g], counts[g], overall, strength), overall) : 0,
      counts[g],
      wins[g],
    ]);
    rows.sort((a, b) => (b[2] as number) - (a[2] as number));
    out.push(...rows);
  }
  return out;
}

/**
 * The tight loop of =LEADSCORE: each rule's value in a map per column, each cell looked up and the points summed;
 * like the function, it refuses a Sheets error cell (checked once per distinct cell, when it first shows).
 */
function tightLeadScore(grid: unknown[][], model: unknown[][]): unknown[][] {
  const names = (grid[0] as string[]).map((n) => n.trim().toLowerCase());
  const width = names.length;
  const pointsOf = names.map(() => new Map<string, number>());
  for (let r = 1; r < model.length; r++) {
    const [attribute, value, points] = model[r] as [string, string, number];
    const map = pointsOf[names.indexOf(attribute.trim().toLowerCase())];
    const k = value === '(blank)' ? '' : key(value);
    map.set(k, (map.get(k) ?? 0) + points);
  }
  const exact = pointsOf.map(() => new Map<unknown, number>());
  const out = new Array<unknown[]>(grid.length);
  out[0] = ['Score'];
  for (let i = 1; i < grid.length; i++) {
    const row = grid[i];
    let sum = 0;
    let blank = true;
    for (let j = 0; j < width; j++) {
      const cell = row[j];
      let p = exact[j].get(cell);
      if (p === undefined) {
        if (sheetsErrorOf(cell)) throw new Error(`row ${i + 1} is the error ${String(cell)}`);
        p = pointsOf[j].get(key(cell)) ?? 0;
        exact[j].set(cell, p);
      }
      sum += p;
      if (cell !== '') blank = false;
    }
    out[i] = [blank ? '' : sum];
  }
  return out;
}

/** Whether a line is wanted: BENCH_ONLY=leadscore (any part of its name, any case) runs only the lines that match. */
const wanted = (name: string) => name.toLowerCase().includes((process.env.BENCH_ONLY ?? '').toLowerCase());

/** Alternating runs of the function and its reference; the median CPU time of each (steadier than wall time). */
function sideBySide(runs: number, fn: () => unknown, reference: () => unknown) {
  const cpuMs = (run: () => unknown) => {
    gc?.();
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  fn();
  reference();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(cpuMs(fn));
    b.push(cpuMs(reference));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { fnMs: median(a), refMs: median(b) };
}

function ratioLine(name: string, runs: number, fn: () => unknown, reference: () => unknown): void {
  if (!wanted(name)) return;
  const { fnMs, refMs } = sideBySide(runs, fn, reference);
  console.log(
    `  ${name.padEnd(14)} ${(fnMs / refMs).toFixed(2)}× the tight loop: ${fnMs.toFixed(0)} ms against ${refMs.toFixed(0)} ms CPU (median of ${runs})`,
  );
}

/** The median CPU time of three calls, in seconds (steadier than wall time on a busy machine). */
function seconds(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc?.();
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1e6);
  }
  return times.sort((a, b) => a - b)[1];
}

/**
 * Time per size and per lead, so the slope shows: per-lead time stays flat when the cost is linear. A call on the
 * smallest size first warms the code up, so the first size does not pay for compiling it.
 */
function slopeLine(name: string, sizes: readonly number[], run: (rows: number) => () => unknown): void {
  if (!wanted(name)) return;
  run(sizes[0])();
  const parts = sizes.map((rows) => {
    const call = run(rows);
    const s = seconds(call);
    return `${rows / 1000}k ${s.toFixed(2)} s (${((s / rows) * 1e6).toFixed(1)} µs/lead)`;
  });
  console.log(`  ${name.padEnd(44)} ${parts.join(', ')}`);
}

/** Leads with an ID column and a model of one rule per ID, as =SUGGESTPOINTS over that column gives. */
function idLeads(rows: number): { grid: unknown[][]; model: unknown[][] } {
  const grid: unknown[][] = [['Lead ID', 'Source']];
  const model: unknown[][] = [['Attribute', 'Value', 'Points']];
  for (let r = 0; r < rows; r++) {
    grid.push([`lead-${r}@example.com`, `s${r % 7}`]);
    model.push(['Lead ID', `lead-${r}@example.com`, (r % 21) - 10]);
  }
  return { grid, model };
}

/** Leads with one column of many values (one per 12 leads) and one of a few. */
function manyValueLeads(rows: number): { grid: unknown[][]; outcome: unknown[][] } {
  const next = random(rows);
  const grid: unknown[][] = [['Account', 'Plan']];
  const outcome: unknown[][] = [['Won']];
  const values = Math.round(rows / 12);
  for (let r = 0; r < rows; r++) {
    const account = Math.floor(next() * values);
    grid.push([`account ${account}`, `plan ${r % 4}`]);
    outcome.push([next() < 0.05 + (account % 3) * 0.04]);
  }
  return { grid, outcome };
}

export default function speed(): void {
  const leads = makeLeads(300_000);
  console.log('300,000 leads × 8 text attributes of 5–30 values, 8% converted, as Sheets passes them:');
  ratioLine(
    'SUGGESTPOINTS',
    5,
    () => SUGGESTPOINTS(leads.grid, leads.outcome),
    () => tightSuggestPoints(leads),
  );
  const model = SUGGESTPOINTS(leads.grid, leads.outcome).map((row) => row.slice(0, 3));
  console.log(`  (LEADSCORE's model: the ${model.length - 1} rules SUGGESTPOINTS gives, one per value)`);
  ratioLine(
    'LEADSCORE',
    5,
    () => LEADSCORE(leads.grid, model),
    () => tightLeadScore(leads.grid, model),
  );
  console.log('Time per size, CPU median of 3 (flat µs/lead = linear):');
  const sizes = [5_000, 20_000, 100_000];
  slopeLine('LEADSCORE, one rule per lead', sizes, (rows) => {
    const { grid, model: ids } = idLeads(rows);
    return () => LEADSCORE(grid, ids);
  });
  slopeLine('LEADREASONS, one rule per lead', sizes, (rows) => {
    const { grid, model: ids } = idLeads(rows);
    return () => LEADREASONS(grid, ids);
  });
  const values = sizes.map((rows) => Math.round(rows / 12).toLocaleString('en-US')).join(', ');
  console.log(`  (PREDICTMODEL's account column holds ${values} values)`);
  for (const method of ['logistic', 'bayes', 'boosted'] as const) {
    slopeLine(`PREDICTMODEL ${method}, a value per 12 leads`, sizes, (rows) => {
      const { grid, outcome } = manyValueLeads(rows);
      return () => PREDICTMODEL(grid, outcome, method);
    });
  }
}
