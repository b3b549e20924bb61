// =LEADPROBABILITY(leads, model): each lead's probability to convert, from a =PREDICTMODEL table (its weights and
// (base) row) or a =SUGGESTPOINTS table (its odds points, and the overall rate from its Leads and Conversions).

import { sigmoid } from '../../core/logOdds';
import { leadTotals } from '../../core/scoreLeads';
import { parseLeadsArgument, parseModelArgument } from '../parse/leads';
import { weightedModel } from '../parse/probabilityModel';
import { type SheetValue, toGrid } from '../parse/sheetValues';
import type { FunctionHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary: 'Each lead’s probability to convert, from a PREDICTMODEL or SUGGESTPOINTS table.',
  params: [
    { name: 'leads', example: 'A1:F', help: 'The leads, with their column names in the first row.' },
    {
      name: 'model',
      example: "'LeadLift Model'!A1:E",
      help: 'A PREDICTMODEL table, or a SUGGESTPOINTS table with its Leads and Conversions columns.',
    },
  ],
  returns:
    'One column aligned with the leads: a Probability header, then a probability between 0 and 1 per lead.',
};

export function LEADPROBABILITY(leads: unknown, model: unknown): SheetValue[][] {
  const parsed = parseModelArgument(model);
  const { model: weighted, base } = weightedModel(toGrid(model, 'model'), parsed);
  const { table, rangeHeight, checkCells } = parseLeadsArgument(leads, weighted);
  const scored = leadTotals(table, weighted.rules, { checkCells });
  const out = new Array<SheetValue[]>(rangeHeight);
  out[0] = ['Probability'];
  for (let i = 1; i < rangeHeight; i++) {
    const lead = i - 1;
    out[i] = [lead < scored.totals.length && !scored.empty[lead] ? sigmoid(base + scored.totals[lead]) : ''];
  }
  return out;
}
