import { describe, expect, it } from 'vitest';
import { goals } from '../../../src/core/settings';
import { decimal, hourText, languageOf, percent, typedNumbers } from '../../../src/sidebar/i18n';
import { en } from '../../../src/sidebar/i18n/en';
import { es } from '../../../src/sidebar/i18n/es';
import { fr } from '../../../src/sidebar/i18n/fr';
import { ro } from '../../../src/sidebar/i18n/ro';
import { bantRules, goalRules } from '../../../src/sidebar/templates';

describe('templates', () => {
  it('BANT uses the sheet’s own columns where their headers say so', () => {
    expect(bantRules(['Budget range', 'Job title', 'Need']).map((r) => r.attribute)).toEqual([
      'Budget range',
      'Job title',
      'Need',
      'Timeline',
    ]);
  });
  it('the acquisition template includes negative rules', () => {
    expect(
      goalRules('acquisition', ['Occupation'])
        .filter((r) => r.points < 0)
        .map((r) => r.value),
    ).toEqual(['Student', '*careers*', 'Competitor']);
  });
  it('every goal has a template', () => {
    for (const goal of goals) expect(goalRules(goal, []).length).toBeGreaterThan(0);
  });
});

describe('catalogues', () => {
  it('Spanish has every English key', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });
  /** Every key path of a catalogue, nested objects included. */
  const paths = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? paths(v as object, `${prefix}${k}.`)
        : [`${prefix}${k}`],
    );
  it('French and Romanian have every English key, nested ones included', () => {
    for (const catalogue of [es, fr, ro]) expect(paths(catalogue).sort()).toEqual(paths(en).sort());
  });
  it('the locale picks the language', () => {
    expect([languageOf('es'), languageOf('es_MX'), languageOf('en_GB'), languageOf('de')]).toEqual([
      'es',
      'es',
      'en',
      'en',
    ]);
    expect([languageOf('fr'), languageOf('fr_CA'), languageOf('ro_RO'), languageOf('ro')]).toEqual([
      'fr',
      'fr',
      'ro',
      'ro',
    ]);
  });
  it('the user’s language comes first, then the spreadsheet’s locale', () => {
    expect(languageOf('de', 'fr_CA')).toBe('fr');
    expect(languageOf('ro', 'en_US')).toBe('ro');
  });
  it('Romanian counts take its three plural forms', () => {
    expect([1, 2, 19, 20, 101, 120].map((n) => ro.leadsInStage(n, ro.goalWords.acquisition))).toEqual([
      '1 lead',
      '2 leaduri',
      '19 leaduri',
      '20 de leaduri',
      '101 leaduri',
      '120 de leaduri',
    ]);
  });
  it('French counts: 0 and 1 are singular, thousands grouped', () => {
    expect([0, 1, 2].map((n) => fr.leadsInStage(n, fr.goalWords.acquisition))).toEqual([
      '0 lead',
      '1 lead',
      '2 leads',
    ]);
    expect(fr.leadsInStage(9240, fr.goalWords.acquisition).replace(/\s/g, ' ')).toBe('9 240 leads');
  });
  it('each goal counts its own people and outcomes in the plural form', () => {
    expect(ro.learn.few(25, ro.goalWords.retention)).toMatch(/^Doar 25 de clienți care au plecat:/);
    expect(ro.learn.few(1, ro.goalWords.retention)).toMatch(/^Doar 1 client care a plecat:/);
    expect(fr.leadsConversions(1, 0, fr.goalWords.retention)).toBe('1 client, dont 0 client parti');
  });
  it('Romanian is written with comma-below ș and ț, never the cedilla ş and ţ', () => {
    const text = JSON.stringify(ro, (_, v: unknown) => (typeof v === 'function' ? v.toString() : v));
    expect(text).not.toMatch(/[şţŞŢ]/);
    expect(text).toMatch(/[șț]/);
  });
  it('numbers and percentages follow the language', () => {
    expect([decimal(1.55, 'en'), decimal(1.55, 'fr'), decimal(1.55, 'ro')]).toEqual(['1.6', '1,6', '1,6']);
    expect(percent(0.283, 'fr').replace(/\s/g, ' ')).toBe('28,3 %');
    expect(percent(0.283, 'ro').replace(/\s/g, ' ')).toBe('28,3 %');
    expect(typedNumbers('34,5; 60', 'ro')).toEqual([34.5, 60]);
    expect(typedNumbers('30, 60', 'en')).toEqual([30, 60]);
    expect([hourText(7, 'en'), hourText(7, 'fr'), hourText(19, 'ro')]).toEqual(['7:00', '07:00', '19:00']);
  });
});
