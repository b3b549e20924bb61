// =MODELSQL(model, table, [dialect]): the model as a SQL query that scores a whole table, one line per cell.

import { InputError } from '../../core/inputError';
import { dialectNamed } from '../../core/sql/dialect';
import { modelSql } from '../../core/sql/modelSql';
import { parseModelArgument } from '../parse/leads';
import { type SheetValue, toGrid } from '../parse/sheetValues';
import { textArgument } from '../parse/textArgument';
import type { FunctionHelp } from '../functionHelp';
import { weightedModel } from '../parse/probabilityModel';

export const help: FunctionHelp = {
  summary:
    'The model as one SQL query that scores every lead of a BigQuery or DuckDB table as LEADSCORE does.',
  params: [
    {
      name: 'model',
      example: "'LeadLift Model'!A1:E",
      help: 'A model table (Attribute, Value, Points, optional Dimension and (base) row), as LEADSCORE reads it.',
    },
    {
      name: 'table',
      example: '"myproject.crm.leads"',
      help: 'The leads table as the engine names it: project.dataset.table in BigQuery, a table name in DuckDB.',
    },
    { name: 'dialect', example: '"bigquery"', help: '"bigquery" (the default) or "duckdb".', optional: true },
  ],
  returns:
    'The query, one line per cell in one column: every column plus score, one <dimension>_score per dimension, and probability when the model has a (base) row.',
};

export function MODELSQL(model: unknown, table: unknown, dialect?: unknown): SheetValue[][] {
  const parsed = parseModelArgument(model);
  const tableName = textArgument(table, 'table', '"myproject.crm.leads"');
  if (tableName === undefined) {
    throw new InputError(
      'The table is missing: give its name as the engine knows it, such as "myproject.crm.leads".',
    );
  }
  const engine = dialectNamed(textArgument(dialect, 'dialect', '"bigquery" or "duckdb"'));
  // A (base) row makes the model a probability model, read as =LEADPROBABILITY reads it.
  const probability =
    parsed.base === undefined
      ? undefined
      : (() => {
          const weighted = weightedModel(toGrid(model, 'model'), parsed);
          return { weights: weighted.model.rules.map((rule) => rule.points), base: weighted.base };
        })();
  return modelSql(engine, parsed, tableName, probability).map((line) => [line]);
}
