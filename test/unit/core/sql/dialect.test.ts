import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/inputError';
import { bigQuery, dialectNamed, duckDb } from '../../../../src/core/sql/dialect';
import { bigQueryToDuckDb, type LeadsDatabase, leadsDatabase } from '../../../support/duckdb';

/** Texts that would end a literal or an identifier early if they were not escaped. */
const awkward = [
  "O'Brien",
  'back\\slash',
  'a\nb',
  'tab\there',
  '"quoted"',
  '`ticks`',
  "''",
  '\\',
  'Zoë ✓',
  '',
];

describe('names and texts', () => {
  it('quotes identifiers and tables for each dialect', () => {
    expect(bigQuery.identifier('Lead `Source`')).toBe('`Lead \\`Source\\``');
    expect(duckDb.identifier('Job "title"')).toBe('"Job ""title"""');
    expect(bigQuery.table('my-project.crm.leads')).toBe('`my-project.crm.leads`');
    expect(bigQuery.table('`my-project.crm.leads`')).toBe('`my-project.crm.leads`');
    expect(duckDb.table('main.leads')).toBe('"main"."leads"');
  });
  it('escapes literals so no text ends them', () => {
    expect(bigQuery.text("O'Brien \\ x")).toBe("'O\\'Brien \\\\ x'");
    expect(duckDb.text("O'Brien \\ x")).toBe("'O''Brien \\ x'");
    expect(duckDb.text('a\nb')).toBe("('a' || chr(10) || 'b')");
    expect(bigQuery.text('a\nb')).toBe("'a\\u000ab'");
  });
  it('refuses control characters in names and unknown dialects, in words', () => {
    expect(() => bigQuery.identifier('a\nb')).toThrow(/control character/);
    expect(() => bigQuery.table('crm.`leads`x')).toThrow(/backtick/);
    expect(() => dialectNamed('postgres')).toThrow(
      'The dialect "postgres" is not known: use "bigquery" or "duckdb".',
    );
    expect(dialectNamed(undefined).name).toBe('bigquery');
  });
  it('strips one pair of quotes from a table name pasted quoted, and keeps a hyphenated project whole', () => {
    expect(bigQuery.table(' `my-project.crm.leads` ')).toBe('`my-project.crm.leads`');
    expect(duckDb.table('"main.leads"')).toBe('"main"."leads"');
    expect(duckDb.table('main . leads')).toBe('"main"."leads"');
  });
  it('refuses an empty name in words', () => {
    expect(() => duckDb.identifier('  ')).toThrow('The column name is empty: give its name.');
    expect(() => bigQuery.table('``')).toThrow(InputError);
  });
  it('reads the dialect argument in any case and with spaces, BigQuery when left out', () => {
    expect(dialectNamed('DuckDB')).toBe(duckDb);
    expect(dialectNamed(' BIGQUERY ')).toBe(bigQuery);
    expect(dialectNamed('')).toBe(bigQuery);
    expect(() => dialectNamed(' duck ')).toThrow(
      'The dialect "duck" is not known: use "bigquery" or "duckdb".',
    );
  });
  it('spells the types, safe casts, regex tests, dates and column lists of each engine', () => {
    expect([bigQuery.textType, bigQuery.doubleType, bigQuery.integerType]).toEqual([
      'STRING',
      'FLOAT64',
      'INT64',
    ]);
    expect([duckDb.textType, duckDb.doubleType, duckDb.integerType]).toEqual(['VARCHAR', 'DOUBLE', 'BIGINT']);
    expect(bigQuery.safeCast('x', 'DATE')).toBe('SAFE_CAST(x AS DATE)');
    expect(duckDb.safeCast('x', 'DATE')).toBe('TRY_CAST(x AS DATE)');
    expect(bigQuery.regexContains('x', "r'a'")).toBe("REGEXP_CONTAINS(x, r'a')");
    expect(duckDb.regexContains('x', "'a'")).toBe("regexp_matches(x, 'a')");
    expect(bigQuery.unixDate('d')).toBe('UNIX_DATE(d)');
    expect(duckDb.unixDate('d')).toBe("(d - DATE '1970-01-01')");
    expect(bigQuery.allColumnsExcept(['a', 'b'])).toBe('* EXCEPT (a, b)');
    expect(duckDb.allColumnsExcept(['a'])).toBe('* EXCLUDE (a)');
    expect(bigQuery.regex('\\d+')).toBe("r'\\d+'");
    expect(duckDb.regex("it's")).toBe("'it''s'");
  });
});

describe('literals and names on DuckDB', () => {
  let db: LeadsDatabase;
  beforeAll(async () => {
    db = await leadsDatabase([['x'], ['1']]);
  });
  afterAll(() => db?.close());

  it('give back every awkward text as it is, in both dialects', async () => {
    for (const text of awkward) {
      const [row] = await db.rows(
        `SELECT ${duckDb.text(text)} AS duck, ${bigQueryToDuckDb(bigQuery.text(text))} AS big`,
      );
      expect([row.duck, row.big]).toEqual([text, text]);
    }
  });
  it('name a column with an awkward name, and read it back by that name', async () => {
    for (const name of awkward.filter((n) => n.trim() !== '' && !/[\n\t]/.test(n))) {
      const [row] = await db.rows(`SELECT 1 AS ${duckDb.identifier(name)}`);
      expect(Object.keys(row)).toEqual([name]);
    }
  });
  it('match a regular expression literal as RE2 reads it', async () => {
    const [row] = await db.rows(
      `SELECT ${duckDb.regexContains("'it''s 10'", duckDb.regex("it's \\d+"))} AS yes, ${duckDb.regexContains("'its'", duckDb.regex("it's"))} AS no`,
    );
    expect(row).toEqual({ yes: true, no: false });
  });
});
