// "Learn points from history" in the Points step: the current rules against suggested, logistic, naive-Bayes and
// boosted points, each fitted on the older 70% of the leads and measured on the newest 30%.

import { isDate } from '../../core/cellValue';
import { withoutValues } from '../../core/dataQuality';
import {
  type AttributeColumns,
  compareOnHoldout,
  type HoldoutComparison,
  type Suggester,
} from '../../core/predict/holdoutComparison';
import { pairParts } from '../../core/pairRules';
import type { Dimension, PointsRule, Settings } from '../../core/settings';
import { parseOutcomes } from '../parse/outcome';
import { rowsThatCount, suggestionOf } from './analyse';
import { columnCells, columnIndex, readLeads } from './leadsData';

export interface LearnedModels extends Omit<HoldoutComparison, 'models'> {
  /** How the newest leads were told apart: by the last-activity date, or by row order. */
  newestBy: 'date' | 'row';
  models: (Omit<HoldoutComparison['models'][number], 'rules'> & { rules?: PointsRule[] })[];
}

/** The sidebar's suggestion for any subset of leads: the settings' method, the rows that become rules. */
function sidebarSuggester(settings: Settings): Suggester {
  return (attributes: AttributeColumns, converted: Uint8Array) =>
    rowsThatCount(suggestionOf(attributes, converted, settings.pointsMethod).result.rows).map(
      ({ attribute, value, points }) => ({ attribute, value, points }),
    );
}

/**
 * A learnt rule's dimension: its attribute's. A pair rule (`Lead Source & Total Visits`) is Engagement when either
 * attribute is: its points depend on that activity, so they are only as fresh as it and decay with it.
 */
export function learntDimension(
  rule: { attribute: string; value: string },
  dimensionOf: ReadonlyMap<string, Dimension>,
): Dimension {
  const pair = pairParts(rule.attribute);
  // As the model tab reads it: a single rule's `~&` is an `&` of its column's name.
  const attributes = pair && pairParts(rule.value) ? pair : [rule.attribute.replace(/~&/g, '&')];
  return attributes.some((a) => dimensionOf.get(a) === 'Engagement') ? 'Engagement' : 'Fit';
}

export function learnFromHistory(
  settings: Settings,
  rules: PointsRule[],
  treatAsEmpty: string[] = [],
): LearnedModels {
  const data = readLeads(settings);
  const place = (header: string, role: string) => columnIndex(data, header, role, settings.sheetName);
  const converted = parseOutcomes(
    columnCells(data, place(settings.outcome, 'outcome')),
    settings.headerRow + 1,
  );
  // The cells as the suggestion saw them, placeholders treated as empty, so "yours" is refitted as it was made.
  const attributes = settings.attributes.map((a) => ({
    name: a.header,
    cells: withoutValues(columnCells(data, place(a.header, 'attribute')), treatAsEmpty),
  }));
  const order = data.rows.map((_, i) => i);
  let newestBy: LearnedModels['newestBy'] = 'row';
  if (settings.lastActivity) {
    const dates = columnCells(data, place(settings.lastActivity, 'last-activity'));
    const time = (i: number) => {
      const cell = dates[i];
      return isDate(cell) ? cell.getTime() : Number.NEGATIVE_INFINITY;
    };
    // Stable: leads without a date count as the oldest, in sheet order.
    order.sort((a, b) => time(a) - time(b) || a - b);
    newestBy = 'date';
  }
  const comparison = compareOnHoldout(attributes, converted, order, rules, sidebarSuggester(settings));
  const dimensionOf = new Map(settings.attributes.map((a) => [a.header, a.dimension]));
  return {
    ...comparison,
    newestBy,
    models: comparison.models.map((m) => ({
      ...m,
      rules: m.rules?.map((r) => ({ ...r, dimension: learntDimension(r, dimensionOf) })),
    })),
  };
}
