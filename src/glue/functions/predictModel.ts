// =PREDICTMODEL(history, outcome, [method], [points_to_double], [pairs]): a model learnt from closed leads, as a
// table =LEADSCORE and =LEADPROBABILITY read.

import { InputError } from '../../core/inputError';
import { boostedDefaults } from '../../core/predict/ebm/explainableBoosting';
import { predictMethods, predictModel } from '../../core/predict/predictModel';
import { choiceArgument, countArgument, isLeftOut, numberArgument } from '../parse/arguments';
import { attributeColumns, columnHeaders } from '../parse/attributes';
import { usedHeight } from '../parse/columns';
import { parseOutcomes } from '../parse/outcome';
import { isEmptyCell, type SheetValue, toColumn, toGrid } from '../parse/sheetValues';
import type { FunctionHelp } from '../functionHelp';

/** More pairs than this make a table nobody reads, and a fit too slow for a cell. */
const maxPairs = 50;

/** Weights shown to 4 decimals: enough to recompute a probability, short enough to read. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export const help: FunctionHelp = {
  summary:
    'Learns points from closed leads (logistic regression, naive Bayes or explainable boosting): a model table for LEADSCORE.',
  params: [
    {
      name: 'history',
      example: 'A1:F',
      help: 'The closed leads: attribute columns with their names in the first row.',
    },
    {
      name: 'outcome',
      example: 'H1:H',
      help: 'Whether each lead converted, with a header: TRUE/FALSE, 1/0, yes/no or won/lost.',
    },
    {
      name: 'method',
      example: '"logistic"',
      help: '"logistic" (default), "bayes", or "boosted" (learns how pairs of attributes work together).',
      optional: true,
    },
    {
      name: 'points_to_double',
      example: '10',
      help: 'How many points double the odds of converting (default 10).',
      optional: true,
    },
    {
      name: 'pairs',
      example: `${boostedDefaults.pairs}`,
      help: `For "boosted": how many pairs of attributes get a table of their own (default ${boostedDefaults.pairs}; 0 for none).`,
      optional: true,
    },
  ],
  returns:
    'A table Attribute | Value | Points | Weight | Leads, with a (base) row holding the starting log-odds; "boosted" adds pair rows such as Contract & Tenure | Month-to-month & <6.',
};

export function PREDICTMODEL(
  history: unknown,
  outcome: unknown,
  method?: unknown,
  points_to_double?: unknown,
  pairs?: unknown,
): SheetValue[][] {
  const historyGrid = toGrid(history, 'history');
  const outcomeCells = toColumn(outcome, 'outcome');
  const outcomeGrid = toGrid(outcome, 'outcome');
  const chosenMethod = choiceArgument(method, 'method', predictMethods);
  const pairCount = isLeftOut(pairs)
    ? undefined
    : countArgument(pairs, 'pairs', { fallback: boostedDefaults.pairs, min: 0, max: maxPairs });
  if (pairCount !== undefined && chosenMethod !== 'boosted')
    throw new InputError('pairs applies to the "boosted" method only: leave it out, or use "boosted".');
  const options = {
    method: chosenMethod,
    // Bounded so that no point of the model is too large for a cell to show.
    pointsToDouble: numberArgument(points_to_double, 'points_to_double', {
      fallback: 10,
      above: 0,
      atMost: 1000,
    }),
    ...(pairCount === undefined ? {} : { boosting: { pairs: pairCount } }),
  };
  const height = usedHeight([
    { name: 'history', grid: historyGrid },
    { name: 'outcome', grid: outcomeGrid },
  ]);
  const first = outcomeCells[0];
  if (height === 0 || typeof first !== 'string' || isEmptyCell(first)) {
    throw new InputError(
      'PREDICTMODEL needs a header row: start both ranges at the column names (for example A1:F and H1:H).',
    );
  }
  if (height <= 1) throw new InputError('There are no leads: the ranges hold no data below the header.');
  const names = columnHeaders(historyGrid, 'history');
  const converted = parseOutcomes(outcomeCells.slice(1, height), 2);
  const cells = attributeColumns(
    historyGrid,
    1,
    height,
    names.map((name) => `Attribute "${name}"`),
  );
  const model = predictModel(
    names.map((name, j) => ({ name, cells: cells[j] })),
    converted,
    options,
  );
  return [
    ['Attribute', 'Value', 'Points', 'Weight', 'Leads'],
    ['(base)', '', model.basePoints, round4(model.intercept), model.leadCount],
    ...model.rules.map((r) => [r.attribute, r.value, r.points, round4(r.weight), r.leads]),
  ];
}
