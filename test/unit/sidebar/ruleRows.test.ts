import { describe, expect, it } from 'vitest';
import type { PointsRule } from '../../../src/core/settings';
import { editedRule, rowKey, withHandRules } from '../../../src/sidebar/ruleRows';

const ads: PointsRule = { attribute: 'Source', value: 'Ads', points: 5, dimension: 'Fit' };
const budget: PointsRule = { attribute: 'Budget', value: '(any)', points: 10, dimension: 'Fit' };

describe('the Points table’s row keys', () => {
  it('a suggested rule’s row is known by its attribute and value', () => {
    expect(rowKey(ads)).toBe('Source\u0000Ads');
    expect(rowKey({ ...ads, points: 9 })).toBe(rowKey(ads));
  });
  it('editing a rule’s attribute or value keeps its row', () => {
    const edited = editedRule(ads, { attribute: 'Lead Source' });
    expect(edited).toMatchObject({ attribute: 'Lead Source', value: 'Ads', points: 5 });
    expect(rowKey(editedRule(edited, { value: 'Search' }))).toBe(rowKey(ads));
  });
  it('rules added twice from a template get rows of their own, marked as added by hand', () => {
    const once = withHandRules([ads], [budget]);
    const twice = withHandRules(once, [budget]);
    expect(twice.slice(1).every((r) => r.byHand)).toBe(true);
    expect(new Set(twice.map(rowKey)).size).toBe(3);
  });
  it('a row freed by a removal may be given again, never one still shown', () => {
    const two = withHandRules([], [budget, budget]);
    const after = withHandRules([two[1]], [budget]);
    expect(new Set(after.map(rowKey)).size).toBe(2);
  });
  it('adding rules leaves the rows already there as they were', () => {
    const before = withHandRules([ads], [budget]);
    expect(withHandRules(before, [budget]).slice(0, 2)).toEqual(before);
  });
});
