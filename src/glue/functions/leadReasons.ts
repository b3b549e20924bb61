// =LEADREASONS(leads, model, [top_n]): why each lead has its score, one column aligned with the leads.

import { leadReasons } from '../../core/leadReasons';
import { scoreLeads } from '../../core/scoreLeads';
import { parseLeadsArgument, parseModelArgument } from '../parse/leads';
import { countArgument } from '../parse/scoreCells';
import type { SheetValue } from '../parse/sheetValues';

export function LEADREASONS(leads: unknown, model: unknown, top_n?: unknown): SheetValue[][] {
  const parsedModel = parseModelArgument(model);
  const topN = countArgument(top_n, 'top_n', 3);
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
