// Which columns the sidebar ticks as attributes on first reading, and in words why it leaves the others unticked.

import { outcomeWords } from './columnGuesses';
import { goals } from './settings';

/** Why a column is left unticked: a date (scored by its age, not its value) or another outcome (it would leak). */
export type UntickedReason = 'date' | 'otherOutcome';

export type AttributeChoice = { ticked: true } | { ticked: false; reason: UntickedReason };

const everyOutcomeWord = [...new Set(goals.flatMap((g) => outcomeWords[g]))];

/**
 * The first choice for a column that is not the outcome, lead ID or last activity. Yes/no and 0/1 columns are
 * ticked (senior_citizen, partner, Do Not Email say who a lead is), unless their header names an outcome such as
 * "Churned" or "Won": a second outcome column tells the score the answer, which no new lead has yet.
 * @example attributeChoice({ header: 'Partner', type: 'number', outcomeLike: true }) // { ticked: true }
 */
export function attributeChoice(column: {
  header: string;
  type: 'category' | 'number' | 'date';
  outcomeLike: boolean;
}): AttributeChoice {
  if (column.type === 'date') return { ticked: false, reason: 'date' };
  const words = column.header.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  if (column.outcomeLike && everyOutcomeWord.some((w) => words.includes(w)))
    return { ticked: false, reason: 'otherOutcome' };
  return { ticked: true };
}
