// Score decay: cold leads cool down, halving their score every half-life since their last activity.

import { InputError } from './inputError';

const dayMs = 86_400_000;

/** Reads a date's calendar day in a time zone, with one formatter per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Days since 1970-01-01 of the calendar date a moment falls on, in `timeZone` or, without one, the local zone.
 * @example calendarDay(new Date(Date.UTC(2026, 0, 1, 12)), 'UTC') // 20454
 */
export function calendarDay(date: Date, timeZone?: string): number {
  if (timeZone === undefined) {
    return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / dayMs);
  }
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = Number(part.value);
  return Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / dayMs);
}

/**
 * Whole calendar days from `from` to `to` (negative when `from` is later): the days between the dates the two
 * moments fall on in `timeZone` (an IANA name such as "America/New_York"), or in the local zone when it is left out.
 * Times of day do not count, and neither do daylight-saving shifts: 23-hour and 25-hour days are one day each.
 * @example calendarDaysBetween(new Date(2025, 11, 31, 23), new Date(2026, 0, 1, 1)) // 1
 */
export function calendarDaysBetween(from: Date, to: Date, timeZone?: string): number {
  return calendarDay(to, timeZone) - calendarDay(from, timeZone);
}

/**
 * A score after `days` days without activity: score × 0.5^(days ÷ halfLifeDays). No decay for 0 or fewer days
 * (an activity dated in the future).
 * @example decayedScore(80, 30, 30) // 40
 */
export function decayedScore(score: number, days: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new InputError(
      `The half-life must be a number of days above 0, such as 30; it is ${halfLifeDays}.`,
    );
  }
  if (days <= 0) return score;
  return score * 0.5 ** (days / halfLifeDays);
}
