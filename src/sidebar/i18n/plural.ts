// Counts in words for a language: the number formatted for it and the noun in its plural form (Intl.PluralRules).

/** The noun forms a language needs; `other` is always there (English and French: one/other; Romanian: one/few/other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A count followed by its noun, e.g. (3, 'fr-FR', { one: 'lead', other: 'leads' }) → "3 leads";
 * (25, 'ro-RO', { one: 'lead', few: 'leaduri', other: 'de leaduri' }) → "25 de leaduri".
 */
export function counted(n: number, locale: string, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return `${new Intl.NumberFormat(locale).format(n)} ${form}`;
}

/** A whole number formatted for the locale, e.g. 9240 → "9 240" in French. */
export function whole(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}
