import { describe, expect, it } from 'vitest';
import {
  appliedScoresHeadersIn,
  healthHeadersIn,
  healthVerdictIn,
  isAppliedScoresHeader,
  isHealthHeader,
} from '../../../src/core/healthWords';
import { type HealthReading, healthVerdictText } from '../../../src/core/modelHealth';
import { goals } from '../../../src/core/settings';
import { languages } from '../../../src/core/sheetWords';

const waiting: HealthReading = { closed: 1, converted: 1, verdict: 'waiting', observedRate: 1 };
const working: HealthReading = {
  closed: 400,
  converted: 120,
  verdict: 'working',
  auc: 0.812,
  standardError: 0.02,
};
const weaker: HealthReading = { ...working, verdict: 'weaker', auc: 0.7, drop: 0.15 };
const notSeparating: HealthReading = { ...working, verdict: 'not separating', auc: 0.51 };

describe('the Health tab’s words', () => {
  it('head the tab in each language, the fifth column the goal’s outcome, and read back from any', () => {
    expect(healthHeadersIn('retention', 'fr')[4]).toBe('Partis');
    expect(healthHeadersIn('acquisition', 'ro')[4]).toBe('Convertiți');
    for (const language of languages)
      for (const goal of goals) expect(isHealthHeader(healthHeadersIn(goal, language))).toBe(true);
    expect(isHealthHeader(['Date', 'Model applied', 'Notes'])).toBe(false);
    // Mixed languages are nobody's header row.
    expect(
      isHealthHeader([
        ...healthHeadersIn('acquisition', 'fr').slice(0, 5),
        ...healthHeadersIn('acquisition', 'en').slice(5),
      ]),
    ).toBe(false);
  });

  it('head the hidden applied-scores tab in each language', () => {
    for (const language of languages)
      expect(isAppliedScoresHeader(appliedScoresHeadersIn(language))).toBe(true);
    expect(isAppliedScoresHeader(['Lead', 'Score', 'Probability'])).toBe(false);
  });

  it('give English verdicts as modelHealth does', () => {
    expect(healthVerdictIn(working, 'retention', 'en', 0.85)).toBe(healthVerdictText(working, 'left', 0.85));
  });

  it('give each verdict in French, with French decimals and agreement with the count', () => {
    expect(healthVerdictIn(waiting, 'acquisition', 'fr')).toMatch(
      /^Trop tôt pour conclure : 1 des leads ouverts à l’application du modèle est clôturé, dont 1 converti\. Un verdict en demande environ \d+ convertis et \d+ autres \(l’AUC est alors connue à ±0,1 près\)\.$/,
    );
    expect(healthVerdictIn(working, 'acquisition', 'fr', 0.85)).toBe(
      'Toujours efficace : les scores distinguent les leads convertis des autres (AUC 0,81, 0,85 à l’application).',
    );
    expect(healthVerdictIn(weaker, 'acquisition', 'fr', 0.85)).toMatch(
      /^Affaibli : AUC 0,70, en baisse de 0,15 par rapport à 0,85/,
    );
    expect(healthVerdictIn(notSeparating, 'retention', 'fr')).toMatch(
      /^Ne distingue plus : avec une AUC de 0,51 \(±0,04\).* les leads partis des autres\./,
    );
  });

  it('give each verdict in Romanian and Spanish', () => {
    expect(healthVerdictIn(waiting, 'retention', 'ro')).toMatch(
      /^Prea devreme pentru un verdict: dintre leadurile deschise la aplicarea modelului s-a închis 1 lead, iar 1 a plecat\./,
    );
    expect(healthVerdictIn({ ...waiting, closed: 25, converted: 3 }, 'retention', 'ro')).toMatch(
      /s-au închis 25 de leaduri, iar 3 au plecat\./,
    );
    expect(healthVerdictIn(working, 'acquisition', 'ro')).toBe(
      'Funcționează în continuare: scorurile îi deosebesc pe cei care s-au convertit de ceilalți (AUC 0,81).',
    );
    expect(healthVerdictIn(weaker, 'acquisition', 'ro', 0.85)).toMatch(
      /^Mai slab: AUC 0,70, cu 0,15 mai mic decât 0,85/,
    );
    expect(healthVerdictIn(notSeparating, 'acquisition', 'es')).toMatch(
      /^Ya no separa: con un AUC de 0,51 \(±0,04\)/,
    );
    expect(healthVerdictIn(weaker, 'expansion', 'es', 0.85)).toMatch(
      /^Más débil: AUC 0,70, 0,15 menos que 0,85/,
    );
  });
});
