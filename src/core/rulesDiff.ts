// What replacing one set of scoring rules by another changes: rules added, removed and changed, for a review first.

/** The part of a rule a diff compares: which leads it matches (attribute and value) and what it gives them. */
export interface DiffedRule {
  attribute: string;
  value: string;
  points: number;
  dimension?: string;
}

export interface RulesDiff<R extends DiffedRule> {
  added: R[];
  removed: R[];
  /** Same attribute and value, other points or dimension. */
  changed: { before: R; after: R }[];
  unchanged: number;
}

const ruleKey = (r: DiffedRule) => `${r.attribute.trim().toLowerCase()}\u0000${r.value.trim().toLowerCase()}`;

/**
 * Rules of `after` not in `before` (by attribute and value, ignoring case and spaces), rules of `before` gone from
 * `after`, and rules in both whose points or dimension differ.
 * @example rulesDiff([{ attribute: 'Source', value: 'Ads', points: 5 }], []).removed.length // 1
 */
export function rulesDiff<R extends DiffedRule>(before: readonly R[], after: readonly R[]): RulesDiff<R> {
  const old = new Map(before.map((r) => [ruleKey(r), r]));
  const seen = new Set<string>();
  const diff: RulesDiff<R> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const rule of after) {
    const key = ruleKey(rule);
    seen.add(key);
    const was = old.get(key);
    if (!was) diff.added.push(rule);
    else if (was.points !== rule.points || (was.dimension ?? '') !== (rule.dimension ?? ''))
      diff.changed.push({ before: was, after: rule });
    else diff.unchanged++;
  }
  for (const rule of before) if (!seen.has(ruleKey(rule))) diff.removed.push(rule);
  return diff;
}
