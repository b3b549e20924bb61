// =SUGGESTPOINTS(attributes, outcome, [method], [min_leads]): a scoring model from the leads' close rates.

import { InputError } from '../../core/inputError';
import { jointPoints } from '../../core/jointPoints';
import { suggestMethods } from '../../core/points';
import { suggestPoints } from '../../core/suggestPoints';
import { suggestedPointsRows } from '../format/closeRates';
import { choiceArgument, countArgument } from '../parse/arguments';
import { attributeColumns, columnHeaders } from '../parse/attributes';
import { usedHeight } from '../parse/columns';
import { parseOutcomes } from '../parse/outcome';
import { isEmptyCell, quoteCell, type SheetValue, toColumn, toGrid } from '../parse/sheetValues';
import type { FunctionHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary:
    'Suggests points for every value of every attribute from how often leads with it became customers.',
  params: [
    {
      name: 'attributes',
      example: 'B1:F',
      help: 'Attribute columns with their names in the first row. Numeric columns are cut into up to 5 bins; date columns are skipped.',
    },
    {
      name: 'outcome',
      example: 'H1:H',
      help: 'The outcome column with its name in the first row: TRUE/FALSE, 1/0, yes/no or won/lost. Same height as attributes.',
    },
    {
      name: 'method',
      example: '"odds"',
      help: '"odds" (default): +10 points doubles the odds of converting. "ratio": close rate ÷ overall rate. "difference": close rate − overall rate in percentage points. "joint": one logistic fit of every attribute together, scaled so scores run 0–100; a fact repeated in several columns shares its points.',
      optional: true,
    },
    {
      name: 'min_leads',
      example: '10',
      help: 'Values seen in fewer leads get 0 points (default 10).',
      optional: true,
    },
  ],
  returns:
    'Attribute | Value | Points | Leads | Conversions | Close rate | Lift | Low | High (95% interval).',
};

export function SUGGESTPOINTS(
  attributes: unknown,
  outcome: unknown,
  method?: unknown,
  min_leads?: unknown,
): SheetValue[][] {
  const attributeGrid = toGrid(attributes, 'attributes');
  const outcomeCells = toColumn(outcome, 'outcome');
  const outcomeGrid = toGrid(outcome, 'outcome');
  const options = {
    method: choiceArgument(method, 'method', suggestMethods),
    minLeads: countArgument(min_leads, 'min_leads', { fallback: 10, min: 0 }),
  };
  const height = usedHeight([
    { name: 'attributes', grid: attributeGrid },
    { name: 'outcome', grid: outcomeGrid },
  ]);
  if (height === 0) throw new InputError('There are no leads: the ranges are empty.');
  // The header row is required, so a text in the first row is a header even when it reads like an outcome
  // ("Won"); a number, TRUE/FALSE or an empty cell there means the header row was left out.
  const first = outcomeCells[0];
  if (typeof first !== 'string' || isEmptyCell(first)) {
    const shown = isEmptyCell(first)
      ? 'empty'
      : typeof first === 'boolean'
        ? String(first).toUpperCase()
        : quoteCell(first);
    throw new InputError(
      `The first row of outcome is ${shown}, not a column name: SUGGESTPOINTS needs a header row, so start both ranges at the column names (for example A1:F and H1:H).`,
    );
  }
  const names = columnHeaders(attributeGrid, 'attributes');
  if (height <= 1) throw new InputError('There are no leads: the ranges hold no data below the header.');
  const converted = parseOutcomes(outcomeCells.slice(1, height), 2);
  const cells = attributeColumns(
    attributeGrid,
    1,
    height,
    names.map((name) => `Attribute "${name}"`),
  );
  const columns = names.map((name, j) => ({ name, cells: cells[j] }));
  const { method: chosen, minLeads } = options;
  const { rows, skipped } =
    chosen === 'joint'
      ? jointPoints(columns, converted, { minLeads })
      : suggestPoints(columns, converted, { method: chosen, minLeads });
  if (skipped.length === columns.length) {
    throw new InputError(
      'Every attribute column holds dates, and dates are not scored: give columns that describe the leads.',
    );
  }
  return suggestedPointsRows(rows);
}
