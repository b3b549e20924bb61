// Reads a model as =LEADPROBABILITY does: its rules' weights in log-odds and its starting log-odds.

import type { CellValue } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { logit, pointsToLogOdds } from '../../core/logOdds';
import { baseAttribute, type Model, type ModelRule } from '../../core/modelTable';
import { quantity } from '../../core/plural';

function columnIndex(header: readonly CellValue[], names: readonly string[]): number {
  return header.findIndex((cell) => typeof cell === 'string' && names.includes(cell.trim().toLowerCase()));
}

/**
 * Refuses points that are not =SUGGESTPOINTS' odds points (ratio, difference or joint points, say), which would
 * give probabilities that are none. Odds points move a value's close rate toward the overall rate before taking
 * 10 × log2 of the odds ratio, so they lie between 0 and the unshrunk figure, give or take the rounding.
 */
function checkOddsPoints(rule: ModelRule, counts: { leads: number; conversions: number }, overall: number) {
  const whole = (x: number) => Number.isInteger(x) && x >= 0;
  if (!whole(counts.leads) || !whole(counts.conversions) || counts.conversions > counts.leads) {
    throw new InputError(
      `Model row ${rule.row} (${rule.attribute} = ${rule.criterionText}) has ${quantity(counts.conversions, 'conversion')} among ${quantity(counts.leads, 'lead')}: recompute the table.`,
    );
  }
  if (counts.leads <= 0 || rule.points === 0) return;
  const rate = counts.conversions / counts.leads;
  const odds = (p: number) => p / (1 - p);
  const full = 10 * Math.log2(odds(rate) / odds(overall));
  const low = Math.min(0, full) - 0.5;
  const high = Math.max(0, full) + 0.5;
  if (rule.points >= low && rule.points <= high) return;
  const limit = Math.round(rule.points > high ? Math.max(0, full) : Math.min(0, full));
  throw new InputError(
    `A probability needs odds points: make the table with =SUGGESTPOINTS(…, "odds") or =PREDICTMODEL. The points in model row ${rule.row} (${rule.attribute} = ${rule.criterionText}) are ${rule.points}, but odds points for its close rate cannot be ${rule.points > high ? 'above' : 'below'} ${limit}.`,
  );
}

/**
 * The model's rules with their weights as points, and its starting log-odds: a =PREDICTMODEL table's Weight column
 * and (base) row, or a =SUGGESTPOINTS table's odds points and overall rate, or points and a (base) row scaled to
 * log-odds (10 points double the odds).
 */
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
    const countsOf = (rule: ModelRule) => ({
      leads: Number(grid[rule.row - 1][leadsColumn]) || 0,
      conversions: Number(grid[rule.row - 1][conversionsColumn]) || 0,
    });
    // Each attribute's rows cover every lead once: the first attribute's rows give the overall rate.
    const firstAttribute = model.rules[0].attribute;
    let leads = 0;
    let conversions = 0;
    for (const rule of model.rules) {
      if (rule.attribute !== firstAttribute) continue;
      leads += countsOf(rule).leads;
      conversions += countsOf(rule).conversions;
    }
    if (leads > 0 && (conversions === 0 || conversions >= leads)) {
      throw new InputError(
        conversions === 0
          ? 'No lead in the model’s history converted, so it gives no probability: make the model from leads that include conversions.'
          : 'Every lead in the model’s history converted, so it gives no probability: make the model from leads with both outcomes.',
      );
    }
    if (leads > 0) {
      const overall = conversions / leads;
      for (const rule of model.rules) checkOddsPoints(rule, countsOf(rule), overall);
      base = logit(overall);
    }
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
