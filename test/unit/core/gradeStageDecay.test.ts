import { describe, expect, it } from 'vitest';
import { gradeCuts, gradeOf, quintileCuts } from '../../../src/core/leadGrade';
import { defaultStageLabels, stageLabels, stageOf } from '../../../src/core/leadStage';
import { calendarDaysBetween, decayedScore } from '../../../src/core/scoreDecay';

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

describe('stageOf', () => {
  it('puts a score equal to a threshold in the higher stage', () => {
    const labels = stageLabels([30, 60]);
    expect([0, 29.9, 30, 59, 60, 100].map((s) => stageOf(s, [30, 60], labels))).toEqual([
      'Discard',
      'Discard',
      'Nurture',
      'Nurture',
      'Sales-ready',
      'Sales-ready',
    ]);
    expect(stageOf(50, [50], stageLabels([50]))).toBe('Qualified');
    expect(stageOf(-1, [0, 10, 20], ['Cold', 'Nurture', 'MQL', 'SQL'])).toBe('Cold');
  });
  it('needs labels beyond two thresholds, one more than thresholds, and ascending thresholds', () => {
    expect(() => defaultStageLabels(3)).toThrow('With 3 thresholds, give 4 labels');
    expect(() => stageLabels([10, 20], ['a', 'b'])).toThrow(
      'Give one label more than thresholds: 2 thresholds make 3 stages, but there are 2 labels.',
    );
    expect(() => stageLabels([20, 10])).toThrow(
      'The thresholds must be ascending, such as {30, 60}; 10 follows 20.',
    );
    expect(() => stageLabels([])).toThrow('Give at least one threshold');
  });
});

/** Midnight of a calendar date in a time zone, as Sheets hands a date cell to a script. */
function midnightIn(timeZone: string, year: number, month: number, day: number): Date {
  // Start from UTC midnight and move by the zone's offset there (then once more, in case the offset changed).
  let guess = Date.UTC(year, month - 1, day);
  for (let i = 0; i < 2; i++) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(guess));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    guess += Date.UTC(year, month - 1, day) - shown;
  }
  return new Date(guess);
}

describe('score decay', () => {
  it('halves a score every half-life, and leaves it alone for today or a future date', () => {
    expect(decayedScore(80, 30, 30)).toBe(40);
    expect(decayedScore(80, 60, 30)).toBe(20);
    expect(decayedScore(80, 15, 30)).toBeCloseTo(80 / Math.SQRT2, 12);
    expect(decayedScore(-20, 7, 7)).toBe(-10);
    expect(decayedScore(80, 0, 30)).toBe(80);
    expect(decayedScore(80, -3, 30)).toBe(80);
  });
  it('refuses a half-life that is not above 0', () => {
    expect(() => decayedScore(80, 3, 0)).toThrow(
      'The half-life must be a number of days above 0, such as 30; it is 0.',
    );
    expect(() => decayedScore(80, 3, NaN)).toThrow('it is NaN.');
  });
  it('counts whole calendar days across a year boundary, in the zone the dates are midnights of', () => {
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Paris', 'Asia/Kolkata', 'UTC']) {
      expect(calendarDaysBetween(midnightIn(zone, 2025, 12, 31), midnightIn(zone, 2026, 1, 1), zone)).toBe(1);
      expect(calendarDaysBetween(midnightIn(zone, 2025, 12, 2), midnightIn(zone, 2026, 1, 31), zone)).toBe(
        60,
      );
      expect(calendarDaysBetween(midnightIn(zone, 2024, 2, 28), midnightIn(zone, 2024, 3, 1), zone)).toBe(2);
    }
  });
  it('counts a day across a daylight-saving change as one day', () => {
    // Europe/Paris: 2026-03-29 has 23 hours, 2026-10-25 has 25.
    const paris = (m: number, d: number) => midnightIn('Europe/Paris', 2026, m, d);
    expect(calendarDaysBetween(paris(3, 28), paris(3, 30), 'Europe/Paris')).toBe(2);
    expect(calendarDaysBetween(paris(10, 24), paris(10, 26), 'Europe/Paris')).toBe(2);
    expect(calendarDaysBetween(paris(1, 1), paris(12, 31), 'Europe/Paris')).toBe(364);
  });
  it('ignores the time of day: late on Dec 31 to early on Jan 1 is one day', () => {
    const lateNewYearsEve = new Date(Date.UTC(2025, 11, 31, 22, 30)); // 23:30 in Paris
    const earlyNewYear = new Date(Date.UTC(2025, 11, 31, 23, 30)); // 00:30 on Jan 1 in Paris
    expect(calendarDaysBetween(lateNewYearsEve, earlyNewYear, 'Europe/Paris')).toBe(1);
    expect(calendarDaysBetween(lateNewYearsEve, earlyNewYear, 'UTC')).toBe(0);
    expect(calendarDaysBetween(earlyNewYear, lateNewYearsEve, 'Europe/Paris')).toBe(-1);
  });
  it('uses the local calendar when no zone is given', () => {
    expect(calendarDaysBetween(new Date(2025, 11, 31, 23), new Date(2026, 0, 1, 1))).toBe(1);
    expect(calendarDaysBetween(new Date(2026, 2, 1), new Date(2026, 3, 1))).toBe(31);
  });
});
