// The Intl locale a language formats with: the user's own region when their locales name one for that language
// (fr_CA → fr-CA, es_MX → es-MX), else the language's usual one. The language follows the locale; the formats
// follow the full locale.

import type { Language } from '../../core/sheetWords';

/** The locale each language formats with when the user's locales give it no region. */
export const defaultLocales: Record<Language, string> = {
  en: 'en-US',
  es: 'es-ES',
  fr: 'fr-FR',
  ro: 'ro-RO',
};

/** The regions the user's locales gave, set when the sidebar opens: one user, one page, known once. */
let userLocales: Partial<Record<Language, string>> = {};

/**
 * Remembers the region each of `locales` gives its language, the first one winning: e.g.
 * Session.getActiveUserLocale() "fr" (no region) then Spreadsheet.getSpreadsheetLocale() "fr_CA" → French formats
 * as fr-CA. A locale Intl cannot read is skipped.
 */
export function rememberRegionsOf(...locales: (string | undefined)[]): void {
  const found: Partial<Record<Language, string>> = {};
  for (const locale of locales) {
    const [language, region] = (locale ?? '').split(/[_-]/);
    const code = (language ?? '').toLowerCase() as Language;
    if (!(code in defaultLocales) || !region || found[code]) continue;
    try {
      const [tag] = Intl.getCanonicalLocales(`${code}-${region}`);
      if (Intl.NumberFormat.supportedLocalesOf(tag).length > 0) found[code] = tag;
    } catch {
      // Not a locale tag (e.g. "fr_1"): that language keeps its usual formats.
    }
  }
  userLocales = found;
}

/** The Intl locale `language` formats numbers, percentages, dates and plural forms with. */
export function intlLocale(language: Language): string {
  return userLocales[language] ?? defaultLocales[language];
}
