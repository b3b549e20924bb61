import sqlParser from 'node-sql-parser/build/bigquery.js';
import { describe, expect, it } from 'vitest';
import { closeRateSql } from '../../../../src/core/sql/closeRateSql';
import { bigQuery } from '../../../../src/core/sql/dialect';

const { Parser } = sqlParser;

describe('closeRateSql', () => {
  it('writes BigQuery text that a BigQuery grammar parses', () => {
    const sql = closeRateSql(bigQuery, 'my-project.crm.leads', 'Lead Source', 'Converted').join('\n');
    expect(() => new Parser().astify(sql, { database: 'BigQuery' })).not.toThrow();
  });
  it('reads the outcome words =CLOSERATE reads, and quotes the column names', () => {
    const sql = closeRateSql(bigQuery, 'crm.leads', "Lead `Source'", 'Won?').join('\n');
    for (const word of ["'yes'", "'won'", "'sí'", "'lost'", "'nein'"]) expect(sql).toContain(word);
    expect(sql).toContain("`Lead \\`Source'`");
  });
});
