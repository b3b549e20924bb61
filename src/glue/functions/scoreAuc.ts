// =SCOREAUC(scores, outcome): the chance a converted lead outscores one that did not convert.

import { scoreAuc } from '../../core/scoreAuc';
import { readScoredOutcomes } from '../parse/scoredOutcomes';

export function SCOREAUC(scores: unknown, outcome: unknown): number {
  const leads = readScoredOutcomes(scores, outcome);
  return scoreAuc(leads.scores, leads.converted);
}
