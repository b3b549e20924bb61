// First guesses for the sidebar's column choices, from header words: outcome, lead ID, last activity, dimension.

import type { Dimension, Goal } from './settings';

/** Header words of outcome columns per goal, best first. */
export const outcomeWords: Record<Goal, string[]> = {
  acquisition: [
    'converted',
    'won',
    'customer',
    'closed',
    'purchased',
    'bought',
    'outcome',
    'convertido',
    'ganado',
    'cliente',
  ],
  expansion: ['expanded', 'upsell', 'upsold', 'cross-sell', 'upgraded', 'won', 'converted', 'outcome'],
  retention: ['churned', 'churn', 'cancelled', 'canceled', 'left', 'lost', 'outcome', 'baja'],
  adoption: ['adopted', 'active', 'activated', 'onboarded', 'outcome', 'converted'],
};

const engagementWords =
  /visit|open|click|download|last activity|activity|time on|page views|views|webinar|email|session|attended|replied/i;
const fitWords =
  /industry|country|company|size|employees|job|title|role|budget|revenue|occupation|city|region|sector|seniority|authority|timeline|need|source/i;

const normal = (header: string) => header.trim().toLowerCase();

/** Fit (who they are) or Engagement (what they did), guessed from the header; Fit when nothing says otherwise. */
export function guessDimension(header: string): Dimension {
  if (engagementWords.test(header)) return 'Engagement';
  if (fitWords.test(header)) return 'Fit';
  return 'Fit';
}

/** The header that best names the goal's outcome, among the columns whose cells all read as outcomes. */
export function guessOutcome(
  goal: Goal,
  headers: readonly string[],
  outcomeLike: readonly boolean[],
): string | undefined {
  for (const word of outcomeWords[goal]) {
    const i = headers.findIndex((h, j) => outcomeLike[j] && normal(h).includes(word));
    if (i >= 0) return headers[i];
  }
  return undefined;
}

/** A lead-ID column: a header naming an id, number or e-mail address. */
export function guessLeadId(headers: readonly string[]): string | undefined {
  return headers.find((h) => /(^|\b|_)(id|lead number|lead id|prospect id|e-?mail)(\b|$)/i.test(h.trim()));
}

/** The last-activity date column, among the date columns. */
export function guessLastActivity(
  headers: readonly string[],
  isDateColumn: readonly boolean[],
): string | undefined {
  const i = headers.findIndex((h, j) => isDateColumn[j] && /last|activity|seen|contact/i.test(h));
  return i >= 0 ? headers[i] : undefined;
}
