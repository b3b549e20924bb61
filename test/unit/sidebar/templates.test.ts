import { describe, expect, it } from 'vitest';
import { goals } from '../../../src/core/settings';
import { languageOf } from '../../../src/sidebar/i18n';
import { en } from '../../../src/sidebar/i18n/en';
import { es } from '../../../src/sidebar/i18n/es';
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
  it('the locale picks the language', () => {
    expect([languageOf('es'), languageOf('es_MX'), languageOf('en_GB'), languageOf('ro')]).toEqual([
      'es',
      'es',
      'en',
      'en',
    ]);
  });
});
