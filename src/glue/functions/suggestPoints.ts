// =SUGGESTPOINTS(attributes, outcome, [method], [min_leads]): a scoring model from the leads' close rates.

import { InputError } from '../../core/inputError';
import { jointPoints } from '../../core/jointPoints';
import { suggestMethods } from '../../core/points';
import { suggestPoints } from '../../core/suggestPoints';
import { suggestedPointsRows } from '../format/closeRates';
import { choiceArgument, countArgument } from '../parse/arguments';
import { parseHistory, skippedNote } from '../parse/history';
import type { SheetValue } from '../parse/sheetValues';
import type { FunctionHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary:
    'Suggests points for every value of every attribute from how often leads with it became customers.',
  params: [
    {
      name: 'attributes',
      example: 'B1:F',
      help: 'Attribute columns with their names in the first row. Numeric columns are cut into up to 5 bins; date columns are skipped. A whole sheet works: empty columns, columns that identify leads (IDs, e-mails) and the outcome column are left out, as a (note) row says.',
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
  const options = {
    method: choiceArgument(method, 'method', suggestMethods),
    minLeads: countArgument(min_leads, 'min_leads', { fallback: 10, min: 0 }),
  };
  const history = parseHistory(attributes, outcome, 'attributes', 'SUGGESTPOINTS');
  const { attributes: columns, converted } = history;
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
  const [header, ...body] = suggestedPointsRows(rows);
  const left = skipped.length > 0 ? [...history.skipped, `${skipped.join(', ')} (dates)`] : history.skipped;
  return [header, ...skippedNote(left, header.length), ...body];
}
