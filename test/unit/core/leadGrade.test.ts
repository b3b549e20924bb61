import { describe, expect, it } from 'vitest';
import { gradeCuts, gradeOf, quintileCuts } from '../../../src/core/leadGrade';

describe('gradeOf', () => {
  const cuts = [20, 40, 60, 80] as const;
  it('gives A at or above the last cut and E below the first, 1 for the most engaged', () => {
    expect(gradeOf(80, 80, cuts, cuts)).toBe('A1');
    expect(gradeOf(79.9, 60, cuts, cuts)).toBe('B2');
    expect(gradeOf(40, 39, cuts, cuts)).toBe('C4');
    expect(gradeOf(19, -5, cuts, cuts)).toBe('E5');
    expect(gradeOf(72, 15, cuts, [5, 10, 20, 40])).toBe('B3');
  });
  it('takes quintile cuts so that A holds the top 20%', () => {
    expect(quintileCuts([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 'fit')).toEqual([3, 5, 7, 9]);
    const cutsOf5 = quintileCuts([50, 10, 40, 20, 30], 'fit');
    expect([10, 20, 30, 40, 50].map((s) => gradeOf(s, 0, cutsOf5, cuts)[0])).toEqual([
      'E',
      'D',
      'C',
      'B',
      'A',
    ]);
  });
  it('asks for cuts when there are fewer than 5 scores', () => {
    expect(() => quintileCuts([1, 2, 3, 4], 'engagement')).toThrow(
      'Quintiles of engagement need at least 5 scores and there are 4: give the engagement cuts, 4 ascending numbers such as {20, 40, 60, 80}.',
    );
  });
  it('refuses cuts that are not 4 ascending numbers', () => {
    expect(() => gradeCuts([1, 2, 3], 'fit')).toThrow(
      'The fit cuts must be 4 ascending numbers, the lowest scores of grades D, C, B and A',
    );
    expect(() => gradeCuts([1, 3, 3, 4], 'engagement')).toThrow(
      'The engagement cuts must be ascending, such as {20, 40, 60, 80}; 3 follows 3.',
    );
  });
});
