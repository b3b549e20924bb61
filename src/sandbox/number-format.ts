// Display text of a cell under a Sheets number format ("0.00", "#,##0", "0%", "yyyy-mm-dd", "General", …).

import type { CellValue } from './cell-value';
import { DAYS, MONTHS } from './simple-date-format';
import { type ZonedParts, zonedParts } from './time-zone';

const MS_PER_DAY = 86_400_000;
/** Sheets serial day 0. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export const GENERAL_FORMAT = 'General';

/** The text Sheets shows for `value` under `format`, reading dates in the spreadsheet's time zone. */
export function formatCellForDisplay(value: CellValue, format: string, timeZone: string): string {
  const pattern = format === '' ? GENERAL_FORMAT : format;
  const general = pattern.toLowerCase() === 'general';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const parts = zonedParts(value.getTime(), timeZone);
    if (general) return formatDatePattern(parts, isMidnight(parts) ? 'm/d/yyyy' : 'm/d/yyyy h:mm:ss');
    if (isDatePattern(pattern)) return formatDatePattern(parts, pattern);
    return formatNumberPattern(wallToSerial(parts), pattern);
  }
  if (general) return formatGeneralNumber(value);
  if (pattern === '@') return formatGeneralNumber(value);
  if (isDatePattern(pattern)) return formatDatePattern(zonedParts(serialToWall(value), 'UTC'), pattern);
  return formatNumberPattern(value, pattern);
}

function isMidnight(parts: ZonedParts): boolean {
  return parts.hour === 0 && parts.minute === 0 && parts.second === 0;
}

function wallToSerial(parts: ZonedParts): number {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return (wall - SERIAL_EPOCH) / MS_PER_DAY;
}

function serialToWall(serial: number): number {
  return Math.round(SERIAL_EPOCH + serial * MS_PER_DAY);
}

