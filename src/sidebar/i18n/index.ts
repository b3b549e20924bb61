// Picks the sidebar's catalogue from the user's locale (es, es_ES → Spanish; anything else → English).

import { type Catalogue, en } from './en';
import { es } from './es';

export type Language = 'en' | 'es';
export const catalogues: Record<Language, Catalogue> = { en, es };
export const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** A share as a percentage for the language, e.g. 0.125 → "12.5%" or "12,5 %". */
export function percent(share: number, language: Language): string {
  return new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}
