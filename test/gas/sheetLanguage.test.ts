// The sheet written in the sidebar's language, from dist/Code.js in the sandbox: headers, stage labels, the log and
// changes tabs; and a language switch between applies and re-scores that still finds LeadLift's own columns.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings, settingsInLanguage } from '../../src/core/settings';
import { outputHeadersIn } from '../../src/core/sheetWords';
import { sampleHeaders } from '../support/sampleLeads';
import { sampleLeadsAddOn } from '../support/sandbox';
import { sampleSettings } from '../support/settings';

const rules = [
  { attribute: 'Lead Source', value: 'Webinar', points: 40, dimension: 'Fit' },
  { attribute: 'Industry', value: 'Software', points: 20, dimension: 'Fit' },
  { attribute: 'Visits', value: '>=12', points: 30, dimension: 'Engagement' },
];

function setUp() {
  const { sandbox, sheet: leads, addOn } = sampleLeadsAddOn();
  const base: Settings = {
    ...defaultSettings('acquisition', 'Leads'),
    outcome: 'Converted',
    leadId: 'Lead ID',
    attributes: sampleSettings.attributes,
  };
  const apply = (settings: Settings) => {
    const result = addOn.call('applyModel', settings, rules, true) as { applied?: { columns: string[] } };
    expect(result.applied).toBeDefined();
    return result.applied!.columns;
  };
  const header = () =>
    leads.getRange(1, 1, 1, leads.getLastColumn()).getValues()[0].slice(sampleHeaders.length);
  const column = (letter: string) =>
    leads
      .getRange(`${letter}2:${letter}61`)
      .getValues()
      .map((r) => r[0]);
  return { sandbox, leads, addOn, base, apply, header, column };
}

