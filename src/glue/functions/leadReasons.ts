// =LEADREASONS(leads, model, [top_n]): why each lead has its score, one column aligned with the leads.

import { InputError } from '../../core/inputError';
import { leadReasons } from '../../core/leadReasons';
import { scoreLeads } from '../../core/scoreLeads';
import { parseLeadsArgument, parseModelArgument } from '../parse/leads';
import { isLeftOut, shownArgument } from '../parse/scoreCells';
import { type SheetValue, toGrid } from '../parse/sheetValues';

/** The optional top_n argument: a whole number of 1 or more, 3 when left out. */
function parseTopN(topN: unknown): number {
  if (isLeftOut(topN)) return 3;
  const grid = toGrid(topN, 'top_n');
  const value = grid[0][0];
  if (
    grid.length !== 1 ||
    grid[0].length !== 1 ||
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1
  ) {
    throw new InputError(
      `top_n must be a whole number of 1 or more, such as 3; it is ${shownArgument(grid)}.`,
    );
  }
  return value;
}

export function LEADREASONS(leads: unknown, model: unknown, top_n?: unknown): SheetValue[][] {
  const parsedModel = parseModelArgument(model);
  const topN = parseTopN(top_n);
  const { table, rangeHeight } = parseLeadsArgument(leads, parsedModel);
  const scored = scoreLeads(table, parsedModel.rules);
  const out: SheetValue[][] = new Array(rangeHeight);
  out[0] = ['Why'];
  for (let i = 1; i < rangeHeight; i++) {
    const lead = i - 1;
    out[i] = [lead < scored.totals.length && !scored.empty[lead] ? leadReasons(scored, lead, topN) : ''];
  }
  return out;
}
