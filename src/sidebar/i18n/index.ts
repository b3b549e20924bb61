// Picks the sidebar's catalogue from the user's locale (es, es_ES → Spanish; anything else → English).

import { type Catalogue, en } from './en';
import { es } from './es';

export type Language = 'en' | 'es';
export const catalogues: Record<Language, Catalogue> = { en, es };
export const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

const locales: Record<Language, string> = { en: 'en-US', es: 'es-ES' };

/** A number for the language with at most `digits` decimals, e.g. 1.55 → "1.6" or "1,6". */
export function decimal(x: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: digits }).format(x);
}

/** A share as a percentage for the language, e.g. 0.125 → "12.5%" or "12,5 %". */
export function percent(share: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
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
