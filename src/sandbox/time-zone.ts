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

/** Whether Intl knows the zone; Apps Script, like Java, falls back to GMT for names it does not know. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const resolved = new Map<string, string>();

export function resolveTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'Etc/GMT';
  let zone = resolved.get(timeZone);
  if (zone === undefined) {
    zone = isKnownTimeZone(timeZone) ? timeZone : 'Etc/GMT';
    resolved.set(timeZone, zone);
  }
  return zone;
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
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offsets by zone and minute: a column of dates holds few distinct minutes, and Intl is slow per call. */
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 100_000;

/** Milliseconds to add to UTC to get the zone's wall clock at `ms`. */
function offsetMs(ms: number, zone: string): number {
  const minute = Math.floor(ms / 60_000);
  let cache = offsetCache.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(zone, cache);
  }
  let offset = cache.get(minute);
  if (offset === undefined) {
    const at = minute * 60_000;
    const parts: Record<string, string> = {};
    for (const part of formatterFor(zone).formatToParts(new Date(at))) parts[part.type] = part.value;
    const wall = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    offset = wall - at;
    if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
    cache.set(minute, offset);
  }
  return offset;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const offset = offsetMs(ms, resolveTimeZone(timeZone));
  const wall = new Date(ms + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    weekday: wall.getUTCDay(),
    offsetMinutes: Math.round(offset / 60_000),
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
