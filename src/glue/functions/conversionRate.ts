// =CONVERSIONRATE(outcome): conversions ÷ leads.

import { conversionRate } from '../../core/conversionRate';
import { outcomeHasHeader, usedHeight } from '../parse/columns';
import { parseOutcomes } from '../parse/outcome';
import { toColumn } from '../parse/sheetValues';
import { type FunctionHelp, outcomeHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary: 'The lead-to-customer conversion rate: conversions divided by leads.',
  params: [{ name: 'outcome', example: 'H2:H', help: outcomeHelp }],
  returns: 'The share of leads that converted, between 0 and 1.',
  examples: [{ args: [[['Converted'], [true], [false], ['yes'], ['no']]], result: 0.5 }],
};

export function CONVERSIONRATE(outcome: unknown): number {
  const cells = toColumn(outcome, 'outcome');
  const height = usedHeight([{ name: 'outcome', grid: cells.map((c) => [c]) }]);
  const start = outcomeHasHeader(cells) ? 1 : 0;
  return conversionRate(parseOutcomes(cells.slice(start, height), start + 1));
}
