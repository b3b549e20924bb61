// =CLOSERATESQL(table, attribute, outcome): =CLOSERATE's table as a SQL query over a whole table, one line per cell.

import { InputError } from '../../core/inputError';
import { closeRateSql } from '../../core/sql/closeRateSql';
import { dialectNamed } from '../../core/sql/dialect';
import { textArgument } from '../parse/textArgument';
import type { SheetValue } from '../parse/sheetValues';
import type { FunctionHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary:
    'A SQL query that gives CLOSERATE’s table (Leads, Conversions, Close rate, Lift per value) for every lead of a BigQuery or DuckDB table.',
  params: [
    {
      name: 'table',
      example: '"myproject.crm.leads"',
      help: 'The leads table as the engine names it: project.dataset.table in BigQuery, a table name in DuckDB.',
    },
    { name: 'attribute', example: '"Lead Source"', help: 'The name of the attribute column in that table.' },
    {
      name: 'outcome',
      example: '"Converted"',
      help: 'The name of the outcome column: TRUE/FALSE, 1/0, yes/no or won/lost, as CLOSERATE reads it.',
    },
    { name: 'dialect', example: '"bigquery"', help: '"bigquery" (the default) or "duckdb".', optional: true },
  ],
  returns:
    'The query, one line per cell in one column; its result has one row per value, highest close rate first.',
};

export function CLOSERATESQL(
  table: unknown,
  attribute: unknown,
  outcome: unknown,
  dialect?: unknown,
): SheetValue[][] {
  const required = (value: unknown, name: string, example: string) => {
    const text = textArgument(value, name, example);
    if (text === undefined)
      throw new InputError(`The ${name} is missing: give its name, such as ${example}.`);
    return text;
  };
  const tableName = required(table, 'table', '"myproject.crm.leads"');
  const attributeName = required(attribute, 'attribute', '"Lead Source"');
  const outcomeName = required(outcome, 'outcome', '"Converted"');
  const engine = dialectNamed(textArgument(dialect, 'dialect', '"bigquery" or "duckdb"'));
  return closeRateSql(engine, tableName, attributeName, outcomeName).map((line) => [line]);
}
