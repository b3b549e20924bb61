import { describe, expect, it } from 'vitest';
import { checkCuts, leadGrade, quintileCuts } from '../../../src/core/leadGrade';
import { leadStage, stageLabels } from '../../../src/core/leadStage';
import { calendarDaysBetween, decayScore } from '../../../src/core/scoreDecay';

describe('leadGrade', () => {
  const fitCuts = [20, 40, 60, 80] as const;
  const engagementCuts = [5, 10, 20, 40] as const;
  it('gives A to the best fit and 1 to the most engaged, a cut reaching the grade', () => {
    expect(leadGrade(80, 40, fitCuts, engagementCuts)).toBe('A1');
    expect(leadGrade(72, 15, fitCuts, engagementCuts)).toBe('B3');
    expect(leadGrade(19.9, 4, fitCuts, engagementCuts)).toBe('E5');
    expect(leadGrade(-5, 5, fitCuts, engagementCuts)).toBe('E4');
  });
  it('quintile cuts put the top fifth of scores in grade A', () => {
    expect(quintileCuts([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 'fit')).toEqual([3, 5, 7, 9]);
    const cuts = quintileCuts([1, 2, 3, 4, 5], 'fit');
    expect([1, 2, 3, 4, 5].map((fit) => leadGrade(fit, 0, cuts, cuts)[0])).toEqual(['E', 'D', 'C', 'B', 'A']);
  });
  it('quintiles need at least 5 scores', () => {
    expect(() => quintileCuts([1, 2, 3, 4], 'fit')).toThrow(
      'Grading fit by quintiles needs at least 5 scores; there are 4: give 4 cuts instead.',
    );
  });
  it('cuts are 4 ascending numbers', () => {
    expect(() => checkCuts([1, 2, 3], 'fit_cuts')).toThrow('The fit_cuts must be 4 numbers');
    expect(() => checkCuts([1, 3, 2, 4], 'fit_cuts')).toThrow('The fit_cuts must go up from left to right.');
  });
});

describe('leadStage', () => {
  it('uses the default labels for 1 and 2 thresholds', () => {
    expect(stageLabels([50])).toEqual(['Not qualified', 'Qualified']);
    const labels = stageLabels([50, 80]);
    expect([0, 49, 50, 79, 80, 200].map((score) => leadStage(score, [50, 80], labels))).toEqual([
      'Discard',
      'Discard',
      'Nurture',
      'Nurture',
      'Sales-ready',
      'Sales-ready',
    ]);
  });
  it('needs labels for 3 or more thresholds, one more than thresholds', () => {
    expect(() => stageLabels([10, 20, 30])).toThrow('With 3 thresholds, give 4 labels');
    expect(() => stageLabels([10, 20], ['a', 'b'])).toThrow('2 thresholds need 3 labels; there are 2.');
    expect(leadStage(25, [10, 20, 30], stageLabels([10, 20, 30], ['Cold', 'Nurture', 'MQL', 'SQL']))).toBe(
      'MQL',
    );
  });
  it('refuses thresholds that go down', () => {
    expect(() => stageLabels([80, 50])).toThrow('The thresholds must go up from left to right.');
  });
});

describe('scoreDecay', () => {
  it('halves a score every half-life', () => {
    expect(decayScore(80, 30, 30)).toBe(40);
    expect(decayScore(80, 60, 30)).toBe(20);
    expect(decayScore(80, 15, 30)).toBeCloseTo(80 / Math.SQRT2, 12);
  });
  it('leaves a score with activity today or in the future', () => {
    expect(decayScore(80, 0, 30)).toBe(80);
    expect(decayScore(80, -3, 30)).toBe(80);
  });
  it('refuses a half-life of 0 days', () => {
    expect(() => decayScore(80, 3, 0)).toThrow('The half-life must be a number of days above 0; it is 0.');
  });
  it('counts calendar days across a year boundary', () => {
    // Sheets' midnights in UTC: 2025-12-30 to 2026-01-02 is 3 days.
    expect(
      calendarDaysBetween(new Date('2025-12-30T00:00:00Z'), new Date('2026-01-02T00:00:00Z'), 'UTC'),
    ).toBe(3);
  });
  it('counts calendar days in the spreadsheet’s time zone, not in UTC', () => {
    // Midnight in New York (UTC−5) of 2025-12-31 and 2026-01-02: 2 days there, though in UTC both are 05:00.
    const from = new Date('2025-12-31T05:00:00Z');
    const to = new Date('2026-01-02T05:00:00Z');
    expect(calendarDaysBetween(from, to, 'America/New_York')).toBe(2);
    // 23:30 on Dec 31 in New York is already Jan 1 in UTC: one calendar day to Jan 1 in New York, zero in UTC.
    const lateEvening = new Date('2026-01-01T04:30:00Z');
    const newYearMidnight = new Date('2026-01-01T05:00:00Z');
    expect(calendarDaysBetween(lateEvening, newYearMidnight, 'America/New_York')).toBe(1);
    expect(calendarDaysBetween(lateEvening, newYearMidnight, 'UTC')).toBe(0);
  });
  it('counts a day that is 23 hours long (daylight saving starts) as one day', () => {
    // Europe/Berlin midnights of 2026-03-29 (UTC+1) and 2026-03-30 (UTC+2) are 23 hours apart.
    expect(
      calendarDaysBetween(
        new Date('2026-03-28T23:00:00Z'),
        new Date('2026-03-29T22:00:00Z'),
        'Europe/Berlin',
      ),
    ).toBe(1);
  });
  it('names a time zone it does not know', () => {
    expect(() => calendarDaysBetween(new Date(0), new Date(0), 'Mars/Olympus')).toThrow(
      'The time zone "Mars/Olympus" is not one Sheets knows.',
    );
  });
});
