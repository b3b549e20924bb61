// =PREDICTMODEL(history, outcome, [method], [points_to_double], [pairs]): a model learnt from closed leads, as a
// table =LEADSCORE and =LEADPROBABILITY read.

import { InputError } from '../../core/inputError';
import { boostedDefaults } from '../../core/predict/ebm/explainableBoosting';
import { predictMethods, predictModel } from '../../core/predict/predictModel';
import { choiceArgument, countArgument, isLeftOut, numberArgument } from '../parse/arguments';
import { resultText } from '../format/resultText';
import { parseHistory, skippedNote } from '../parse/history';
import type { SheetValue } from '../parse/sheetValues';
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
      help: 'The closed leads: attribute columns with their names in the first row. A whole sheet works: empty columns, columns that identify leads (IDs, e-mails) and the outcome column are left out, as a (note) row says.',
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
  const leads = parseHistory(history, outcome, 'history', 'PREDICTMODEL');
  const model = predictModel(leads.attributes, leads.converted, options);
  const left =
    model.skipped.length > 0
      ? [...leads.skipped, `${model.skipped.join(', ')} (dates, or one value for every lead)`]
      : leads.skipped;
  const header = ['Attribute', 'Value', 'Points', 'Weight', 'Leads'];
  return [
    header,
    ...skippedNote(left, header.length),
    ['(base)', '', model.basePoints, round4(model.intercept), model.leadCount],
    ...model.rules.map((r) => [
      resultText(r.attribute),
      resultText(r.value),
      r.points,
      round4(r.weight),
      r.leads,
    ]),
  ];
}
