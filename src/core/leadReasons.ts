// Explains a lead's score: the rules it matched, largest contributions first, as a line a salesperson can read.

import type { ModelRule, RuleCondition } from './modelTable';
import { lookedUpRules, ruleMatchesLead, type ScoredLeads } from './scoreLeads';
import { type Language, pairJoinIn } from './sheetWords';

/** One rule a lead matched, and the points it gave. */
export interface Contribution {
  rule: ModelRule;
  points: number;
}

/**
 * The rules lead `lead` matched with non-zero points, largest first by size (|points|); equal sizes keep model order.
 * @example explainLead(scoreLeads(leads, rules), 0) // [{ rule: <Lead Source = Webinar>, points: 15 }, ...]
 */
export function explainLead(scored: ScoredLeads, lead: number): Contribution[] {
  // The lead's looked-up rules come from its code in each column, so a model of one rule per lead costs no scan.
  const candidates: number[] = [];
  for (const r of scored.scanned) if (ruleMatchesLead(scored, r, lead)) candidates.push(r);
  for (const lookup of scored.lookups) for (const r of lookedUpRules(lookup, lead)) candidates.push(r);
  if (scored.lookups.length > 0) candidates.sort((a, b) => a - b);
  const found: Contribution[] = [];
  for (const r of candidates) {
    const rule = scored.rules[r];
    if (rule.points !== 0) found.push({ rule, points: rule.points });
  }
  // Array.prototype.sort is stable, so equal sizes stay in model order.
  return found.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

/** Points as shown in a reason: a sign (the minus sign −), at most two decimals. */
function signedPoints(points: number): string {
  const size = Math.abs(points);
  const rounded = Math.round(size * 100) / 100;
  return `${points < 0 ? '−' : '+'}${rounded === 0 ? size : rounded}`;
}

/** A condition as text: `Lead Source = Webinar`, `Visits <2`, `Country <> India`. */
function describeCondition({ attribute, criterionText }: RuleCondition): string {
  const text = criterionText;
  // `<>` alone means "not empty" and `=` alone "empty": name the empty value rather than show nothing after them.
  const operand = (rest: string) => rest.trim() || '(blank)';
  let condition: string;
  if (text.startsWith('<>')) condition = `<> ${operand(text.slice(2))}`;
  else if (/^[<>]/.test(text)) condition = text;
  else if (text.startsWith('=')) condition = `= ${operand(text.slice(1))}`;
  else condition = `= ${text}`;
  return `${attribute} ${condition}`;
}

/**
 * A contribution as text: `+15 Lead Source = Webinar`, `−10 Visits <2`, `+5 Country <> India`; a pair rule names
 * both conditions, joined in the sheet's `language`: `+8 Contract = Month-to-month and Tenure <6` (`et` in French).
 * @example describeContribution({ rule: <Occupation = Student>, points: -10 }) // '−10 Occupation = Student'
 */
export function describeContribution({ rule, points }: Contribution, language: Language = 'en'): string {
  const conditions = rule.pair
    ? rule.pair.map(describeCondition).join(` ${pairJoinIn[language]} `)
    : describeCondition(rule);
  return `${signedPoints(points)} ${conditions}`;
}

/**
 * The top `topN` contributions to a lead's score, joined by `; `, e.g. `+15 Lead Source = Webinar; −10 Occupation =
 * Student`; an empty text when the lead matched no rule with points. Pair rules join their conditions in `language`.
 * @example leadReasons(scored, 0, 2) // '+15 Lead Source = Webinar; −10 Occupation = Student'
 */
export function leadReasons(
  scored: ScoredLeads,
  lead: number,
  topN: number,
  language: Language = 'en',
): string {
  return explainLead(scored, lead)
    .slice(0, topN)
    .map((c) => describeContribution(c, language))
    .join('; ');
}
