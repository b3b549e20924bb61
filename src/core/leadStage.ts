// Lifecycle stages from a score: each threshold reached moves a lead one stage up.

import { InputError } from './inputError';

const defaultLabels: Readonly<Record<number, readonly string[]>> = {
  1: ['Not qualified', 'Qualified'],
  2: ['Discard', 'Nurture', 'Sales-ready'],
};

/**
 * The stage names for these thresholds: the given labels (one more than thresholds), or the defaults for 1 or 2
 * thresholds. Thresholds must go up.
 * @example stageLabels([50, 80]) // ['Discard', 'Nurture', 'Sales-ready']
 */
export function stageLabels(thresholds: readonly number[], labels?: readonly string[]): readonly string[] {
  if (thresholds.length === 0) throw new InputError('Give at least one threshold.');
  for (let i = 1; i < thresholds.length; i++) {
    if (thresholds[i] < thresholds[i - 1])
      throw new InputError('The thresholds must go up from left to right.');
  }
  if (labels === undefined || labels.length === 0) {
    const defaults = defaultLabels[thresholds.length];
    if (defaults === undefined) {
      throw new InputError(
        `With ${thresholds.length} thresholds, give ${thresholds.length + 1} labels, e.g. Cold, Nurture, MQL, SQL.`,
      );
    }
    return defaults;
  }
  if (labels.length !== thresholds.length + 1) {
    throw new InputError(
      `Give one label more than thresholds: ${thresholds.length} thresholds need ${thresholds.length + 1} labels; there are ${labels.length}.`,
    );
  }
  return labels;
}

/**
 * The stage of one score: the label after the last threshold the score reaches (a score equal to a threshold
 * reaches it).
 * @example leadStage(80, [50, 80], ['Discard', 'Nurture', 'Sales-ready']) // 'Sales-ready'
 */
export function leadStage(score: number, thresholds: readonly number[], labels: readonly string[]): string {
  let reached = 0;
  while (reached < thresholds.length && score >= thresholds[reached]) reached++;
  return labels[reached];
}
