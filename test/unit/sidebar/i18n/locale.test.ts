import { afterEach, describe, expect, it } from 'vitest';
import { dateTime, decimal, hourText, percent, typedNumbers } from '../../../../src/sidebar/i18n';
import { fr } from '../../../../src/sidebar/i18n/fr';
import { intlLocale, rememberRegionsOf } from '../../../../src/sidebar/i18n/locale';

/** Intl's spaces (no-break, narrow no-break) as plain spaces, so French formats read in a test. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the formatting locale follows the user’s region', () => {
  afterEach(() => rememberRegionsOf());

  it('is the language’s usual locale when no region is known', () => {
    rememberRegionsOf('fr', 'en_US');
    expect([intlLocale('en'), intlLocale('es'), intlLocale('fr'), intlLocale('ro')]).toEqual([
      'en-US',
      'es-ES',
      'fr-FR',
      'ro-RO',
    ]);
  });

  it('French in a Canadian spreadsheet formats as fr-CA: ISO dates and “7 h 00”', () => {
    rememberRegionsOf('fr', 'fr_CA');
    expect(intlLocale('fr')).toBe('fr-CA');
    expect(dateTime(Date.UTC(2026, 11, 1, 8, 30), 'fr', 'UTC')).toBe('2026-12-01 08 h 30');
    expect(hourText(7, 'fr')).toBe('07 h 00');
    expect(spaced(percent(0.283, 'fr'))).toBe('28,3 %');
    rememberRegionsOf('fr', 'fr_FR');
    expect(dateTime(Date.UTC(2026, 11, 1, 8, 30), 'fr', 'UTC')).toBe('01/12/2026 08:30');
  });

  it('Spanish in a Mexican spreadsheet writes a decimal point and reads one back; in Spain a comma', () => {
    rememberRegionsOf('es', 'es_MX');
    expect([decimal(1234.5, 'es'), percent(0.283, 'es')]).toEqual(['1,234.5', '28.3%']);
    expect(typedNumbers('34.5, 60', 'es')).toEqual([34.5, 60]);
    rememberRegionsOf('es', 'es_ES');
    expect(decimal(1234.5, 'es')).toBe('1234,5');
    expect(typedNumbers('34,5; 60', 'es')).toEqual([34.5, 60]);
  });

  it('the first locale naming a region wins; the other languages keep theirs', () => {
    rememberRegionsOf('es_MX', 'es_ES', 'en_GB');
    expect([intlLocale('es'), intlLocale('en'), intlLocale('fr')]).toEqual(['es-MX', 'en-GB', 'fr-FR']);
  });

  it('skips a locale Intl cannot read', () => {
    rememberRegionsOf('fr_1', undefined, '');
    expect(intlLocale('fr')).toBe('fr-FR');
  });

  it('catalogue counts use the region too', () => {
    rememberRegionsOf('fr_CA');
    expect(fr.leadsInStage(9240, fr.goalWords.acquisition)).toBe('9\u00a0240 leads');
    rememberRegionsOf('fr_FR');
    expect(fr.leadsInStage(9240, fr.goalWords.acquisition)).toBe('9\u202f240 leads');
  });
});
