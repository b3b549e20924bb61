// Stable keys for the Points table's rows, so that removing, adding or replacing rules moves the right rows (and the
// focus with them) instead of reusing another rule's row by position.

import type { PointsRule } from '../core/settings';

/** A rule as the sidebar holds it; `rowKey` is set once a rule is added in the sidebar or first edited there. */
export type SidebarRule = PointsRule & { rowKey?: string };

/**
 * The key of a rule's row: the one it was given, else its attribute and value (a suggested or learnt rule is the
 * only one of its group with that value), e.g. "Source\u0000Ads".
 */
export function rowKey(rule: SidebarRule): string {
  return rule.rowKey ?? `${rule.attribute}\u0000${rule.value}`;
}

/**
 * `rule` with `change` made, keeping the key of its row: editing a hand rule's attribute or value keeps its row, so
 * the field the marketer tabs to next stays focused.
 */
export function editedRule(rule: SidebarRule, change: Partial<PointsRule>): SidebarRule {
  return { ...rule, ...change, rowKey: rowKey(rule) };
}

/**
 * `rules` followed by `added` as hand rules, each with a key no other row has: templates can add the same rule twice
 * (BANT, then BANT again), and only the marketer's edits tell those apart.
 */
export function withHandRules(rules: readonly SidebarRule[], added: readonly PointsRule[]): SidebarRule[] {
  const taken = new Set(rules.map(rowKey));
  let next = rules.length;
  const fresh = () => {
    while (taken.has(`+${next}`)) next++;
    taken.add(`+${next}`);
    return `+${next}`;
  };
  return [...rules, ...added.map((r) => ({ ...r, byHand: true, rowKey: fresh() }))];
}
