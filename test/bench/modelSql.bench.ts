// Benchmark of =MODELSQL's query: 10 million generated leads scored with the demo model in DuckDB, beside =LEADSCORE
// on 1 million of the same leads in Node.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { MODELSQL } from '../../src/glue/functions/modelSql';
import { LEADSCORE } from '../../src/glue/functions/leadScore';
import { demoLeads } from '../../src/playground/demoData';
import { demoModel } from '../support/demoModelSql';
import { gc, medianMs } from './measure';

const csvField = (value: unknown) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');

export default async function benchModelSql(): Promise<void> {
  const model = demoModel();
  const rules = model.length - 1;

  // =LEADSCORE on 1 million demo leads, as Sheets hands them over.
  const million = demoLeads(1_000_000, 7).rows;
  const node = medianMs(3, () => LEADSCORE(million, model));
  console.log(
    `  LEADSCORE, 1,000,000 leads in Node:   ${node.ms.toFixed(0).padStart(6)} ms (median of 3; CPU ${node.cpuMs.toFixed(0)} ms), ${rate(1_000_000, node.ms)} leads/s, demo model of ${rules} rules`,
  );

  // The same kind of leads in DuckDB: 100,000 demo leads loaded from CSV, repeated 100 times.
  const dir = mkdtempSync(join(tmpdir(), 'leadlift-bench-'));
  const file = join(dir, 'leads.csv');
  writeFileSync(
    file,
    demoLeads(100_000, 8)
      .rows.map((row) => row.map(csvField).join(','))
      .join('\n'),
  );
  million.length = 0;
  gc?.();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    `CREATE TABLE sample AS SELECT * FROM read_csv('${file.replace(/'/g, "''")}', header = true)`,
  );
  await connection.run('CREATE TABLE leads AS SELECT sample.* FROM sample, range(100)');
  rmSync(dir, { recursive: true, force: true });
  const query = MODELSQL(model, 'leads', 'duckdb')
    .map((row) => row[0])
    .join('\n');
  // The scores are summed in the engine, so the time is the query's, not that of carrying 10 million rows to Node.
  const total = `SELECT count(*) AS leads, sum(score) AS points FROM (${query})`;
  const times: number[] = [];
  let leads = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = await connection.runAndReadAll(total);
    times.push(performance.now() - start);
    leads = Number(result.getRowObjectsJS()[0].leads);
  }
  const ms = times.sort((a, b) => a - b)[1];
  const threads = Number(
    (await connection.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjectsJS()[0].t,
  );
  console.log(
    `  MODELSQL, ${leads.toLocaleString('en-US')} leads in DuckDB: ${ms.toFixed(0).padStart(6)} ms (median of 3, ${threads} threads), ${rate(leads, ms)} leads/s`,
  );
  console.log(
    `  DuckDB scores ${(leads / 1_000_000).toFixed(0)}× the leads in ${(ms / node.ms).toFixed(2)}× the time of LEADSCORE on 1,000,000`,
  );
  connection.closeSync();
  instance.closeSync();
}
