import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberInText, serialOfDateText } from '../../../../src/core/cellValue';
import {
  dateSerial,
  likeText,
  literalPattern,
  textNumber,
  trimmedText,
  wildcardPattern,
} from '../../../../src/core/sql/cellSql';
import { duckDb } from '../../../../src/core/sql/dialect';
import { cellsTable, type LeadsDatabase, leadsDatabase } from '../../../support/duckdb';

let db: LeadsDatabase;
beforeAll(async () => {
  db = await leadsDatabase([['x'], ['1']]);
});
afterAll(() => db?.close());

/** One SQL expression of `cell` evaluated on DuckDB for each cell, in order; DuckDB's BIGINTs as numbers. */
async function evaluate(expression: string, cells: readonly (string | null)[]): Promise<unknown[]> {
  const rows = await db.rows(`SELECT ${expression} AS v FROM ${cellsTable(cells)} ORDER BY i`);
  return rows.map((r) => (typeof r.v === 'bigint' ? Number(r.v) : r.v));
}

describe('trimmedText', () => {
  it('strips the white space JavaScript’s trim() strips, and nothing inside', async () => {
    // Tab, line feed, no-break space (Zs), em space (Zs), line separator (Zl), byte-order mark: all trimmed.
    const cells = ['  Webinar ', '\tA\n', '\u00a0x\u2003', '\u2028y\ufeff', 'a  b', 'plain', '', '   '];
    expect(await evaluate(trimmedText(duckDb, 'cell'), cells)).toEqual(cells.map((c) => c.trim()));
  });
  it('keeps a NULL cell NULL', async () => {
    expect(await evaluate(trimmedText(duckDb, 'cell'), [null])).toEqual([null]);
  });
});

describe('textNumber', () => {
  it('reads a number exactly where numberInText does', async () => {
    const cells = [
      '10',
      '-2.5',
      '+3',
      '.5',
      '7.',
      '1e3',
      '2E-2',
      '1,000',
      '0x1F',
      '1_000',
      '10%',
      'ten',
      '',
      '1e',
    ];
    const expected = cells.map((c) => numberInText(c) ?? null);
    expect(await evaluate(textNumber(duckDb, 'cell'), cells)).toEqual(expected);
  });
});

describe('dateSerial', () => {
  it('gives the Sheets serial of a yyyy-mm-dd text, as serialOfDateText does', async () => {
    // 2026-01-01 is day 46023 from 1899-12-30; 1970-01-01 is day 25569; 2024-02-29 exists, 2026-02-31 does not.
    const cells = ['2026-01-01', '1970-01-01', '2024-02-29', '2026-02-31', '2026-13-01', 'soon', ''];
    expect(await evaluate(dateSerial(duckDb, 'cell'), cells)).toEqual([
      46023,
      25569,
      45351,
      null,
      null,
      null,
      null,
    ]);
    expect(cells.slice(0, 3).map(serialOfDateText)).toEqual([46023, 25569, 45351]);
  });
});

describe('likeText', () => {
  it('writes a number as JavaScript does and lower-cases other text', async () => {
    // 10.0 is the whole number 10; 2.5 keeps its decimals; 'Google' has no number and is lower-cased.
    const cells = ['10.0', '2.5', 'Google', '-3'];
    const sql = likeText(duckDb, 'cell', textNumber(duckDb, 'cell'));
    expect(await evaluate(sql, cells)).toEqual(['10', '2.5', 'google', '-3']);
  });
});

describe('literalPattern and wildcardPattern', () => {
  it('escape punctuation and write control and separator characters as code points', () => {
    expect(literalPattern('a.b')).toBe('a\\.b');
    expect(literalPattern('(x)*')).toBe('\\(x\\)\\*');
    expect(literalPattern('a\nb\u00a0c')).toBe('a\\x{A}b\\x{A0}c');
    expect(literalPattern('Zoë 10')).toBe('Zoë 10');
  });
  it('make a pattern that matches exactly the text, whatever ASCII punctuation it holds', async () => {
    const punctuation = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    const text = `${punctuation} tab\tline\nend\u00a0✓`;
    const sql = (candidate: string) =>
      `regexp_matches(${duckDb.text(candidate)}, ${duckDb.regex(`^${literalPattern(text)}$`)})`;
    const [row] = await db.rows(`SELECT ${sql(text)} AS same, ${sql(text.replace('.', 'x'))} AS other`);
    expect(row).toEqual({ same: true, other: false });
  });
  it('read * as any run, ? as one character and ~ as making the next one literal, anchored', async () => {
    expect(wildcardPattern('Goo*')).toBe('(?s)^goo.*$');
    const cases: [string, string, boolean][] = [
      ['goo*', 'google', true],
      ['goo*', 'ago', false],
      ['g?ogle', 'gxogle', true],
      ['g?ogle', 'gogle', false],
      ['what~?', 'what?', true],
      ['what~?', 'whatx', false],
      ['*~*', 'five*', true],
      ['a~~b', 'a~b', true],
      ['*line*', 'first\nline two', true],
      ['a.b', 'axb', false],
    ];
    for (const [pattern, text, expected] of cases) {
      const [row] = await db.rows(
        `SELECT regexp_matches(${duckDb.text(text)}, ${duckDb.regex(wildcardPattern(pattern))}) AS v`,
      );
      expect([pattern, text, row.v]).toEqual([pattern, text, expected]);
    }
  });
});
