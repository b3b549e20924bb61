// The lifecycle stage of a score: which of a few labels (Discard, Nurture, Sales-ready) its thresholds give it.

import { InputError } from './inputError';
import { quantity } from './plural';

/**
 * The labels used when none are given: one threshold splits `Not qualified` from `Qualified`, two give
 * `Discard`, `Nurture` and `Sales-ready`. More thresholds need labels.
 * @example defaultStageLabels(2) // ['Discard', 'Nurture', 'Sales-ready']
 */
export function defaultStageLabels(thresholds: number): string[] {
  if (thresholds === 1) return ['Not qualified', 'Qualified'];
  if (thresholds === 2) return ['Discard', 'Nurture', 'Sales-ready'];
  throw new InputError(
    `With ${thresholds} thresholds, give ${thresholds + 1} labels, one per stage from the lowest, such as {"Cold", "Nurture", "MQL", "SQL"} for 3 thresholds.`,
  );
}

/**
 * Checks the thresholds (strictly ascending, at least one) and the labels (one more than thresholds, or left out
 * for the defaults); returns the labels to use.
 * @example stageLabels([30, 60]) // ['Discard', 'Nurture', 'Sales-ready']
 */
export function stageLabels(thresholds: readonly number[], labels?: readonly string[]): string[] {
  if (thresholds.length === 0) throw new InputError('Give at least one threshold, such as 50.');
  for (let i = 1; i < thresholds.length; i++) {
    if (!(thresholds[i] > thresholds[i - 1])) {
      throw new InputError(
        `The thresholds must be ascending, such as {30, 60}; ${thresholds[i]} follows ${thresholds[i - 1]}.`,
      );
    }
  }
  if (labels === undefined) return defaultStageLabels(thresholds.length);
  if (labels.length !== thresholds.length + 1) {
    throw new InputError(
      `Give one label more than thresholds: ${quantity(thresholds.length, 'threshold makes', 'thresholds make')} ${thresholds.length + 1} stages, but there ${labels.length === 1 ? 'is 1 label' : `are ${labels.length} labels`}.`,
    );
  }
  return [...labels];
}

/**
 * The stage of a score: the label after the last threshold the score reaches (a score equal to a threshold is in
 * the higher stage), the first label below every threshold. `labels` has one more entry than `thresholds`.
 * @example stageOf(60, [30, 60], ['Discard', 'Nurture', 'Sales-ready']) // 'Sales-ready'
 */
export function stageOf(score: number, thresholds: readonly number[], labels: readonly string[]): string {
  let stage = 0;
  while (stage < thresholds.length && score >= thresholds[stage]) stage++;
  return labels[stage];
}
