// The one home for time zones. An add-on's script runs in its manifest's zone (Etc/UTC) for every user, while a
// spreadsheet's dates are wall-clock times in the spreadsheet's own zone: Sheets hands a custom function (and
// getValues hands a script) the Date of that wall clock in the spreadsheet's zone. Google's custom-function guide
// says a script whose zone differs "needs to compensate"
// (https://developers.google.com/apps-script/guides/sheets/functions#dates). LeadLift compensates once, where
// values come in: each Date becomes the Date whose script-zone calendar fields (getFullYear … getHours) are the
// spreadsheet's wall clock, so the core, which reads those fields, counts the days the sheet shows.

/** The spreadsheet's IANA zone, or undefined when it cannot be read or this runtime cannot convert to it. */
export function spreadsheetTimeZone(
  spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet | null,
): string | undefined {
  try {
    const zone = (spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet())?.getSpreadsheetTimeZone();
    if (!zone) return undefined;
    formatterFor(zone);
    return zone;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** Offsets by zone and minute: a column of dates holds few distinct minutes, and Intl is slow per call. */
const offsets = new Map<string, Map<number, number>>();

/** Milliseconds to add to an instant to read its wall clock in `zone` with the UTC getters. */
function offsetMs(ms: number, zone: string): number {
  const minute = Math.floor(ms / 60_000);
  let cache = offsets.get(zone);
  if (!cache) offsets.set(zone, (cache = new Map<number, number>()));
  let offset = cache.get(minute);
  if (offset === undefined) {
    const at = minute * 60_000;
    const parts: Record<string, number> = {};
    for (const part of formatterFor(zone).formatToParts(new Date(at))) parts[part.type] = Number(part.value);
    offset =
      Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second) - at;
    if (cache.size > 100_000) cache.clear();
    cache.set(minute, offset);
  }
  return offset;
}

/** The wall clock an instant shows in `zone`: year, month (1–12), day, hour, minute, second. */
export function wallClock(
  date: Date,
  zone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const ms = date.getTime();
  const wall = new Date(ms + offsetMs(ms, zone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/**
 * The Date whose script-zone fields show what `date` shows on the spreadsheet's wall clock in `zone`; the date
 * itself when no zone is known. Milliseconds are kept.
 * @example sheetWallClock(new Date('2026-01-14T23:00:00Z'), 'Europe/Paris').getDate() // 15 (script in Etc/UTC)
 */
export function sheetWallClock(date: Date, zone: string | undefined): Date {
  if (zone === undefined) return date;
  const w = wallClock(date, zone);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, date.getMilliseconds());
}

const isDateValue = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/** A cell, row-major grid or list with every Date read on the spreadsheet's wall clock; other values unchanged. */
export function onSheetClock<T>(value: T, zone: string | undefined): T {
  if (zone === undefined) return value;
  if (isDateValue(value)) return sheetWallClock(value, zone) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => onSheetClock(item, zone)) as T;
  return value;
}

/** Now, on the spreadsheet's wall clock (see `sheetWallClock`): "today" as the sheet counts days. */
export function sheetNow(zone: string | undefined, now: Date = new Date()): Date {
  return sheetWallClock(now, zone);
}

/** A range's values with their Dates on the spreadsheet's wall clock. */
export function sheetValues(
  range: GoogleAppsScript.Spreadsheet.Range,
  zone: string | undefined,
): (string | number | boolean | Date)[][] {
  return onSheetClock(range.getValues() as (string | number | boolean | Date)[][], zone);
}

/** The hour (0–23) and calendar day (`yyyy-mm-dd`) an instant falls on in `zone`. */
export function hourAndDayIn(date: Date, zone: string): { hour: number; day: string } {
  const w = wallClock(date, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { hour: w.hour, day: `${w.year}-${pad(w.month)}-${pad(w.day)}` };
}
