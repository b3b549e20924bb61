import sqlParser from 'node-sql-parser/build/bigquery.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModelTable } from '../../../../src/core/modelTable';
import { bigQuery, duckDb } from '../../../../src/core/sql/dialect';
import { dimensionColumn, modelSql } from '../../../../src/core/sql/modelSql';
import { criterionModel } from '../../../support/criterionLeads';
import { bigQueryToDuckDb, type LeadsDatabase, leadsDatabase } from '../../../support/duckdb';

const { Parser } = sqlParser;
const parser = new Parser();
const parsesAsBigQuery = (sql: string) => parser.astify(sql, { database: 'BigQuery' });
const model = parseModelTable(criterionModel());
const weights = { weights: model.rules.map((_, r) => (r % 7) / 10 - 0.3), base: -1.5 };

describe('the BigQuery text', () => {
  it('parses with a BigQuery grammar, with and without probability', () => {
    expect(() =>
      parsesAsBigQuery(modelSql(bigQuery, model, 'my-project.crm.leads').join('\n')),
    ).not.toThrow();
    expect(() =>
      parsesAsBigQuery(modelSql(bigQuery, model, 'my-project.crm.leads', weights).join('\n')),
    ).not.toThrow();
  });
  it('is refused by that grammar when it is broken, so the check above can fail', () => {
    const lines = modelSql(bigQuery, model, 'crm.leads');
    expect(() => parsesAsBigQuery(lines.slice(0, -3).join('\n'))).toThrow();
  });
  it('uses the BigQuery-only constructs docs/sql.md lists, which the test rewrite turns into DuckDB ones', () => {
    const sql = modelSql(bigQuery, model, 'crm.leads', weights).join('\n');
    const constructs = ['SAFE_CAST', 'FLOAT64', 'INT64', 'STRING', 'REGEXP_CONTAINS', 'EXCEPT', 'UNIX_DATE'];
    for (const word of constructs) expect(sql).toContain(word);
    const duck = bigQueryToDuckDb(sql);
    for (const word of ['SAFE_CAST', 'FLOAT64', 'REGEXP_CONTAINS', 'EXCEPT', '`'])
      expect(duck).not.toContain(word);
  });
});

describe('dimension columns', () => {
  it('names dimension columns in lower case with non-alphanumerics as _', () => {
    expect(dimensionColumn(' Fit ')).toBe('fit_score');
    expect(dimensionColumn('Engagement & intent')).toBe('engagement___intent_score');
    const clash = parseModelTable([
      ['Attribute', 'Value', 'Points', 'Dimension'],
      ['a', 'x', 1, 'Fit-1'],
      ['a', 'y', 1, 'Fit 1'],
    ]);
    expect(() => modelSql(duckDb, clash, 't')).toThrow(/both become the column fit_1_score/);
  });
});

describe('nothing in the data or the model is SQL', () => {
  let db: LeadsDatabase;
  const hostile = `x"); DROP TABLE typed; --`;
  const quoteName = "it's `odd` \\";
  beforeAll(async () => {
    db = await leadsDatabase([
      ['Lead ID', hostile, quoteName],
      ['1', `'); DROP TABLE typed; --`, "a'b"],
      ['2', 'plain', '\\'],
    ]);
  });
  afterAll(() => db?.close());
  it('scores hostile column names, values and criteria in both dialects, and the table survives', async () => {
    const hostileModel = parseModelTable([
      ['Attribute', 'Value', 'Points'],
      [hostile, `'); DROP TABLE typed; --`, 5],
      [quoteName, "a'b", 7],
      [quoteName, '\\', 11],
      [quoteName, "*'*", 13],
    ]);
    for (const sql of [
      modelSql(duckDb, hostileModel, 'typed').join('\n'),
      bigQueryToDuckDb(modelSql(bigQuery, hostileModel, 'typed').join('\n')),
    ]) {
      const rows = await db.rows(`${sql}\nORDER BY "Lead ID"`);
      expect(rows.map((r) => r.score)).toEqual([25, 11]);
    }
    expect(await db.rows('SELECT CAST(count(*) AS INTEGER) AS n FROM typed')).toEqual([{ n: 2 }]);
  });
});
