// =LEADSCORE(leads, model, [dimension]): each lead's score, one column aligned with the leads.

import { InputError } from '../../core/inputError';
import { scoreLeads } from '../../core/scoreLeads';
import { parseLeadsArgument, parseModelArgument } from '../parse/leads';
import { isEmptyCell, type SheetValue, toGrid } from '../parse/sheetValues';

/** The optional dimension argument: a name such as "Fit", or undefined when left out or empty. */
function parseDimension(dimension: unknown): string | undefined {
  if (dimension === undefined || dimension === null || isEmptyCell(dimension)) return undefined;
  const grid = toGrid(dimension, 'dimension');
  if (grid.length !== 1 || grid[0].length !== 1 || typeof grid[0][0] !== 'string') {
    throw new InputError('The dimension must be one name, such as "Fit" or "Engagement".');
  }
  return isEmptyCell(grid[0][0]) ? undefined : grid[0][0];
}

export function LEADSCORE(leads: unknown, model: unknown, dimension?: unknown): SheetValue[][] {
  const parsedModel = parseModelArgument(model);
  const wanted = parseDimension(dimension);
  const { table, rangeHeight } = parseLeadsArgument(leads, parsedModel);
  const scored = scoreLeads(table, parsedModel.rules, { dimension: wanted });
  const header = wanted === undefined ? 'Score' : `${scored.rules[0].dimension ?? wanted.trim()} score`;
  const out: SheetValue[][] = new Array(rangeHeight);
  out[0] = [header];
  for (let i = 1; i < rangeHeight; i++) {
    const lead = i - 1;
    out[i] = [lead < scored.totals.length && !scored.empty[lead] ? scored.totals[lead] : ''];
  }
  return out;
}
