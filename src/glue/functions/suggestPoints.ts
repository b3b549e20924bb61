// =SUGGESTPOINTS(attributes, outcome, [method], [min_leads]): a scoring model from the leads' close rates.

import { InputError } from '../../core/inputError';
import { suggestPoints } from '../../core/suggestPoints';
import { suggestedPointsRows } from '../format/closeRates';
import { attributeColumns, columnHeaders } from '../parse/attributes';
import { usedHeight } from '../parse/columns';
import { parseOutcomes } from '../parse/outcome';
import { parseMethod, parseMinLeads } from '../parse/pointsOptions';
import { isEmptyCell, quoteCell, type SheetValue, toColumn, toGrid } from '../parse/sheetValues';

export function SUGGESTPOINTS(
  attributes: unknown,
  outcome: unknown,
  method?: unknown,
  min_leads?: unknown,
): SheetValue[][] {
  const attributeGrid = toGrid(attributes, 'attributes');
  const outcomeCells = toColumn(outcome, 'outcome');
  const outcomeGrid = toGrid(outcome, 'outcome');
  const options = { method: parseMethod(method), minLeads: parseMinLeads(min_leads) };
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
  const { rows, skipped } = suggestPoints(columns, converted, options);
  if (skipped.length === columns.length) {
    throw new InputError(
      'Every attribute column holds dates, and dates are not scored: give columns that describe the leads.',
    );
  }
  return suggestedPointsRows(rows);
}
