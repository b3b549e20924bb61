// =LEADPROBABILITY(leads, model): each lead's probability to convert, from a =PREDICTMODEL table (its weights and
// (base) row) or a =SUGGESTPOINTS table (its odds points, and the overall rate from its Leads and Conversions).

import type { CellValue } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { logit, pointsToLogOdds, sigmoid } from '../../core/logOdds';
import { baseAttribute, type Model } from '../../core/modelTable';
import { scoreLeads } from '../../core/scoreLeads';
import { parseLeadsArgument, parseModelArgument } from '../parse/leads';
import { type SheetValue, toGrid } from '../parse/sheetValues';
import type { FunctionHelp } from '../functionHelp';

function columnIndex(header: readonly CellValue[], names: readonly string[]): number {
  return header.findIndex((cell) => typeof cell === 'string' && names.includes(cell.trim().toLowerCase()));
}

/** The model's rules with their weights as points, and its starting log-odds. */
export function weightedModel(grid: CellValue[][], model: Model): { model: Model; base: number } {
  const header = grid[0] ?? [];
  const weightColumn = columnIndex(header, ['weight', 'peso']);
  if (weightColumn >= 0) {
    const weightAt = (row: number, what: string) => {
      const weight = grid[row - 1]?.[weightColumn];
      if (typeof weight !== 'number') {
        throw new InputError(
          `The weight in model row ${row} (${what}) is not a number: recompute the model.`,
        );
      }
      return weight;
    };
    const baseRow = grid.findIndex(
      (row, i) => i > 0 && typeof row[0] === 'string' && row[0].trim().toLowerCase() === baseAttribute,
    );
    if (baseRow < 0)
      throw new InputError('The model has a Weight column but no (base) row: recompute the model.');
    return {
      model: { rules: model.rules.map((rule) => ({ ...rule, points: weightAt(rule.row, rule.attribute) })) },
      base: weightAt(baseRow + 1, baseAttribute),
    };
  }
  const leadsColumn = columnIndex(header, ['leads']);
  const conversionsColumn = columnIndex(header, ['conversions']);
  let base: number | undefined;
  if (leadsColumn >= 0 && conversionsColumn >= 0 && model.rules.length > 0) {
    // Each attribute's rows cover every lead once: the first attribute's rows give the overall rate.
    const firstAttribute = model.rules[0].attribute;
    let leads = 0;
    let conversions = 0;
    for (const rule of model.rules) {
      if (rule.attribute !== firstAttribute) continue;
      leads += Number(grid[rule.row - 1][leadsColumn]) || 0;
      conversions += Number(grid[rule.row - 1][conversionsColumn]) || 0;
    }
    if (leads > 0 && conversions > 0 && conversions < leads) base = logit(conversions / leads);
  } else if (model.base !== undefined) base = pointsToLogOdds(model.base);
  if (base === undefined) {
    throw new InputError(
      'The model gives no starting probability: use a =PREDICTMODEL table (with its (base) row) or a =SUGGESTPOINTS table (with its Leads and Conversions columns).',
    );
  }
  return {
    model: { rules: model.rules.map((rule) => ({ ...rule, points: pointsToLogOdds(rule.points) })) },
    base,
  };
}

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
  const { model: weighted, base } = weightedModel(toGrid(model, 'model') as CellValue[][], parsed);
  const { table, rangeHeight } = parseLeadsArgument(leads, weighted);
  const scored = scoreLeads(table, weighted.rules);
  const out: SheetValue[][] = new Array(rangeHeight);
  out[0] = ['Probability'];
  for (let i = 1; i < rangeHeight; i++) {
    const lead = i - 1;
    out[i] = [lead < scored.totals.length && !scored.empty[lead] ? sigmoid(base + scored.totals[lead]) : ''];
  }
  return out;
}
