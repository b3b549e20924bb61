import { describe, expect, it } from 'vitest';
import { rulesDiff } from '../../../src/core/rulesDiff';

describe('rulesDiff', () => {
  it('lists rules added, removed and changed, matching attribute and value ignoring case and spaces', () => {
    const before = [
      { attribute: 'Source', value: 'Ads', points: 5, dimension: 'Fit' },
      { attribute: 'Source', value: 'Web', points: 2, dimension: 'Fit' },
      { attribute: 'Visits', value: '>=5', points: 10, dimension: 'Engagement' },
    ];
    const after = [
      { attribute: 'source', value: ' ads ', points: 5, dimension: 'Fit' },
      { attribute: 'Visits', value: '>=5', points: 14, dimension: 'Engagement' },
      { attribute: 'Title', value: 'CTO', points: 8, dimension: 'Fit' },
    ];
    const diff = rulesDiff(before, after);
    expect(diff.added).toEqual([after[2]]);
    expect(diff.removed).toEqual([before[1]]);
    expect(diff.changed).toEqual([{ before: before[2], after: after[1] }]);
    expect(diff.unchanged).toBe(1);
  });
  it('counts every rule once: added + changed + unchanged is the new count, removed + changed + unchanged the old', () => {
    const before = Array.from({ length: 44 }, (_, i) => ({ attribute: 'A', value: `v${i}`, points: i }));
    const after = Array.from({ length: 58 }, (_, i) => ({
      attribute: 'A',
      value: `v${i + 10}`,
      points: i + 10 + (i % 3),
    }));
    const diff = rulesDiff(before, after);
    expect(diff.added.length + diff.changed.length + diff.unchanged).toBe(58);
    expect(diff.removed.length + diff.changed.length + diff.unchanged).toBe(44);
  });
});
