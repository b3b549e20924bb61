// Cooling scores down: a score halves every half-life since the lead's last activity.

import { InputError } from './inputError';

const msPerDay = 86_400_000;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of an instant in a time zone, as a count of days since 1970-01-01. Sheets hands dates over as
 * the instant of their midnight in the spreadsheet's time zone, so the zone is needed to know which day it is.
 * @example calendarDay(new Date('2026-01-01T03:00:00Z'), 'America/New_York') // 20453 (2025-12-31)
 */
export function calendarDay(instant: Date, timeZone: string): number {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch {
      throw new InputError(`The time zone "${timeZone}" is not one Sheets knows.`);
    }
    dayFormats.set(timeZone, format);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return Date.UTC(year, month - 1, day) / msPerDay;
}

/**
 * Whole calendar days from `from` to `to` in a time zone (negative when `from` is later).
 * @example calendarDaysBetween(new Date('2025-12-31T05:00:00Z'), new Date('2026-01-02T05:00:00Z'), 'America/New_York') // 2
 */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  return calendarDay(to, timeZone) - calendarDay(from, timeZone);
}

/**
 * score × 0.5^(days ÷ half-life): a score loses half its weight every `halfLifeDays` days without activity.
 * Activity in the future (negative days) means no decay.
 * @example decayScore(80, 60, 30) // 20
 */
export function decayScore(score: number, daysSinceActivity: number, halfLifeDays: number): number {
  checkHalfLife(halfLifeDays);
  if (daysSinceActivity <= 0) return score;
  return score * 0.5 ** (daysSinceActivity / halfLifeDays);
}

/** Refuses a half-life that is not a number of days above 0. */
export function checkHalfLife(halfLifeDays: number): void {
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new InputError(`The half-life must be a number of days above 0; it is ${halfLifeDays}.`);
  }
}
