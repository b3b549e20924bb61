// DuckDB for the SQL tests: leads loaded from CSV (types detected, or every column as text), queries run, and the
// test-only rewrite that lets DuckDB run the BigQuery text (docs/sql.md lists the constructs it rewrites).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** The BigQuery-only words a LeadLift query uses and their DuckDB spelling. */
const words: Record<string, string> = {
  SAFE_CAST: 'TRY_CAST',
  FLOAT64: 'DOUBLE',
  INT64: 'BIGINT',
  STRING: 'VARCHAR',
  REGEXP_CONTAINS: 'regexp_matches',
  EXCEPT: 'EXCLUDE',
};

const duckText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The BigQuery text as DuckDB SQL: backticked paths become double-quoted names, raw strings r'…' and quoted strings
 * with backslash escapes become standard literals, and the words above are renamed. Anything else is copied.
 */
export function bigQueryToDuckDb(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '`') {
      let name = '';
      for (i++; sql[i] !== '`'; i++) name += sql[i] === '\\' ? sql[++i] : sql[i];
      i++;
      out += name
        .split('.')
        .map((part) => `"${part.replace(/"/g, '""')}"`)
        .join('.');
    } else if ((c === 'r' || c === 'R') && sql[i + 1] === "'" && !/\w/.test(sql[i - 1] ?? '')) {
      let text = '';
      for (i += 2; sql[i] !== "'"; i++) {
        if (sql[i] === '\\') text += sql[i++];
        text += sql[i];
      }
      i++;
      out += duckText(text);
    } else if (c === "'") {
      let text = '';
      for (i++; sql[i] !== "'"; i++) {
        if (sql[i] !== '\\') {
          text += sql[i];
          continue;
        }
        const next = sql[++i];
        if (next === 'u') {
          text += String.fromCharCode(parseInt(sql.slice(i + 1, i + 5), 16));
          i += 4;
        } else text += next;
      }
      i++;
      // Control characters go in as chr(n), as the DuckDB dialect writes them.
      // eslint-disable-next-line no-control-regex
      const parts = text.split(/([\u0000-\u001f\u007f\u2028\u2029])/);
      const pieces = parts
        .map((part, k) => (k % 2 === 1 ? `chr(${part.charCodeAt(0)})` : part === '' ? '' : duckText(part)))
        .filter((piece) => piece !== '');
      out += pieces.length === 0 ? "''" : `(${pieces.join(' || ')})`;
    } else if (/[A-Za-z_]/.test(c)) {
      let word = '';
      while (i < sql.length && /\w/.test(sql[i])) word += sql[i++];
      out += words[word] ?? word;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export interface LeadsDatabase {
  connection: DuckDBConnection;
  /** Rows of a query as objects, numbers as numbers. */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): void;
}

/** A CSV field: quoted when it holds a comma, a quote, a line break or surrounding spaces. */
const csvField = (value: string) =>
  /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * An in-memory DuckDB with the leads loaded twice from one CSV file: `typed` with the types DuckDB detects, `text`
 * with every column as VARCHAR. The leads are rows of CSV fields (header first) or a CSV file.
 */
export async function leadsDatabase(
  leads: readonly (readonly string[])[] | { file: string },
): Promise<LeadsDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'leadlift-sql-'));
  let file = join(dir, 'leads.csv');
  if ('file' in leads) file = leads.file;
  else writeFileSync(file, leads.map((row) => row.map(csvField).join(',')).join('\n') + '\n');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const path = duckText(file);
  // BigQuery's UNIX_DATE is a function here too, so the BigQuery text needs no rewrite for it.
  await connection.run(`CREATE MACRO UNIX_DATE(d) AS (d - DATE '1970-01-01')`);
  await connection.run(
    `CREATE TABLE typed AS SELECT * FROM read_csv(${path}, header = true, sample_size = -1)`,
  );
  await connection.run(
    `CREATE TABLE text AS SELECT * FROM read_csv(${path}, header = true, all_varchar = true)`,
  );
  rmSync(dir, { recursive: true, force: true });
  return {
    connection,
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS();
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The column types DuckDB gave a table, by column name. */
export async function columnTypes(db: LeadsDatabase, table: string): Promise<Record<string, string>> {
  const rows = await db.rows(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}'`,
  );
  return Object.fromEntries(rows.map((r) => [String(r.column_name), String(r.data_type)]));
}

/**
 * A derived table `t(i, cell)` of text cells in their order (NULL for null), to evaluate SQL expressions on cells
 * written in the test.
 */
export function cellsTable(cells: readonly (string | null)[]): string {
  const rows = cells.map((cell, i) => `(${i}, ${cell === null ? 'CAST(NULL AS VARCHAR)' : duckText(cell)})`);
  return `(VALUES ${rows.join(', ')}) AS t(i, cell)`;
}
