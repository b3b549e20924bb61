// =CONVERSIONRATE(outcome): conversions ÷ leads.

import { conversionRate } from '../../core/conversionRate';
import { outcomeHasHeader, usedHeight } from '../parse/columns';
import { parseOutcomes } from '../parse/outcome';
import { toColumn } from '../parse/sheetValues';

export function CONVERSIONRATE(outcome: unknown): number {
  const cells = toColumn(outcome, 'outcome');
  const height = usedHeight([{ name: 'outcome', grid: cells.map((c) => [c]) }]);
  const start = outcomeHasHeader(cells) ? 1 : 0;
  return conversionRate(parseOutcomes(cells.slice(start, height), start + 1));
}
