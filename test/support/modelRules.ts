// Scoring rules as a model tab holds them, for tests that score leads with points or a fitted model's weights.
import { parseModelTable } from '../../src/core/modelTable';

/** The rules of a model tab whose rows are these attributes, values and points. */
export function pointsRules(rows: readonly { attribute: string; value: string; points: number }[]) {
  return parseModelTable([
    ['Attribute', 'Value', 'Points'],
    ...rows.map((r) => [r.attribute, r.value, r.points]),
  ]).rules;
}

/** A fitted model's rules with their weights (log-odds) as points, as =LEADPROBABILITY reads a model table. */
export function weightRules(rows: readonly { attribute: string; value: string; weight: number }[]) {
  return pointsRules(rows.map((r) => ({ attribute: r.attribute, value: r.value, points: r.weight })));
}
