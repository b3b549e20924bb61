// =SCOREAUC(scores, outcome): the chance that a random converted lead outscores a random non-converted one.

import { scoreAuc } from '../../core/scoreAuc';
import { parseScoredOutcomes } from '../parse/scoredOutcomes';
import { type FunctionHelp, outcomeHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary:
    'The chance that a random converted lead outscores a random non-converted one (ties count half): 0.5 is a coin toss, 1 is perfect.',
  params: [
    {
      name: 'scores',
      example: 'G1:G',
      help: 'The scores, e.g. =LEADSCORE output. Empty cells are left out.',
    },
    { name: 'outcome', example: 'H1:H', help: outcomeHelp },
  ],
  returns: 'The area under the ROC curve, between 0 and 1.',
  examples: [
    {
      args: [
        [[10], [20], [30], [40]],
        [[false], [true], [false], [true]],
      ],
      result: 0.75,
    },
  ],
};

export function SCOREAUC(scores: unknown, outcome: unknown): number {
  const parsed = parseScoredOutcomes(scores, outcome);
  return scoreAuc(parsed.scores, parsed.converted);
}
