// Benchmark of =SUGGESTPOINTS' core on synthetic leads: 8 categorical and 2 numeric attributes, 10k to 1M rows.

import { type Attribute, suggestPoints } from '../../src/core/suggestPoints';
import { SUGGESTPOINTS } from '../../src/glue/functions/suggestPoints';
import { gc, mb, medianMs, peakRss } from './measure';
import { categorical, random } from './syntheticLeads';

/**
 * Leads as Sheets hands them over: every text cell its own string, some in other case or with spaces, a few blank;
 * numeric columns of integers and of decimals. The outcome depends on two attributes, so points are not all 0.
 */
function syntheticLeads(rows: number): { attributes: Attribute[]; converted: Uint8Array } {
  const next = random(rows);
  const attributes: Attribute[] = categorical.map(({ name, values }) => {
    const cells = new Array<string>(rows);
    for (let r = 0; r < rows; r++) {
      const k = Math.floor(next() ** 2 * values);
      const u = next();
      cells[r] = u < 0.02 ? '' : u < 0.05 ? ` ${name.toUpperCase()} ${k}` : `${name} ${k}`;
    }
    // A JSON round trip gives flat strings, one object per cell, as Apps Script hands a range over.
    return { name, cells: JSON.parse(JSON.stringify(cells)) as string[] };
  });
  const employees = new Array<number>(rows);
  const revenue = new Array<number | string>(rows);
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

/**
 * Scores `rows` synthetic leads: the core on typed columns, then the whole custom function on the 2-D array
 * Sheets passes (header row included). Prints median times and the process's peak memory.
 */
export function benchRows(rows: number): void {
  const { attributes, converted } = syntheticLeads(rows);
  gc?.();
  const dataRss = peakRss();
  const runs = rows >= 1_000_000 ? 3 : 5;
  const core = medianMs(runs, () => suggestPoints(attributes, converted));
  const coreRss = peakRss();
  const grid: unknown[][] = [attributes.map((a) => a.name)];
  for (let r = 0; r < rows; r++) grid.push(attributes.map((a) => a.cells[r]));
  const outcome: unknown[][] = [['Customer'], ...Array.from(converted, (c) => [c === 1])];
  const sheet = medianMs(runs, () => SUGGESTPOINTS(grid, outcome));
  const count = rows.toLocaleString('en-US').padStart(9);
  const rate = (ms: number) =>
    Math.round(rows / (ms / 1000))
      .toLocaleString('en-US')
      .padStart(10);
  console.log(
    `  ${count} leads, core:     ${core.ms.toFixed(0).padStart(5)} ms (median of ${runs}; CPU ${core.cpuMs.toFixed(0)} ms), ${rate(core.ms)} leads/s, ` +
      `${core.result.rows.length} rows out; peak RSS ${mb(coreRss)} ` +
      `(${mb(dataRss)} after making the leads; scoring raised it by ${mb(coreRss - dataRss)})`,
  );
  console.log(
    `  ${count} leads, function: ${sheet.ms.toFixed(0).padStart(5)} ms (median of ${runs}; CPU ${sheet.cpuMs.toFixed(0)} ms), ${rate(sheet.ms)} leads/s ` +
      `from 2-D Sheets values; peak RSS ${mb(peakRss())}`,
  );
}

/**
 * Each size runs in a fresh Node process, so its peak memory is its own: this file is bundled on its own and
 * started with the number of leads as argument.
 */
export default async function benchSuggestPoints(): Promise<void> {
  const { build } = await import('esbuild');
  const { spawnSync } = await import('node:child_process');
  const outfile = 'out/run/suggestPoints.bench.mjs';
  await build({
    entryPoints: ['test/bench/suggestPoints.bench.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    footer: { js: 'benchRows(Number(process.argv[2]));' },
  });
  console.log('SUGGESTPOINTS: 8 categorical + 2 numeric attributes, method odds, one process per size');
  for (const rows of [10_000, 100_000, 1_000_000]) {
    const child = spawnSync(process.execPath, ['--expose-gc', outfile, String(rows)], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`the ${rows}-lead benchmark failed`);
  }
}
