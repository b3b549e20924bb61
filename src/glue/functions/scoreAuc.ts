// =SCOREAUC(scores, outcome): the chance that a random converted lead outscores a random non-converted one.

import { scoreAuc } from '../../core/scoreAuc';
import { parseScoredOutcomes } from '../parse/scoredOutcomes';

export function SCOREAUC(scores: unknown, outcome: unknown): number {
  const parsed = parseScoredOutcomes(scores, outcome);
  return scoreAuc(parsed.scores, parsed.converted);
}
