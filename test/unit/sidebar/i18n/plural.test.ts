// Every count the catalogues show takes its language's plural form: 1 rule, 2 rules; 1 rând, 2 rânduri, 20 de rânduri.
import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/sidebar/i18n/en';
import { es } from '../../../../src/sidebar/i18n/es';
import { fr } from '../../../../src/sidebar/i18n/fr';
import { counted } from '../../../../src/sidebar/i18n/plural';
import { ro } from '../../../../src/sidebar/i18n/ro';

const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('counted', () => {
  it('picks the form Intl.PluralRules names, the number formatted for the locale', () => {
    const forms = { one: 'rând', few: 'rânduri', other: 'de rânduri' };
    expect([1, 2, 19, 20, 101, 1000].map((n) => counted(n, 'ro-RO', forms))).toEqual([
      '1 rând',
      '2 rânduri',
      '19 rânduri',
      '20 de rânduri',
      '101 rânduri',
      '1.000 de rânduri',
    ]);
  });
});

describe('the SQL export message counts its lines', () => {
  const written = (catalogue: typeof en, lines: number) =>
    spaced(catalogue.sql.written(lines, 'LeadLift SQL', 'A1:A40', 'DuckDB'));
  it('in Romanian: 1 rând, 2 rânduri, 20 de rânduri', () => {
    expect([1, 2, 19, 20, 40].map((n) => /\(([^)]*)\)/.exec(written(ro, n))?.[1])).toEqual([
      '1 rând',
      '2 rânduri',
      '19 rânduri',
      '20 de rânduri',
      '40 de rânduri',
    ]);
  });
  it('in English, Spanish and French: 1 line, 2 lines', () => {
    for (const [catalogue, one, two] of [
      [en, '1 line', '2 lines'],
      [es, '1 línea', '2 líneas'],
      [fr, '1 ligne', '2 lignes'],
    ] as const) {
      expect(written(catalogue, 1)).toContain(`(${one})`);
      expect(written(catalogue, 2)).toContain(`(${two})`);
    }
  });
});

describe('every count-bearing string agrees with its number', () => {
  const w = { en: en.goalWords.acquisition, es: es.goalWords.acquisition, fr: fr.goalWords.acquisition };
  it('English: singular for 1, grouped thousands', () => {
    expect(en.applied(1, 1, 'Model', w.en)).toBe('1 rule written to "Model"; 1 lead scored.');
    expect(en.applied(12, 9240, 'Model', w.en)).toBe('12 rules written to "Model"; 9,240 leads scored.');
    expect(en.overall('28.3%', 9240, w.en)).toBe('Overall conversion rate 28.3% over 9,240 leads');
    expect(en.leadsConversions(1, 1, w.en)).toBe('1 lead, 1 conversion');
    expect(en.learn.few(1, w.en)).toMatch(/^Only 1 conversion:/);
    expect(en.daily.lastRun('today', 'finished', 1, 0)).toBe(
      'Last run today: finished, 1 lead scored, 0 changed.',
    );
    expect(en.scoring.topGradeInLowest(1)).toMatch(/^1 lead graded A1 is in the lowest stage/);
    expect(en.learn.diffSummary('Boosted', 1, 3, 2, 0, 1)).toBe(
      'Using Boosted replaces your 1 rule with 3: 2 added, 0 removed, 1 changed.',
    );
    expect(en.valuesAdvised(50000, 300000, 200000)).toMatch(
      /^Values are recommended here: 50,000 leads \(300,000 cells\)/,
    );
  });
  it('Spanish: singular for 1', () => {
    expect(es.applied(1, 1, 'Modelo', w.es)).toBe('1 regla escrita en "Modelo"; 1 lead puntuado.');
    expect(es.daily.lastRun('hoy', 'terminada', 1, 1)).toBe(
      'Última ejecución hoy: terminada, 1 lead puntuado, 1 cambiado.',
    );
    expect(es.scoring.topGradeInLowest(1)).toMatch(/^1 lead con nota A1 está/);
    expect(es.learn.diffSummary('Boosting', 1, 3, 1, 0, 2)).toBe(
      'Usar Boosting sustituye su regla por 3: 1 añadida, 0 quitadas, 2 cambiadas.',
    );
  });
  it('French: 0 and 1 singular', () => {
    expect(fr.daily.lastRun('ce jour', 'terminé', 1, 0)).toBe(
      'Dernier passage ce jour : terminé, 1 lead noté, 0 modifié.',
    );
    expect(fr.learn.diffSummary('Boosting', 1, 3, 1, 0, 2)).toBe(
      'Utiliser Boosting remplace votre règle par 3 : 1 ajoutée, 0 supprimée, 2 modifiées.',
    );
    expect(spaced(fr.valuesAdvised(50000, 300000, 200000))).toMatch(
      /ici : 50 000 leads \(300 000 cellules\)/,
    );
  });
  it('Romanian: one, few and other, with “de” from 20', () => {
    const words = ro.goalWords.acquisition;
    expect(ro.applied(1, 1, 'Model', words)).toBe('1 regulă scrisă în „Model”; 1 lead cu scor calculat.');
    expect(ro.applied(3, 25, 'Model', words)).toBe(
      '3 reguli scrise în „Model”; 25 de leaduri cu scor calculat.',
    );
    expect(ro.applied(20, 2, 'Model', words)).toBe(
      '20 de reguli scrise în „Model”; 2 leaduri cu scor calculat.',
    );
    expect(ro.valuesAdvised(50000, 300000, 200000)).toMatch(
      /^Aici se recomandă valorile: 50\.000 de leaduri \(300\.000 de celule\)/,
    );
    expect(ro.valuesAdvised(50000, 300000, 200000)).toMatch(/până la aproximativ 200\.000 de celule\.$/);
    expect(ro.scoring.byDate(1, 'Creat', 1)).toMatch(
      /^Sosește aproximativ 1 lead pe săptămână .*; 1 lead din foaie este/,
    );
    expect(ro.scoring.byDate(30, 'Creat', 5)).toMatch(
      /^Sosesc aproximativ 30 de leaduri .*; 5 leaduri din foaie sunt/,
    );
    expect(ro.daily.lastRun('azi', 'terminată', 20, 0)).toMatch(/20 de leaduri punctate/);
  });
});