describe('the sheet in the sidebar’s language', () => {
  it('writes French headers and stage labels, logs in French, and re-scores after a switch to English', () => {
    const { sandbox, addOn, base, apply, header, column } = setUp();
    const fr = settingsInLanguage({ ...base, outputMode: 'values' }, 'fr');
    expect(fr.stageLabels).toEqual(['À écarter', 'À nourrir', 'Prêt pour la vente']);
    const columns = apply(fr);
    expect(header()).toEqual([
      'Score d’adéquation',
      'Score d’engagement',
      'Score',
      'Note',
      'Étape',
      'Pourquoi',
    ]);
    expect(new Set(column(columns[4]))).toEqual(new Set(fr.stageLabels));

    addOn.call('rescoreNow');
    const log = sandbox.spreadsheet.getSheetByName('LeadLift Journal')!;
    expect(sandbox.spreadsheet.getSheetByName('LeadLift Changements')).not.toBeNull();
    expect(log.getRange('A1:H1').getValues()[0]).toEqual([
      'Heure',
      'Passage',
      'Lignes notées',
      'Lignes modifiées',
      'Étapes',
      'Durée (s)',
      'Statut',
      'Message',
    ]);
    expect([log.getRange('B2').getValue(), log.getRange('G2').getValue()]).toEqual(['Manuel', 'Terminé']);
    // The sidebar reads the French log words back as the same run and status.
    const status = addOn.call('getDailyRescoreStatus') as { lastRun: { run: string; status: string } };
    expect([status.lastRun.run, status.lastRun.status]).toEqual(['Manual', 'Finished']);

    // The marketer switches to English: the settings are saved, the sheet still has French headers.
    const en = settingsInLanguage(fr, 'en');
    expect(en.stageLabels).toEqual(['Discard', 'Nurture', 'Sales-ready']);
    addOn.call('saveSettings', en);
    addOn.call('rescoreNow');
    // The log and changes tabs are renamed into English: still one of each.
    expect(log.getName()).toBe('LeadLift Log');
    expect(log.getRange('A1:H1').getValues()[0][0]).toBe('Time');
    expect(
      sandbox.spreadsheet
        .getSheets()
        .map((s) => s.getName())
        .filter((name) => /Log|Journal|Changes|Changements/.test(name))
        .sort(),
    ).toEqual(['LeadLift Changes', 'LeadLift Log']);
    expect([log.getRange('B3').getValue(), log.getRange('G3').getValue()]).toEqual(['Manual', 'Finished']);
    expect(new Set(column(columns[4]))).toEqual(new Set(en.stageLabels));
    const changes = sandbox.spreadsheet.getSheetByName('LeadLift Changes')!;
    expect(changes.getRange('A1:F1').getValues()[0]).toEqual([
      'Time',
      'Lead ID',
      'Old stage',
      'New stage',
      'Old score',
      'New score',
    ]);
    // Applied again in English, into the same columns: nothing new is added beside them.
    expect(apply(en)).toEqual(columns);
    expect(header()).toEqual(outputHeadersIn('en'));
  });

  it('gives live formulas their Romanian headers, and finds them again when applied in English', () => {
    const { leads, addOn, base, apply } = setUp();
    const ro = settingsInLanguage(base, 'ro');
    const columns = apply(ro);
    const formulas = leads.getRange(`${columns[0]}1:${columns[5]}1`).getFormulas()[0];
    expect(formulas[0]).toBe(`=LEADSCORE(A1:F, 'LeadLift Model'!A1:D, "Fit", "Scor de potrivire")`);
    expect(formulas[2]).toMatch(/^=\{"Scor"; ARRAYFORMULA\(/);
    expect(formulas[3]).toMatch(/^=LEADGRADE\(G1:G, H1:H, , , "Calificativ"\)$/);
    expect(formulas[4]).toContain(`{"De eliminat", "De cultivat", "Pregătit pentru vânzare"}, "Etapă")`);
    expect(formulas[5]).toBe(`=LEADREASONS(A1:F, 'LeadLift Model'!A1:D, 3, "De ce", "ro")`);
    // What those formulas show in the header row, from the functions themselves.
    expect(addOn.call('LEADSTAGE', [['Scor'], [70]], [[30, 60]], [['a', 'b', 'c']], 'Etapă')).toEqual([
      ['Etapă'],
      ['c'],
    ]);
    expect(
      addOn.call(
        'LEADGRADE',
        [['Scor de potrivire'], [1], [2], [3], [4], [5]],
        [['x'], [1], [2], [3], [4], [5]],
        '',
        '',
        'Calificativ',
      ),
    ).toEqual([['Calificativ'], ['E5'], ['D4'], ['C3'], ['B2'], ['A1']]);
    expect(apply(settingsInLanguage(ro, 'en'))).toEqual(columns);
    expect(leads.getRange(`${columns[0]}1`).getFormula()).toBe(
      `=LEADSCORE(A1:F, 'LeadLift Model'!A1:D, "Fit")`,
    );
  });

  it('heads the live engagement column as values mode does, in every language; SCOREDECAY alone keeps its own', () => {
    const { leads, addOn, base, apply } = setUp();
    for (const language of ['en', 'fr', 'ro', 'es'] as const) {
      const settings = settingsInLanguage({ ...base, lastActivity: 'Last activity' }, language);
      const columns = apply(settings);
      const formula = leads.getRange(`${columns[1]}1`).getFormula();
      expect(formula).toMatch(/^=SCOREDECAY\(LEADSCORE\(/);
      expect(formula.endsWith(`, TODAY(), "${outputHeadersIn(language)[1]}")`)).toBe(true);
    }
    // What such a formula shows: SCOREDECAY over LEADSCORE's engagement column, with and without the header.
    const engagement = [['Engagement score'], [30]];
    const day = [['Last activity'], [new Date(Date.UTC(2026, 0, 1))]];
    const asOf = new Date(Date.UTC(2026, 0, 31));
    expect(addOn.call('SCOREDECAY', engagement, day, 30, asOf, 'Engagement score')).toEqual([
      ['Engagement score'],
      [15],
    ]);
    expect(addOn.call('SCOREDECAY', engagement, day, 30, asOf)).toEqual([['Decayed score'], [15]]);
  });

  it('joins a pair rule’s two conditions in the sheet’s language, in values and in live formulas', () => {
    const { leads, addOn, base } = setUp();
    const pair = [
      ...rules,
      { attribute: 'Lead Source & Visits', value: 'Webinar & >=12', points: 15, dimension: 'Fit' },
    ];
    const why = (settings: Settings) => {
      const result = addOn.call('applyModel', settings, pair, true) as { applied: { columns: string[] } };
      const letter = result.applied.columns[5];
      return {
        letter,
        texts: leads
          .getRange(`${letter}2:${letter}61`)
          .getValues()
          .map((r) => String(r[0])),
      };
    };
    const expected = { en: 'and', es: 'y', fr: 'et', ro: 'și' } as const;
    for (const language of ['en', 'es', 'fr', 'ro'] as const) {
      const { texts } = why(settingsInLanguage({ ...base, outputMode: 'values' }, language));
      const paired = texts.filter((t) => t.includes('Lead Source = Webinar ') && t.includes('Visits >=12'));
      expect(paired.length).toBeGreaterThan(0);
      for (const text of paired)
        expect(text).toContain(`+15 Lead Source = Webinar ${expected[language]} Visits >=12`);
    }
    const { letter } = why(settingsInLanguage(base, 'fr'));
    expect(leads.getRange(`${letter}1`).getFormula()).toBe(
      `=LEADREASONS(A1:F, 'LeadLift Model'!A1:D, 3, "Pourquoi", "fr")`,
    );
    const model = [
      ['Attribute', 'Value', 'Points'],
      ['Lead Source & Visits', 'Webinar & >=12', 15],
    ];
    const sample = [
      ['Lead Source', 'Visits'],
      ['Webinar', 20],
    ];
    expect(addOn.call('LEADREASONS', sample, model, 3, 'Pourquoi', 'fr')).toEqual([
      ['Pourquoi'],
      ['+15 Lead Source = Webinar et Visits >=12'],
    ]);
    expect(addOn.call('LEADREASONS', sample, model)).toEqual([
      ['Why'],
      ['+15 Lead Source = Webinar and Visits >=12'],
    ]);
    expect(() => addOn.call('LEADREASONS', sample, model, 3, 'Why', 'de')).toThrow(/^language must be/);
  });

  it('refuses a header argument that is not one text', () => {
    const { addOn } = setUp();
    expect(() => addOn.call('LEADSTAGE', [['Score'], [70]], [[30, 60]], [['a', 'b', 'c']], [[1, 2]])).toThrow(
      /header must be one text, such as "Stage"/,
    );
  });
});
