import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type LoadedAddOn, loadAddOn } from '../../src/sandbox';
import { criterionLeadRows, type SheetCell, sheetsValue } from '../support/criterionLeads';
import { bigQueryToDuckDb, type LeadsDatabase, leadsDatabase } from '../support/duckdb';
import { dataFile, dataReady, parseCsv } from '../support/realData';

const dist = join(import.meta.dirname, '../../dist');

/** Runs =CLOSERATESQL's query in both dialects and checks its rows against =CLOSERATE's table. */
async function checkCloseRates(
  addOn: LoadedAddOn,
  db: LeadsDatabase,
  grid: SheetCell[][],
  attribute: string,
  outcome: string,
  table: string,
): Promise<void> {
  const column = (name: string) => grid.map((row) => [row[grid[0].indexOf(name)]]);
  const expected = (addOn.call('CLOSERATE', column(attribute), column(outcome)) as SheetCell[][]).slice(1);
  for (const dialect of ['duckdb', 'bigquery']) {
    const lines = (addOn.call('CLOSERATESQL', table, attribute, outcome, dialect) as SheetCell[][]).map(
      (r) => r[0],
    );
    const sql = dialect === 'duckdb' ? lines.join('\n') : bigQueryToDuckDb(lines.join('\n'));
    const rows = await db.rows(sql);
    const got = rows.map((r) => [
      String(r[attribute]),
      Number(r.Leads),
      Number(r.Conversions),
      r['Close rate'],
      r.Lift ?? '',
    ]);
    const want = expected.map((r) => [String(r[0]), ...r.slice(1)]);
    const byValue = (list: unknown[][]) => [...list].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byValue(got), `${attribute} (${dialect}, ${table})`).toEqual(byValue(want));
    // Highest close rate first, then most leads, as =CLOSERATE orders them.
    for (let i = 1; i < got.length; i++) {
      const [a, b] = [got[i - 1], got[i]] as number[][];
      expect(a[3] > b[3] || (a[3] === b[3] && a[1] >= b[1])).toBe(true);
    }
  }
}

describe('=CLOSERATESQL on DuckDB against =CLOSERATE in the sandbox', () => {
  let addOn: LoadedAddOn;
  let db: LeadsDatabase;
  const rows = criterionLeadRows(3000);
  const grid: SheetCell[][] = [rows[0], ...rows.slice(1).map((row) => row.map(sheetsValue))];
  beforeAll(async () => {
    addOn = loadAddOn(dist, createSandbox({ authMode: 'CUSTOM_FUNCTION', timeZone: 'Etc/UTC' }));
    db = await leadsDatabase(rows);
  });
  afterAll(() => db?.close());
  for (const attribute of ['Lead Source', 'Visits', 'Customer', 'Signed up', 'Mixed', 'Job "title"']) {
    it(`gives =CLOSERATE's table per value of ${attribute}, with the outcome words of =CLOSERATE`, async () => {
      for (const table of ['typed', 'text'])
        await checkCloseRates(addOn, db, grid, attribute, 'Became customer', table);
    });
  }
  it('stops with the outcome it cannot read, in words', async () => {
    const bad = await leadsDatabase([
      ['Source', 'Won'],
      ['a', 'yes'],
      ['b', 'maybe'],
    ]);
    const lines = (addOn.call('CLOSERATESQL', 'typed', 'Source', 'Won', 'duckdb') as SheetCell[][]).map(
      (r) => r[0],
    );
    await expect(bad.rows(lines.join('\n'))).rejects.toThrow(
      'Outcome "maybe" is not an outcome: use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
    bad.close();
  });
  it('says which argument is missing', () => {
    expect(() => addOn.call('CLOSERATESQL', 'crm.leads', '', 'Won')).toThrow(
      'The attribute is missing: give its name, such as "Lead Source".',
    );
  });
});

describe.skipIf(!dataReady)(
  `=CLOSERATESQL on the X Education leads${dataReady ? '' : ' (skipped: the dataset ../shared/data/leads-x-education.csv is absent)'}`,
  { timeout: 120_000 },
  () => {
    let addOn: LoadedAddOn;
    let db: LeadsDatabase;
    let grid: SheetCell[][];
    beforeAll(async () => {
      addOn = loadAddOn(dist, createSandbox({ authMode: 'CUSTOM_FUNCTION', timeZone: 'Etc/UTC' }));
      const rows = parseCsv(readFileSync(dataFile, 'utf8')).filter((row) => row.length > 1);
      grid = [rows[0], ...rows.slice(1).map((row) => row.map(sheetsValue))];
      db = await leadsDatabase({ file: dataFile });
    });
    afterAll(() => db?.close());
    // Do Not Email is Yes/No, which DuckDB loads as BOOL (shown true/false): checked on the text load only.
    for (const [attribute, tables] of [
      ['Lead Source', ['typed', 'text']],
      ['TotalVisits', ['typed', 'text']],
      ['Page Views Per Visit', ['typed', 'text']],
      ['Specialization', ['typed', 'text']],
      ['Do Not Email', ['text']],
    ] as const) {
      it(`gives =CLOSERATE's table per value of ${attribute}`, async () => {
        for (const table of tables) await checkCloseRates(addOn, db, grid, attribute, 'Converted', table);
      });
    }
  },
);
