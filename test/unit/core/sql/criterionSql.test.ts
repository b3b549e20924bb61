import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesCriterion, parseCriterion } from '../../../../src/core/criteria';
import { dateSerial, textNumber, trimmedText } from '../../../../src/core/sql/cellSql';
import { criterionCondition, needsNumber, numberLiteral } from '../../../../src/core/sql/criterionSql';
import { duckDb } from '../../../../src/core/sql/dialect';
import { sheetsValue } from '../../../support/criterionLeads';
import { cellsTable, type LeadsDatabase, leadsDatabase } from '../../../support/duckdb';

describe('numberLiteral', () => {
  it('writes small integers as they are and every other number in exponent form', () => {
    // DuckDB reads 0.5 as a DECIMAL and 5e-1 as a DOUBLE; integers below a million stay exact integers.
    expect([10, -3, 0, 999_999].map(numberLiteral)).toEqual(['10', '-3', '0', '999999']);
    expect([0.5, 1e6, -2.25, 1e-7].map(numberLiteral)).toEqual(['5e-1', '1e+6', '-2.25e+0', '1e-7']);
  });
  it('refuses a number that is not finite', () => {
    expect(() => numberLiteral(Number.NaN)).toThrow('NaN is no finite number');
    expect(() => numberLiteral(Infinity)).toThrow(RangeError);
  });
});

describe('needsNumber', () => {
  it('is true for comparisons, wildcards and numeric equality only', () => {
    const needs = ['>=10', '<5 >1', 'goo*', '10', '<>2.5', 'Google', '<>Google', '(blank)', '(any)'].map(
      (c) => needsNumber(parseCriterion(c)),
    );
    expect(needs).toEqual([true, true, true, true, true, false, false, false, false]);
  });
});

describe('criterionCondition on DuckDB', () => {
  let db: LeadsDatabase;
  beforeAll(async () => {
    db = await leadsDatabase([['x'], ['1']]);
  });
  afterAll(() => db?.close());

  // Cells as a text column holds them (NULL for an empty cell); LeadLift sees each as Sheets would hold it.
  const cells = [
    'Google',
    ' google ',
    'Google Ads',
    '10',
    '10.0',
    ' 7 ',
    '2.5',
    '-3',
    '2026-01-15',
    '2026-02-31',
    'TRUE',
    'yes',
    '',
    '   ',
    null,
    'what?',
    'R&D',
    "O'Brien",
  ];
  const criteria = [
    'Google',
    '<>Google',
    'goo*',
    '<>goo*',
    'g?ogle',
    '*?',
    'what~?',
    '10',
    '<>10',
    '>=7',
    '>=2 <10',
    '<0',
    '>2026-01-01',
    '2026-01-15',
    'true',
    'yes',
    '(blank)',
    '(any)',
    '<>(blank)',
    "O'Brien",
    'r&d',
  ];

  it('is TRUE exactly where matchesCriterion is true for the cell Sheets would hold, and never NULL', async () => {
    const text = trimmedText(duckDb, 'cell');
    const columns = `SELECT i, ${text} AS t FROM ${cellsTable(cells)}`;
    const withNumbers = `SELECT i, t, ${textNumber(duckDb, 't')} AS n, ${dateSerial(duckDb, 't')} AS d FROM (${columns})`;
    const conditions = criteria.map(
      (c, k) =>
        `${criterionCondition(duckDb, parseCriterion(c), { text: 't', number: 'n', date: 'd' })} AS c${k}`,
    );
    const rows = await db.rows(`SELECT i, ${conditions.join(', ')} FROM (${withNumbers}) ORDER BY i`);
    const disagreements: string[] = [];
    rows.forEach((row, i) => {
      criteria.forEach((c, k) => {
        const expected = matchesCriterion(parseCriterion(c), sheetsValue(cells[i] ?? ''));
        if (row[`c${k}`] !== expected)
          disagreements.push(`${JSON.stringify(cells[i])} ${c}: SQL ${String(row[`c${k}`])}`);
      });
    });
    // The one difference is on purpose: loaders read a Yes/No column as BOOL, so `yes` also matches true.
    expect(disagreements).toEqual(['"TRUE" yes: SQL true']);
  });
  it('matches a Yes/No column that the loader read as BOOL by its true and false', async () => {
    const [row] = await db.rows(
      `SELECT ${criterionCondition(duckDb, parseCriterion('Yes'), { text: 't' })} AS yes, ${criterionCondition(duckDb, parseCriterion('No'), { text: 't' })} AS no FROM (SELECT 'true' AS t)`,
    );
    expect(row).toEqual({ yes: true, no: false });
  });
  it('needs the number column where the criterion reads numbers, and says so', () => {
    expect(() => criterionCondition(duckDb, parseCriterion('>=10'), { text: 't' })).toThrow(
      't has no number column',
    );
  });
});
