// =LEADSCORE(leads, model, [dimension], [header]): each lead's score, one column aligned with the leads.

import { leadTotals } from '../../core/scoreLeads';
import { headerArgument, nameArgument } from '../parse/arguments';
import { parseLeadsArgument, parseModelArgument } from '../parse/leads';
import type { SheetValue } from '../parse/sheetValues';
import { resultText } from '../format/resultText';
import type { FunctionHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary:
    'Scores each lead with a model: the total of the points of every rule it matches, in one column aligned with the leads.',
  params: [
    {
      name: 'leads',
      example: 'A1:F',
      help: 'The leads with their column names in the first row; the model’s attributes name these columns (case and spaces ignored).',
    },
    {
      name: 'model',
      example: 'Model!A1:D',
      help: 'The model: a header row naming Attribute, Value (or Criterion) and Points, optionally Dimension; =SUGGESTPOINTS output works as it is.',
    },
    {
      name: 'dimension',
      example: '"Fit"',
      help: 'Count only the rules of this dimension (from the model’s Dimension column); leave out for all rules.',
      optional: true,
    },
    {
      name: 'header',
      example: '"Fit score"',
      help: 'The text of the header cell, e.g. in the sheet’s language (default Score, or "<Dimension> score").',
      optional: true,
    },
  ],
  returns:
    'A header (Score, or "<Dimension> score"), then one score per lead; an empty lead row gives an empty cell.',
  examples: [
    {
      args: [
        [
          ['Source', 'Visits'],
          ['Google', 2],
          ['Bing', 12],
          ['', 30],
        ],
        [
          ['Attribute', 'Value', 'Points'],
          ['Source', 'Google', 10],
          ['Visits', '>=10', 5],
          ['Visits', '>=20', 8],
        ],
      ],
      result: [['Score'], [10], [5], [13]],
    },
  ],
};

export function LEADSCORE(
  leads: unknown,
  model: unknown,
  dimension?: unknown,
  header?: unknown,
): SheetValue[][] {
  const parsedModel = parseModelArgument(model);
  const wanted = nameArgument(dimension, 'dimension', '"Fit" or "Engagement"');
  const { table, rangeHeight, checkCells } = parseLeadsArgument(leads, parsedModel);
  const scored = leadTotals(table, parsedModel.rules, { dimension: wanted, checkCells });
  const named = wanted === undefined ? 'Score' : `${scored.rules[0].dimension ?? wanted.trim()} score`;
  const { totals, empty } = scored;
  const out = new Array<SheetValue[]>(rangeHeight);
  out[0] = [resultText(headerArgument(header, named))];
  for (let i = 1; i < rangeHeight; i++) {
    const lead = i - 1;
    out[i] = [lead < totals.length && !empty[lead] ? totals[lead] : ''];
  }
  return out;
}
