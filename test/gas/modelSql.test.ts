import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type LoadedAddOn, loadAddOn } from '../../src/sandbox';
import { type SheetCell, criterionLeadRows, criterionModel, sheetsValue } from '../support/criterionLeads';
import { bigQueryToDuckDb, columnTypes, type LeadsDatabase, leadsDatabase } from '../support/duckdb';

const dist = join(import.meta.dirname, '../../dist');
let addOn: LoadedAddOn;
let db: LeadsDatabase;
const rows = criterionLeadRows(3000);
const grid: SheetCell[][] = [rows[0], ...rows.slice(1).map((row) => row.map(sheetsValue))];
const model = criterionModel();

beforeAll(async () => {
  addOn = loadAddOn(dist, createSandbox({ authMode: 'CUSTOM_FUNCTION', timeZone: 'Etc/UTC' }));
  db = await leadsDatabase(rows);
});
afterAll(() => db?.close());

const column = (values: unknown) => (values as SheetCell[][]).slice(1).map((row) => row[0]);
const query = (table: string, dialect: string) =>
  (addOn.call('MODELSQL', model, table, dialect) as SheetCell[][]).map((row) => row[0]).join('\n');

async function engineColumns(sql: string): Promise<Record<string, unknown[]>> {
  const result = await db.rows(`${sql}\nORDER BY CAST(SUBSTR("Lead ID", 3) AS INTEGER)`);
  const names = Object.keys(result[0]);
  return Object.fromEntries(names.map((name) => [name, result.map((r) => r[name])]));
}

describe('=MODELSQL on DuckDB against =LEADSCORE in the sandbox', () => {
  it('loads the generated leads with every column type', async () => {
    const types = await columnTypes(db, 'typed');
    expect(types).toMatchObject({
      Visits: 'BIGINT',
      'Time on site': 'DOUBLE',
      Customer: 'BOOLEAN',
      'Signed up': 'DATE',
      Mixed: 'VARCHAR',
    });
    expect(Object.values(await columnTypes(db, 'text')).every((t) => t === 'VARCHAR')).toBe(true);
  });

  const expected = () => ({
    score: column(addOn.call('LEADSCORE', grid, model)),
    fit_score: column(addOn.call('LEADSCORE', grid, model, 'Fit')),
    engagement___intent_score: column(addOn.call('LEADSCORE', grid, model, 'engagement & intent')),
    probability: column(addOn.call('LEADPROBABILITY', grid, model)),
  });

  for (const table of ['typed', 'text']) {
    for (const dialect of ['duckdb', 'bigquery']) {
      it(`scores every lead as =LEADSCORE does (${dialect} text, columns loaded ${table === 'typed' ? 'with their types' : 'as text'})`, async () => {
        const sql =
          dialect === 'duckdb' ? query(table, 'duckdb') : bigQueryToDuckDb(query(table, 'bigquery'));
        const got = await engineColumns(sql);
        const want = expected();
        expect(got.score).toEqual(want.score);
        expect(got.fit_score).toEqual(want.fit_score);
        expect(got.engagement___intent_score).toEqual(want.engagement___intent_score);
        (got.probability as number[]).forEach((p, i) =>
          expect(p).toBeCloseTo(want.probability[i] as number, 12),
        );
        expect(Object.keys(got).slice(0, rows[0].length)).toEqual(rows[0]);
      });
    }
  }
});

describe('=MODELSQL arguments', () => {
  const small = [
    ['Attribute', 'Value', 'Points'],
    ['Lead Source', 'Webinar', 15],
  ];
  it('returns the query as one column with no header, one line per cell', () => {
    const out = addOn.call('MODELSQL', small, 'myproject.crm.leads') as SheetCell[][];
    expect(out.every((row) => row.length === 1 && typeof row[0] === 'string')).toBe(true);
    expect(out[0][0]).toMatch(/^-- /);
    expect(out.map((row) => row[0]).join('\n')).toContain('FROM `myproject.crm.leads`');
  });
  it('says what is wrong with the table or the dialect', () => {
    expect(() => addOn.call('MODELSQL', small, '')).toThrow(/The table is missing/);
    expect(() => addOn.call('MODELSQL', small, 'leads', 'oracle')).toThrow(
      'The dialect "oracle" is not known: use "bigquery" or "duckdb".',
    );
    expect(() => addOn.call('MODELSQL', small, [['a', 'b']])).toThrow(/The table must be one text/);
  });
});
