// A predictive model from the leads' history: logistic regression, naive Bayes or explainable boosting, as a model
// table whose points read like =SUGGESTPOINTS' (+10 points doubles the odds) and whose weights give a probability.

import type { CellValue } from '../cellValue';
import { InputError } from '../inputError';
import { logOddsToPoints } from '../logOdds';
import { singleRuleAttribute } from '../pairRules';
import { type DesignMatrix, designMatrix } from './designMatrix';
import { boostedRules } from './ebm/boostedRules';
import { type BoostedModel, type BoostedOptions, fitBoosted } from './ebm/explainableBoosting';
import { fitLogistic } from './logisticRegression';
import { fitNaiveBayes } from './naiveBayes';
import { quantity } from '../plural';

/** The methods, the default first. */
export const predictMethods = ['logistic', 'bayes', 'boosted'] as const;
export type PredictMethod = (typeof predictMethods)[number];

export interface PredictedRule {
  /** An attribute, or for a boosted pair two joined by `&` (`Contract & Tenure`). */
  attribute: string;
  /** A criterion, or for a boosted pair two joined by `&` (`Month-to-month & <6`). */
  value: string;
  points: number;
  /** Log-odds added by this value. */
  weight: number;
  leads: number;
}

export interface PredictedModel {
  /** The starting log-odds, before any value's weight. */
  intercept: number;
  basePoints: number;
  rules: PredictedRule[];
  leadCount: number;
  skipped: string[];
  /** The indicator features of a logistic or naive-Bayes model. */
  design?: DesignMatrix;
  /** The tables of a boosted model. */
  boosted?: BoostedModel;
}

/** Fewer conversions than this leave nothing to learn from. */
export const minimumConversions = 10;

/**
 * Fits a model on the leads' attributes and outcomes.
 * @example predictModel([{ name: 'Source', cells }], converted, { method: 'logistic' }).rules
 */
export function predictModel(
  attributes: readonly { name: string; cells: readonly CellValue[] }[],
  converted: Uint8Array,
  options: {
    method?: PredictMethod;
    pointsToDouble?: number;
    c?: number;
    minLeads?: number;
    boosting?: BoostedOptions;
  } = {},
): PredictedModel {
  const { method = 'logistic', pointsToDouble = 10, c = 1 } = options;
  const leadCount = converted.length;
  let conversions = 0;
  for (let i = 0; i < leadCount; i++) conversions += converted[i];
  if (leadCount < 2)
    throw new InputError('A predictive model needs the history of many leads; there is one.');
  if (conversions === 0 || conversions === leadCount) {
    throw new InputError(
      conversions === 0
        ? 'No lead in the history converted, so there is nothing to learn: give leads with both outcomes.'
        : 'Every lead in the history converted, so there is nothing to learn: give leads with both outcomes.',
    );
  }
  const smaller = Math.min(conversions, leadCount - conversions);
  if (smaller < minimumConversions) {
    throw new InputError(
      `The history has only ${smaller === conversions ? quantity(smaller, 'conversion') : quantity(smaller, 'lead that did not convert', 'leads that did not convert')}: a predictive model needs at least ${minimumConversions} of each (50 or more to be trusted).`,
    );
  }
  const nothingToLearn = () =>
    new InputError(
      'No attribute tells leads apart: each holds dates or a single value. Give columns that describe the leads.',
    );
  if (method === 'boosted') {
    const boosted = fitBoosted(attributes, converted, options.boosting);
    if (boosted.mains.length === 0) throw nothingToLearn();
    return {
      intercept: boosted.intercept,
      basePoints: logOddsToPoints(boosted.intercept, pointsToDouble),
      rules: boostedRules(boosted, pointsToDouble),
      leadCount,
      skipped: boosted.skipped,
      boosted,
    };
  }
  const design = designMatrix(attributes, { minLeads: options.minLeads });
  if (design.features.length === 0) throw nothingToLearn();
  const fit = method === 'logistic' ? fitLogistic(design, converted, c) : fitNaiveBayes(design, converted);
  const rules = design.features.map((feature, f) => ({
    attribute: singleRuleAttribute(feature.attribute, feature.value),
    value: feature.value,
    weight: fit.weights[f],
    points: logOddsToPoints(fit.weights[f], pointsToDouble),
    leads: feature.leads,
  }));
  return {
    intercept: fit.intercept,
    basePoints: logOddsToPoints(fit.intercept, pointsToDouble),
    rules,
    leadCount,
    skipped: design.skipped,
    design,
  };
}
