import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, decayedScore } from '../../../src/core/scoreDecay';
import { zonedTimeToUtc } from '../../../src/sandbox/time-zone';

/** Midnight of a calendar date in a time zone, as Sheets hands a date cell to a script. */
const midnightIn = (timeZone: string, year: number, month: number, day: number) =>
  new Date(zonedTimeToUtc({ year, month, day }, timeZone));

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