/** Automatic format: whole numbers as they are, others to 10 significant digits, huge or tiny in E notation. */
export function formatGeneralNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : '#NUM!';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const exp = Number(exponent);
    return `${String(Number(mantissa))}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function stripLiterals(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const datePatterns = new Map<string, boolean>();

export function isDatePattern(pattern: string): boolean {
  let isDate = datePatterns.get(pattern);
  if (isDate === undefined) {
    isDate = /[dmyhs]|am\/pm|a\/p/i.test(stripLiterals(pattern));
    datePatterns.set(pattern, isDate);
  }
  return isDate;
}

type DateToken = { literal: string } | { field: string; count: number };

function tokenizeDatePattern(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const rest = pattern.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      tokens.push({ field: ampm[1].toLowerCase(), count: 1 });
      i += ampm[1].length;
      continue;
    }
    const ch = pattern[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const close = pattern.indexOf('"', i + 1);
      const end = close === -1 ? pattern.length : close;
      tokens.push({ literal: pattern.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '\\') {
      tokens.push({ literal: pattern[i + 1] ?? '' });
      i += 2;
    } else if ('dmyhs'.includes(lower)) {
      let count = 1;
      while (pattern[i + count]?.toLowerCase() === lower) count++;
      tokens.push({ field: lower, count });
      i += count;
    } else if (ch === '.' && /^\.0+/.test(rest) && lastField(tokens) === 's') {
      const digits = /^\.(0+)/.exec(rest)![1].length;
      tokens.push({ field: 'fraction', count: digits });
      i += digits + 1;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  return tokens;
}

function lastField(tokens: DateToken[]): string | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if ('field' in token) return token.field;
  }
  return null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

const tokenCache = new Map<string, DateToken[]>();

function formatDatePattern(parts: ZonedParts, pattern: string): string {
  let tokens = tokenCache.get(pattern);
  if (!tokens) {
    tokens = tokenizeDatePattern(pattern);
    tokenCache.set(pattern, tokens);
  }
  const twelveHour = tokens.some(
    (token) => 'field' in token && (token.field === 'am/pm' || token.field === 'a/p'),
  );
  const fields = tokens.filter((token): token is { field: string; count: number } => 'field' in token);
  return tokens
    .map((token) => {
      if ('literal' in token) return token.literal;
      const { field, count } = token;
      switch (field) {
        case 'y':
          return count <= 2 ? pad(parts.year % 100, 2) : String(parts.year);
        case 'd':
          if (count === 3) return DAYS[parts.weekday].slice(0, 3);
          if (count >= 4) return DAYS[parts.weekday];
          return pad(parts.day, count);
        case 'm': {
          // "m" means minutes right after an hour or right before seconds, months otherwise.
          const index = fields.indexOf(token);
          const previous = fields[index - 1]?.field;
          const next = fields[index + 1]?.field;
          if (count <= 2 && (previous === 'h' || next === 's')) return pad(parts.minute, count);
          if (count === 3) return MONTHS[parts.month - 1].slice(0, 3);
          if (count === 4) return MONTHS[parts.month - 1];
          if (count >= 5) return MONTHS[parts.month - 1].slice(0, 1);
          return pad(parts.month, count);
        }
        case 'h': {
          const hour = twelveHour ? (parts.hour % 12 === 0 ? 12 : parts.hour % 12) : parts.hour;
          return pad(hour, count);
        }
        case 's':
          return pad(parts.second, count);
        case 'fraction':
          return `.${pad(parts.millisecond, 3).slice(0, count).padEnd(count, '0')}`;
        case 'am/pm':
          return parts.hour < 12 ? 'AM' : 'PM';
        case 'a/p':
          return parts.hour < 12 ? 'a' : 'p';
        default:
          return '';
      }
    })
    .join('');
}

interface NumberPattern {
  prefix: string;
  suffix: string;
  minIntegerDigits: number;
  minDecimals: number;
  maxDecimals: number;
  grouping: boolean;
  percent: boolean;
  scientific: boolean;
}

function unquote(text: string): string {
  return text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

function parseNumberPattern(section: string): NumberPattern {
  const cleaned = section.replace(/\[[^\]]*\]/g, '');
  const core = /[0#?][0#?,]*(\.[0#?]*)?(E[+-]?0+)?|\.[0#?]+/i.exec(cleaned);
  if (!core) {
    return {
      prefix: unquote(cleaned),
      suffix: '',
      minIntegerDigits: 0,
      minDecimals: 0,
      maxDecimals: 0,
      grouping: false,
      percent: false,
      scientific: false,
    };
  }
  const prefix = unquote(cleaned.slice(0, core.index));
  const suffix = unquote(cleaned.slice(core.index + core[0].length));
  const [integerPart = '', decimalPart = ''] = core[0].replace(/E[+-]?0+/i, '').split('.');
  return {
    prefix,
    suffix,
    minIntegerDigits: (integerPart.match(/0/g) ?? []).length,
    minDecimals: (decimalPart.match(/0/g) ?? []).length,
    maxDecimals: (decimalPart.match(/[0#?]/g) ?? []).length,
    grouping: integerPart.includes(','),
    percent: prefix.includes('%') || suffix.includes('%'),
    scientific: /E[+-]?0+/i.test(core[0]),
  };
}

const numberPatterns = new Map<string, NumberPattern>();

function roundHalfAway(value: number, decimals: number): number {
  if (Math.abs(value) >= 1e15) return value;
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatNumberPattern(value: number, format: string): string {
  const sections = format.split(';');
  const useNegativeSection = value < 0 && sections.length >= 2;
  const section =
    value === 0 && sections.length >= 3 ? sections[2] : useNegativeSection ? sections[1] : sections[0];
  let pattern = numberPatterns.get(section);
  if (!pattern) {
    pattern = parseNumberPattern(section);
    numberPatterns.set(section, pattern);
  }
  let magnitude = Math.abs(value) * (pattern.percent ? 100 : 1);
  if (pattern.scientific) {
    const text = magnitude.toExponential(pattern.maxDecimals).toUpperCase().replace('E+', 'E+');
    const [mantissa = '', exponent = ''] = text.split('E');
    const sign = exponent.startsWith('-') ? '-' : '+';
    const body = `${mantissa}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
    return `${value < 0 && !useNegativeSection ? '-' : ''}${pattern.prefix}${body}${pattern.suffix}`;
  }
  magnitude = roundHalfAway(magnitude, pattern.maxDecimals);
  const [integerDigits = '0', fractionDigits = ''] = magnitude.toFixed(pattern.maxDecimals).split('.');
  let fraction = fractionDigits;
  while (fraction.length > pattern.minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  let integer = integerDigits === '0' && pattern.minIntegerDigits === 0 ? '' : integerDigits;
  integer = integer.padStart(pattern.minIntegerDigits, '0');
  if (pattern.grouping) integer = groupThousands(integer);
  const isNegative =
    value < 0 && !useNegativeSection && (Number(integerDigits) !== 0 || /[1-9]/.test(fraction));
  const number = fraction ? `${integer}.${fraction}` : integer;
  return `${isNegative ? '-' : ''}${pattern.prefix}${number}${pattern.suffix}`;
}
