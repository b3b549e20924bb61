import { describe, expect, it } from 'vitest';
import { defaultSettings, goals, settingsInLanguage } from '../../../src/core/settings';
import {
  canonicalRunWord,
  goalStageLabelsIn,
  isTabHeader,
  languages,
  outputHeaderOf,
  outputHeaders,
  outputHeadersIn,
  runWordIn,
  sheetLanguage,
  tabHeadersIn,
} from '../../../src/core/sheetWords';

describe('sheet words', () => {
  it('every language names every output, log column, run and status, and three stages per goal', () => {
    for (const language of languages) {
      expect(outputHeadersIn(language)).toHaveLength(outputHeaders.length);
      expect(tabHeadersIn('log', language)).toHaveLength(8);
      expect(tabHeadersIn('changes', language)).toHaveLength(6);
      for (const goal of goals) expect(goalStageLabelsIn[language][goal]).toHaveLength(3);
    }
  });
  it('an output header in any language, case and spaces aside, reads back as the same output', () => {
    for (const language of languages)
      outputHeadersIn(language).forEach((h, k) =>
        expect(outputHeaderOf(`  ${h.toUpperCase()} `)).toBe(outputHeaders[k]),
      );
    expect(outputHeaderOf('Revenue')).toBeUndefined();
  });
  it('the log header of any language is LeadLift’s; another first row is not', () => {
    expect(isTabHeader('log', tabHeadersIn('log', 'ro'))).toBe(true);
    expect(isTabHeader('log', ['Time', 'Run', 'Notes'])).toBe(false);
  });
  it('run words go out in the language and come back canonical', () => {
    expect(runWordIn('Continues in the next run', 'fr')).toBe('Se poursuit au prochain passage');
    expect(canonicalRunWord(runWordIn('Failed', 'ro'))).toBe('Failed');
    expect(canonicalRunWord('Zilnică')).toBe('Daily');
    expect(canonicalRunWord('something else')).toBe('something else');
  });
  it('the sheet language comes from the settings or their JSON, English otherwise', () => {
    expect(sheetLanguage('{"language":"ro"}')).toBe('ro');
    expect(sheetLanguage({ language: 'de' })).toBe('en');
    expect(sheetLanguage('not json')).toBe('en');
  });
  it('switching language changes default stage labels and keeps typed ones', () => {
    const fr = settingsInLanguage(defaultSettings('retention', 'Accounts'), 'fr');
    expect([fr.language, fr.stageLabels]).toEqual(['fr', ['Sain', 'À risque', 'Critique']]);
    expect(settingsInLanguage(fr, 'ro').stageLabels).toEqual(['Sănătos', 'La risc', 'Critic']);
    const typed = { ...fr, stageLabels: ['Froid', 'Tiède', 'Chaud'] };
    expect(settingsInLanguage(typed, 'en').stageLabels).toEqual(['Froid', 'Tiède', 'Chaud']);
  });
  it('Romanian sheet words use comma-below ș and ț', () => {
    const words = JSON.stringify([outputHeadersIn('ro'), goalStageLabelsIn.ro, tabHeadersIn('log', 'ro')]);
    expect(words).not.toMatch(/[şţŞŢ]/);
  });
});
