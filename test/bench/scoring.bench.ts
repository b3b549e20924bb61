// Benchmark of =LEADSCORE's core on 100k and 1M leads × 10 columns with a 100-rule model, and of =SCOREAUC and
// =LIFTTABLE's cores on 1M scores.

import type { CellValue } from '../../src/core/cellValue';
import { liftTable } from '../../src/core/liftTable';
import { parseModelTable } from '../../src/core/modelTable';
import { scoreAuc } from '../../src/core/scoreAuc';
import { scoreLeads } from '../../src/core/scoreLeads';
import { LEADSCORE } from '../../src/glue/functions/leadScore';
import { gc, mb, medianMs, peakRss } from './measure';
import { categorical, random } from './syntheticLeads';

const names = [...categorical.map((c) => c.name), 'Employees', 'Visits'];

/** Leads as Sheets hands them over: every text cell its own string, some in other case or with spaces, a few blank. */
function syntheticLeads(rows: number): CellValue[][] {
  const next = random(rows);
  const columns: CellValue[][] = categorical.map(({ name, values }) => {
    const cells = new Array<string>(rows);
    for (let r = 0; r < rows; r++) {
      const k = Math.floor(next() ** 2 * values);
      const u = next();
      cells[r] = u < 0.02 ? '' : u < 0.05 ? ` ${name.toUpperCase()} ${k}` : `${name} ${k}`;
    }
    // A JSON round trip gives flat strings, one object per cell, as Apps Script hands a range over.
    return JSON.parse(JSON.stringify(cells)) as string[];
  });
  const employees = new Array<number>(rows);
  const visits = new Array<number | string>(rows);
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

const rate = (rows: number, ms: number) =>
  Math.round(rows / (ms / 1000))
    .toLocaleString('en-US')
    .padStart(10);

/** =LEADSCORE on `rows` leads: the core on columns, then the custom function on the 2-D array Sheets passes. */
function benchLeadScore(rows: number): void {
  const modelGrid = hundredRules();
  const model = parseModelTable(modelGrid);
  const columns = syntheticLeads(rows);
  gc?.();
  const dataRss = peakRss();
  const runs = rows >= 1_000_000 ? 3 : 5;
  const core = medianMs(runs, () => scoreLeads({ names, columns }, model.rules));
  const coreRss = peakRss();
  const grid: CellValue[][] = [names];
  for (let r = 0; r < rows; r++) grid.push(columns.map((column) => column[r]));
  const sheet = medianMs(runs, () => LEADSCORE(grid, modelGrid));
  const count = rows.toLocaleString('en-US').padStart(9);
  console.log(
    `  ${count} leads, core:     ${core.ms.toFixed(0).padStart(5)} ms (median of ${runs}; CPU ${core.cpuMs.toFixed(0)} ms), ${rate(rows, core.ms)} leads/s; ` +
      `peak RSS ${mb(coreRss)} (${mb(dataRss)} after making the leads; scoring raised it by ${mb(coreRss - dataRss)})`,
  );
  console.log(
    `  ${count} leads, function: ${sheet.ms.toFixed(0).padStart(5)} ms (median of ${runs}; CPU ${sheet.cpuMs.toFixed(0)} ms), ${rate(rows, sheet.ms)} leads/s ` +
      `from 2-D Sheets values; peak RSS ${mb(peakRss())}`,
  );
}

/** =SCOREAUC and =LIFTTABLE's cores on `rows` scores with many ties (sums of points), converted more often when higher. */
function benchReportCard(rows: number): void {
  const model = parseModelTable(hundredRules());
  const scores = scoreLeads({ names, columns: syntheticLeads(rows) }, model.rules).totals;
  const next = random(7);
  let low = Infinity;
  let high = -Infinity;
  for (const s of scores) {
    low = Math.min(low, s);
    high = Math.max(high, s);
  }
  const converted = new Uint8Array(rows);
  for (let i = 0; i < rows; i++)
    converted[i] = next() < 0.05 + 0.3 * ((scores[i] - low) / (high - low)) ? 1 : 0;
  gc?.();
  const dataRss = peakRss();
  const auc = medianMs(3, () => scoreAuc(scores, converted));
  const aucRss = peakRss();
  const lift = medianMs(3, () => liftTable(scores, converted, 10));
  const count = rows.toLocaleString('en-US').padStart(9);
  console.log(
    `  ${count} scores, SCOREAUC:  ${auc.ms.toFixed(0).padStart(5)} ms (median of 3; CPU ${auc.cpuMs.toFixed(0)} ms), ${rate(rows, auc.ms)} scores/s, ` +
      `AUC ${auc.result.toFixed(4)}; peak RSS ${mb(aucRss)} (${mb(dataRss)} before; raised by ${mb(aucRss - dataRss)})`,
  );
  console.log(
    `  ${count} scores, LIFTTABLE: ${lift.ms.toFixed(0).padStart(5)} ms (median of 3; CPU ${lift.cpuMs.toFixed(0)} ms), ${rate(rows, lift.ms)} scores/s, ` +
      `${lift.result.length} bands; peak RSS ${mb(peakRss())}`,
  );
}

/** Runs one case in this process: `leadscore 100000` or `report 1000000`. */
export function benchCase(kind: string, rows: number): void {
  if (kind === 'leadscore') benchLeadScore(rows);
  else benchReportCard(rows);
}

/**
 * Each case runs in a fresh Node process, so its peak memory is its own: this file is bundled on its own and
 * started with the case as arguments.
 */
export default async function benchScoring(): Promise<void> {
  const { build } = await import('esbuild');
  const { spawnSync } = await import('node:child_process');
  const outfile = 'out/run/scoring.bench.mjs';
  await build({
    entryPoints: ['test/bench/scoring.bench.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    footer: { js: 'benchCase(process.argv[2], Number(process.argv[3]));' },
  });
  console.log(
    `LEADSCORE: 10 columns (8 text, 2 numeric), a ${parseModelTable(hundredRules()).rules.length}-rule model, one process per size`,
  );
  for (const rows of [100_000, 1_000_000]) {
    const child = spawnSync(process.execPath, ['--expose-gc', outfile, 'leadscore', String(rows)], {
      stdio: 'inherit',
    });
    if (child.status !== 0) throw new Error(`the ${rows}-lead LEADSCORE benchmark failed`);
  }
  console.log('SCOREAUC and LIFTTABLE (10 bands) on the 1M scores, in a process of their own');
  const child = spawnSync(process.execPath, ['--expose-gc', outfile, 'report', '1000000'], {
    stdio: 'inherit',
  });
  if (child.status !== 0) throw new Error('the SCOREAUC and LIFTTABLE benchmark failed');
}
