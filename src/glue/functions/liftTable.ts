// =LIFTTABLE(scores, outcome, [bands]): score bands of equal size with their close rates and lift.

import { liftTable } from '../../core/liftTable';
import { formatLiftTable } from '../format/liftTable';
import { isOmitted, readNumber } from '../parse/numbers';
import type { SheetGrid, SheetValue } from '../parse/sheetValues';
import { readScoredOutcomes } from '../parse/scoredOutcomes';

export function LIFTTABLE(scores: unknown, outcome: unknown, bands?: unknown): SheetGrid {
  const leads = readScoredOutcomes(scores, outcome);
  const count = isOmitted(bands) ? 10 : readNumber(bands as SheetValue, 'The bands argument');
  return formatLiftTable(liftTable(leads.scores, leads.converted, count));
}
