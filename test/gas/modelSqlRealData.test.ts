import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type LoadedAddOn, loadAddOn } from '../../src/sandbox';
import { type SheetCell, sheetsValue } from '../support/criterionLeads';
import { bigQueryToDuckDb, type LeadsDatabase, leadsDatabase } from '../support/duckdb';
import { dataFile, dataReady, parseCsv, xEducationAttributes } from '../support/realData';

const dist = join(import.meta.dirname, '../../dist');
const attributes = xEducationAttributes;

describe.skipIf(!dataReady)(
  `=MODELSQL on the X Education leads in DuckDB${dataReady ? '' : ' (skipped: the dataset ../shared/data/leads-x-education.csv is absent)'}`,
  { timeout: 120_000 },
  () => {
    let addOn: LoadedAddOn;
    let db: LeadsDatabase;
    let grid: SheetCell[][];
    const models: Record<string, SheetCell[][]> = {};
    beforeAll(async () => {
      addOn = loadAddOn(dist, createSandbox({ authMode: 'CUSTOM_FUNCTION', timeZone: 'Etc/UTC' }));
      const rows = parseCsv(readFileSync(dataFile, 'utf8')).filter((row) => row.length > 1);
      grid = [rows[0], ...rows.slice(1).map((row) => row.map(sheetsValue))];
      const columns = attributes.map((name) => rows[0].indexOf(name));
      const picked = grid.map((row) => columns.map((j) => row[j]));
      const outcome = grid.map((row) => [row[rows[0].indexOf('Converted')]]);
      models.suggested = addOn.call('SUGGESTPOINTS', picked, outcome) as SheetCell[][];
      models.logistic = addOn.call('PREDICTMODEL', picked, outcome) as SheetCell[][];
      db = await leadsDatabase({ file: dataFile });
    });
    afterAll(() => db?.close());

    const column = (values: unknown) => (values as SheetCell[][]).slice(1).map((row) => row[0]);
    const lines = (model: SheetCell[][], table: string, dialect: string) =>
      (addOn.call('MODELSQL', model, table, dialect) as SheetCell[][]).map((row) => row[0]).join('\n');

    for (const name of ['suggested', 'logistic']) {
      for (const table of ['typed', 'text']) {
        for (const dialect of ['duckdb', 'bigquery']) {
          it(`gives every lead =LEADSCORE's score${name === 'logistic' ? " and =LEADPROBABILITY's probability" : ''} (${name} model, ${dialect} text, columns ${table === 'typed' ? 'with their types' : 'as text'})`, async () => {
            const model = models[name];
            const text = lines(model, table, dialect);
            const sql = dialect === 'duckdb' ? text : bigQueryToDuckDb(text);
            const result = await db.rows(`${sql}\nORDER BY "Lead Number"`);
            const byNumber = new Map(result.map((r) => [Number(r['Lead Number']), r]));
            const scores = column(addOn.call('LEADSCORE', grid, model));
            const numberColumn = grid[0].indexOf('Lead Number');
            expect(result).toHaveLength(grid.length - 1);
            grid.slice(1).forEach((row, i) => {
              const got = byNumber.get(Number(row[numberColumn])) as Record<string, unknown>;
              expect(got.score).toEqual(scores[i]);
            });
            if (name === 'logistic') {
              const probabilities = column(addOn.call('LEADPROBABILITY', grid, model));
              grid.slice(1).forEach((row, i) => {
                const got = byNumber.get(Number(row[numberColumn])) as Record<string, unknown>;
                expect(got.probability as number).toBeCloseTo(probabilities[i] as number, 12);
              });
            }
          });
        }
      }
    }
  },
);
