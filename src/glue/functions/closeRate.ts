// =CLOSERATE(attribute, outcome, [criterion]): close rates per value, or of the leads meeting a criterion.

import { closeRateTable, criterionCloseRate } from '../../core/closeRates';
import { InputError } from '../../core/inputError';
import { closeRateRows } from '../format/closeRates';
import { attributeColumns } from '../parse/attributes';
import { outcomeHasHeader, usedHeight } from '../parse/columns';
import { parseCriterionArgument } from '../parse/criterion';
import { parseOutcomes } from '../parse/outcome';
import { isBlank } from '../../core/cellValue';
import { type SheetValue, toColumn, toGrid } from '../parse/sheetValues';
import { type FunctionHelp, outcomeHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary:
    'Close rates per value of an attribute (a table), or the close rate of the leads whose attribute meets a criterion.',
  params: [
    {
      name: 'attribute',
      example: 'C2:C',
      help: 'The attribute column, e.g. lead source. Spaces and case are ignored; empty cells are the value (blank).',
    },
    { name: 'outcome', example: 'H2:H', help: outcomeHelp },
    {
      name: 'criterion',
      example: '">=50"',
      help: 'Leave out for the table. Otherwise a COUNTIFS-style criterion: "Google", "goo*", ">=50", ">=10 <20", "<>Bing", "(blank)", "(any)".',
      optional: true,
    },
  ],
  returns:
    'Without criterion: Value | Leads | Conversions | Close rate | Lift, highest close rate first. With a criterion: one close rate.',
  examples: [
    {
      args: [
        [['Source'], ['Google'], ['Bing'], ['Google'], ['Google'], ['Email']],
        [['Converted'], [true], [false], [false], [true], [true]],
        'Google',
      ],
      result: 2 / 3,
    },
    {
      args: [
        [['Source'], ['Google'], ['Bing'], ['Google'], ['Google'], ['Email']],
        [['Converted'], [true], [false], [false], [true], [true]],
      ],
      result: [
        ['Source', 'Leads', 'Conversions', 'Close rate', 'Lift'],
        ['Email', 1, 1, 1, 1 / 0.6],
        ['Google', 3, 2, 2 / 3, 2 / 3 / 0.6],
        ['Bing', 1, 0, 0, 0],
      ],
    },
  ],
};

export function CLOSERATE(
  attribute: unknown,
  outcome: unknown,
  criterion?: unknown,
): SheetValue[][] | number {
  toColumn(attribute, 'attribute');
  const outcomeCells = toColumn(outcome, 'outcome');
  const attributeGrid = toGrid(attribute, 'attribute');
  const outcomeGrid = toGrid(outcome, 'outcome');
  const height = usedHeight([
    { name: 'attribute', grid: attributeGrid },
    { name: 'outcome', grid: outcomeGrid },
  ]);
  const parsedCriterion = parseCriterionArgument(criterion);
  const start = outcomeHasHeader(outcomeCells) ? 1 : 0;
  if (height <= start) throw new InputError('There are no leads: the ranges hold no data.');
  const [cells] = attributeColumns(attributeGrid, start, height, ['Attribute']);
  const converted = parseOutcomes(outcomeCells.slice(start, height), start + 1);
  if (parsedCriterion) return criterionCloseRate(cells, converted, parsedCriterion).closeRate;
  const headerCell = start === 1 ? attributeGrid[0][0] : '';
  const header = isBlank(headerCell) ? 'Value' : String(headerCell).trim();
  return closeRateRows(header, closeRateTable(cells, converted));
}
