import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withDemoQuery } from '../../support/demoModelSql';

const doc = readFileSync('docs/sql.md', 'utf8');

describe('docs/sql.md', () => {
  it('shows the query the demo model gives now (run `npm run docs:sql` after changing it)', () => {
    expect(doc).toBe(withDemoQuery(doc));
  });
  it('lists every BigQuery-only construct the queries use', () => {
    for (const word of [
      'SAFE_CAST',
      'FLOAT64',
      'INT64',
      'STRING',
      'REGEXP_CONTAINS',
      'EXCEPT',
      'UNIX_DATE',
      "r'",
    ]) {
      expect(doc).toContain(word);
    }
  });
});
