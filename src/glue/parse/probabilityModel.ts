// Reads a model as =LEADPROBABILITY does: its rules' weights in log-odds and its starting log-odds.

import type { CellValue } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { logit, pointsToLogOdds } from '../../core/logOdds';
import { baseAttribute, type Model } from '../../core/modelTable';

function columnIndex(header: readonly CellValue[], names: readonly string[]): number {
  return header.findIndex((cell) => typeof cell === 'string' && names.includes(cell.trim().toLowerCase()));
}

export /**
 * The model's rules with their weights as points, and its starting log-odds: a =PREDICTMODEL table's Weight column
 * and (base) row, or a =SUGGESTPOINTS table's odds points and overall rate, or points and a (base) row scaled to
 * log-odds (10 points double the odds).
 */
function weightedModel(grid: CellValue[][], model: Model): { model: Model; base: number } {
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
