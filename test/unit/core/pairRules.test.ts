import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/inputError';
import { leadReasons } from '../../../src/core/leadReasons';
import { parseModelTable, ruleConditions } from '../../../src/core/modelTable';
import { joinPairText, pairParts, singleRuleAttribute, splitPairText } from '../../../src/core/pairRules';
import { predictModel } from '../../../src/core/predict/predictModel';
import { ruleColumns, ruleMatchesLead, scoreLeads } from '../../../src/core/scoreLeads';
import type { Language } from '../../../src/core/sheetWords';
import { leadTable } from '../../support/leadTable';

const header = ['Attribute', 'Value', 'Points'];

const leads = leadTable(
  ['Contract', 'Tenure', 'Source'],
  ['Month-to-month', 3, 'Ads & Web'],
  ['Month-to-month', 30, 'Web'],
  ['One year', 2, 'Ads & Web'],
  ['Two year', 40, ''],
);

describe('splitPairText and joinPairText', () => {
  it('split at each & that is not written ~&, trimming the parts', () => {
    expect(splitPairText('Contract & Tenure')).toEqual(['Contract', 'Tenure']);
    expect(splitPairText('R~&D&>=5')).toEqual(['R&D', '>=5']);
    expect(splitPairText('Webinar')).toEqual(['Webinar']);
    expect(pairParts('a & b & c')).toBeUndefined();
    expect(pairParts(' & b')).toBeUndefined();
  });
  it('join two parts so that splitting gives them back', () => {
    expect(joinPairText('Sales & Marketing', '>=5')).toBe('Sales ~& Marketing & >=5');
    expect(pairParts(joinPairText('Ads & Web', '(blank)'))).toEqual(['Ads & Web', '(blank)']);
  });
});

describe('pair rules in a model table', () => {
  const model = parseModelTable([
    header,
    ['Contract & Tenure', 'Month-to-month & <6', 12],
    ['Contract & Tenure', 'Month-to-month & >=6', -3],
    ['Contract & Tenure', '(other) & <6', 4],
    ['Source', 'Ads & Web', 5],
  ]);
  it('read a row whose Attribute and Value both join two parts with & as a pair rule', () => {
    const [pair] = model.rules;
    expect(pair.pair?.map((c) => [c.attribute, c.criterionText])).toEqual([
      ['Contract', 'Month-to-month'],
      ['Tenure', '<6'],
    ]);
    expect(ruleConditions(pair)).toBe(pair.pair);
  });
  it('keep an & in a single attribute’s value as part of the value', () => {
    const single = model.rules[3];
    expect(single.pair).toBeUndefined();
    expect(single.criterionText).toBe('Ads & Web');
    expect(ruleConditions(single)).toEqual([single]);
  });
  it('give points to leads that meet both conditions; (other) is the values the pair’s other rules do not name', () => {
    const scored = scoreLeads(leads, model.rules);
    // Lead 1: M2M & 3 → 12, Source 5. Lead 2: M2M & 30 → −3. Lead 3: One year (other) & 2 → 4, Source 5. Lead 4: nothing.
    expect(Array.from(scored.totals)).toEqual([17, -3, 9, 0]);
    expect(ruleMatchesLead(scored, 0, 0)).toBe(true);
    expect(ruleMatchesLead(scored, 0, 1)).toBe(false);
    expect(ruleColumns(leads.names, model.rules)).toEqual([0, 1, 0, 1, 0, 1, 2]);
  });
  it('explain a pair contribution by both of its conditions', () => {
    const scored = scoreLeads(leads, model.rules);
    expect(leadReasons(scored, 0, 3)).toBe(
      '+12 Contract = Month-to-month and Tenure <6; +5 Source = Ads & Web',
    );
    expect(leadReasons(scored, 2, 1)).toBe('+5 Source = Ads & Web');
  });
  it('join a pair’s two conditions in the sheet’s language', () => {
    const scored = scoreLeads(leads, model.rules);
    const languages: Language[] = ['es', 'fr', 'ro'];
    expect(languages.map((language) => leadReasons(scored, 0, 1, language))).toEqual([
      '+12 Contract = Month-to-month y Tenure <6',
      '+12 Contract = Month-to-month et Tenure <6',
      '+12 Contract = Month-to-month și Tenure <6',
    ]);
  });
  it('read ~& as an & inside a name or criterion', () => {
    const escaped = parseModelTable([
      header,
      ['Sales ~& Marketing & Tenure', 'Ads ~& Web & >=2', 7],
      ['R~&D', 'Yes', 1],
    ]);
    expect(escaped.rules[0].pair?.map((c) => [c.attribute, c.criterionText])).toEqual([
      ['Sales & Marketing', 'Ads & Web'],
      ['Tenure', '>=2'],
    ]);
    expect(escaped.rules[1].attribute).toBe('R&D');
    const table = leadTable(
      ['Sales & Marketing', 'Tenure', 'R&D'],
      ['Ads & Web', 3, 'yes'],
      ['Web', 3, 'no'],
    );
    expect(Array.from(scoreLeads(table, escaped.rules).totals)).toEqual([8, 0]);
  });
  it('name the missing column of a pair, and how to mean a column whose name holds an &', () => {
    const rules = parseModelTable([header, ['Q & A', 'Yes & No', 1]]).rules;
    expect(() => scoreLeads(leadTable(['Q & A'], ['Yes & No']), rules)).toThrow(
      /attribute "Q" of the pair rule "Q & A" \(model row 2\) is not a column.*write its & as ~& \("Q ~& A"\)/,
    );
    expect(() => scoreLeads(leadTable(['Q & A'], ['x']), rules)).toThrow(InputError);
  });
  it('report a bad criterion inside a pair with its model row and attribute', () => {
    expect(() => parseModelTable([header, ['Contract & Tenure', 'Month-to-month & >=abc', 1]])).toThrow(
      /Model row 2 \(Tenure\): Criterion ">=abc"/,
    );
  });
  it('keep a single attribute whose name holds an & when its value does not join two parts', () => {
    const rules = parseModelTable([header, ['Q & A', 'Yes', 2]]).rules;
    expect(rules[0].pair).toBeUndefined();
    expect(Array.from(scoreLeads(leadTable(['Q & A'], ['yes'], ['no']), rules).totals)).toEqual([2, 0]);
  });
});

describe('singleRuleAttribute', () => {
  it('escapes an attribute only when it and its value would read as a pair', () => {
    expect(singleRuleAttribute('Q & A', 'Yes & No')).toBe('Q ~& A');
    expect(singleRuleAttribute('Q & A', 'Yes')).toBe('Q & A');
    expect(singleRuleAttribute('Source', 'Ads & Web')).toBe('Source');
  });
  it('keeps a predictive model of a column named with an & scoring that column', () => {
    const cells = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 'Yes & No' : 'Maybe'));
    const converted = Uint8Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? Number(i % 2 === 0) : Number(i % 5 === 0),
    );
    const model = predictModel([{ name: 'Q & A', cells }], converted, { minLeads: 1 });
    const table = parseModelTable([header, ...model.rules.map((r) => [r.attribute, r.value, r.points])]);
    expect(table.rules.every((r) => r.pair === undefined && r.attribute === 'Q & A')).toBe(true);
  });
});
