// Picks the sidebar's catalogue from the user's locale (fr, fr_CA → French; ro_RO → Romanian; …; else English),
// and formats numbers, percentages and dates for the chosen language in the user's region (see locale.ts).

import { type Catalogue, en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ro } from './ro';
import { languages, type Language } from '../../core/sheetWords';
import { intlLocale, rememberRegionsOf } from './locale';

export { intlLocale, languages, type Language, rememberRegionsOf };
export const catalogues: Record<Language, Catalogue> = { en, es, fr, ro };
export const languageNames: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ro: 'Română',
};

/**
 * The first supported language among locales such as Session.getActiveUserLocale() ("fr") and
 * Spreadsheet.getSpreadsheetLocale() ("fr_CA"); English when none is.
 */
export function languageOf(...locales: (string | undefined)[]): Language {
  for (const locale of locales) {
    const code = (locale ?? '').toLowerCase().split(/[_-]/)[0];
    if ((languages as readonly string[]).includes(code)) return code as Language;
  }
  return 'en';
}

/** A number for the language with at most `digits` decimals, e.g. 1.55 → "1.6" or "1,6". */
export function decimal(x: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(x);
}

/** A number with exactly `digits` decimals for the language, e.g. an AUC: 0.8 → "0.80" or "0,80". */
export function fixed(x: number, language: Language, digits: number): string {
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
}

/** A share as a percentage for the language, e.g. 0.125 → "12.5%", "12,5 %" or "12,5 %". */
export function percent(share: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** A moment as a date and time for the language (in `timeZone` when given), e.g. "01/12/2026 08:30" in French. */
export function dateTime(time: string | number | Date, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'short',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(time));
}

/** A clock hour for the language on the 24-hour clock Sheets' trigger hours use: "7:00" in English, "07:00" in French. */
export function hourText(hour: number, language: Language): string {
  if (language === 'en') return `${hour}:00`;
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, hour));
}

/** Numbers typed in the language: "30, 60" in English; "34,5; 60" where the comma is the decimal mark. */
export function typedNumbers(text: string, language: Language): number[] {
  const comma = decimal(1.5, language).includes(',');
  return text
    .split(comma ? /[;\s]+/ : /[;,\s]+/)
    .filter((s) => s.trim() !== '')
    .map((s) => Number(comma ? s.replace(',', '.') : s));
}

/**
 * A rule's value as a marketer reads it, numbers in the language: `>=2.1 <4` → "2.1 to under 4", `(other)` → "any
 * value not listed"; other values as they are.
 */
export function valueText(value: string, language: Language): string {
  const t = catalogues[language].criteria;
  const n = (s: string) => decimal(Number(s), language, 6);
  const number = '(-?\\d+(?:\\.\\d+)?)';
  const between = new RegExp(`^>=${number} <${number}$`).exec(value);
  if (between) return t.between(n(between[1]), n(between[2]));
  const atLeast = new RegExp(`^>=${number}$`).exec(value);
  if (atLeast) return t.atLeast(n(atLeast[1]));
  const below = new RegExp(`^<${number}$`).exec(value);
  if (below) return t.below(n(below[1]));
  if (value === '(other)') return t.other;
  if (value === '(blank)') return t.blank;
  return value;
}
