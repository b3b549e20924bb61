// Wall-clock parts of an instant in an IANA time zone, and back, via Intl (no time-zone tables of our own).

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes east of UTC, e.g. 60 for Europe/Paris in winter. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Whether Intl knows the zone; Apps Script, like Java, falls back to GMT for names it does not know. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function resolveTimeZone(timeZone: string | null | undefined): string {
  return timeZone && isKnownTimeZone(timeZone) ? timeZone : 'Etc/GMT';
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(resolveTimeZone(timeZone)).formatToParts(new Date(ms))) {
    parts[part.type] = part.value;
  }
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
    offsetMinutes: Math.round((wallAsUtc - ms) / 60_000),
  };
}

/**
 * The instant at which the zone's wall clock shows the given time. In an overlap the earlier instant wins; in a
 * DST gap the wall time is read with the offset in force before the gap, so 02:30 becomes 03:30, as Java's lenient
 * calendar does.
 */
export function zonedTimeToUtc(
  wall: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): number {
  const hour = wall.hour ?? 0;
  const minute = wall.minute ?? 0;
  const second = wall.second ?? 0;
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, hour, minute, second);
  const offsetBefore = zonedParts(wallAsUtc - 86_400_000, timeZone).offsetMinutes;
  const offsetAfter = zonedParts(wallAsUtc + 86_400_000, timeZone).offsetMinutes;
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((ms) => {
      const parts = zonedParts(ms, timeZone);
      return parts.day === wall.day && parts.hour === hour && parts.minute === minute;
    });
  return matching.length > 0 ? Math.min(...matching) : wallAsUtc - offsetBefore * 60_000;
}
