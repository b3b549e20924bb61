// Java SimpleDateFormat patterns (what Utilities.formatDate takes), rendered in any IANA time zone via Intl.

import { exception } from './errors';
import { resolveTimeZone, type ZonedParts, zonedParts } from './time-zone';

/** Month and weekday names as en_US shows them, for date patterns in SimpleDateFormat and in Sheets' formats. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { literal: string } | { letter: string; count: number };

/** Formats `ms` with a Java SimpleDateFormat pattern in `timeZone`; unknown zones fall back to GMT as in Java. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const zone = resolveTimeZone(timeZone);
  const parts = zonedParts(ms, zone);
  return tokenize(pattern)
    .map((token) =>
      'literal' in token ? token.literal : formatField(token.letter, token.count, parts, ms, zone),
    )
    .join('');
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i++;
          break;
        } else {
          text += pattern[i++];
        }
      }
      tokens.push({ literal: text });
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      tokens.push({ letter: ch, count });
      i += count;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  return tokens;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatField(letter: string, count: number, parts: ZonedParts, ms: number, zone: string): string {
  switch (letter) {
    case 'G':
      return parts.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? pad(parts.year % 100, 2) : pad(parts.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[parts.month - 1];
      if (count === 3) return MONTHS[parts.month - 1].slice(0, 3);
      return pad(parts.month, count);
    case 'd':
      return pad(parts.day, count);
    case 'D':
      return pad(dayOfYear(parts), count);
    case 'F':
      // the day's weekday ordinal in the month: the 3rd Friday is 3
      return pad(Math.ceil(parts.day / 7), count);
    case 'W': {
      const firstWeekday = (parts.weekday - ((parts.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((parts.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'w':
      return pad(weekOfYear(parts), count);
    case 'E':
      return count >= 4 ? DAYS[parts.weekday] : DAYS[parts.weekday].slice(0, 3);
    case 'u':
      return pad(parts.weekday === 0 ? 7 : parts.weekday, count);
    case 'a':
      return parts.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(parts.hour, count);
    case 'k':
      return pad(parts.hour === 0 ? 24 : parts.hour, count);
    case 'K':
      return pad(parts.hour % 12, count);
    case 'h':
      return pad(parts.hour % 12 === 0 ? 12 : parts.hour % 12, count);
    case 'm':
      return pad(parts.minute, count);
    case 's':
      return pad(parts.second, count);
    case 'S':
      return pad(parts.millisecond, count);
    case 'z':
      return shortZoneName(ms, zone, count >= 4);
    case 'Z':
      return offsetText(parts.offsetMinutes, false, true);
    case 'X':
      if (parts.offsetMinutes === 0) return 'Z';
      if (count === 1) return offsetText(parts.offsetMinutes, false, false);
      return offsetText(parts.offsetMinutes, count >= 3, true);
    default:
      throw exception(`Illegal pattern character '${letter}'`);
  }
}

function offsetText(offsetMinutes: number, withColon: boolean, withMinutes: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = pad(Math.floor(abs / 60), 2);
  if (!withMinutes) return sign + hours;
  return sign + hours + (withColon ? ':' : '') + pad(abs % 60, 2);
}

/**
 * Java names zones by abbreviation (CET, EST, BST). Intl's en-US names give "GMT+1" for Europe, where en-GB has the
 * abbreviation; zones with neither keep the GMT offset form, as Java does.
 */
function shortZoneName(ms: number, zone: string, long: boolean): string {
  // Java's fallback zone for names it does not know prints as GMT.
  if (zone === 'Etc/GMT') return long ? 'Greenwich Mean Time' : 'GMT';
  const name = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(new Date(ms))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const american = name('en-US');
  return long || !/^GMT[+-]/.test(american) ? american : name('en-GB');
}

function dayOfYear(parts: ZonedParts): number {
  return (
    Math.round((Date.UTC(parts.year, parts.month - 1, parts.day) - Date.UTC(parts.year, 0, 1)) / 86_400_000) +
    1
  );
}

// US week numbering (weeks start on Sunday, week 1 holds January 1st), Java's default for English locales.
function weekOfYear(parts: ZonedParts): number {
  const dayIndex = dayOfYear(parts) - 1;
  const weekdayOfJan1 = new Date(Date.UTC(parts.year, 0, 1)).getUTCDay();
  const daysLeftInWeek = 6 - parts.weekday;
  const nextYearJan1 = Date.UTC(parts.year + 1, 0, 1);
  const endOfWeek = Date.UTC(parts.year, parts.month - 1, parts.day) + daysLeftInWeek * 86_400_000;
  if (endOfWeek >= nextYearJan1) return 1;
  return Math.floor((dayIndex + weekdayOfJan1) / 7) + 1;
}
