import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainLead, leadReasons } from '../../../src/core/leadReasons';
import { parseModelTable } from '../../../src/core/modelTable';
import { scoreLeads } from '../../../src/core/scoreLeads';
import { fiveLeads, leadTable } from '../../support/leadTable';

const header = ['Attribute', 'Value', 'Points', 'Dimension'];

const leads = fiveLeads;

describe('lead reasons', () => {
  it('add up to the score when every contribution is shown, on generated leads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', ''), fc.integer({ min: 0, max: 9 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.array(
          fc.tuple(
            fc.constantFrom('S', 'n'),
            fc.constantFrom('a', '<>a', '(blank)', '>=3', '<5'),
            fc.integer({ min: -9, max: 9 }),
          ),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (rows, ruleRows) => {
          const scored = scoreLeads(
            leadTable(['S', 'N'], ...rows),
            parseModelTable([['Attribute', 'Value', 'Points'], ...ruleRows]).rules,
          );
          rows.forEach((_, i) => {
            const parts = explainLead(scored, i);
            expect(parts.reduce((sum, c) => sum + c.points, 0)).toBe(scored.totals[i]);
            for (let k = 1; k < parts.length; k++) {
              expect(Math.abs(parts[k].points)).toBeLessThanOrEqual(Math.abs(parts[k - 1].points));
            }
          });
        },
      ),
    );
  });
  const model = parseModelTable([
    header,
    ['Visits', '>=5', 10, ''],
    ['Lead Source', 'Webinar', 15, ''],
    ['Occupation', 'Student', -10, ''],
    ['Country', '<>Spain', 0, ''],
    ['Country', 'India', 2.345, ''],
  ]);
  const scored = scoreLeads(leads, model.rules);
  it('lists matched rules by size, ties in model order, leaving out rules worth 0', () => {
    expect(explainLead(scored, 0).map((c) => [c.rule.attribute, c.points])).toEqual([
      ['Lead Source', 15],
      ['Visits', 10],
      ['Occupation', -10],
      ['Country', 2.345],
    ]);
  });
  it('writes the top contributions with signs, the minus sign and at most two decimals', () => {
    expect(leadReasons(scored, 0, 3)).toBe(
      '+15 Lead Source = Webinar; +10 Visits >=5; −10 Occupation = Student',
    );
    expect(leadReasons(scored, 0, 9)).toBe(
      '+15 Lead Source = Webinar; +10 Visits >=5; −10 Occupation = Student; +2.35 Country = India',
    );
    expect(leadReasons(scored, 1, 3)).toBe('');
  });
  it('writes every criterion form readably, naming the empty value after a bare <> or =', () => {
    const forms = parseModelTable([
      header,
      ['Country', '<>', 1, ''],
      ['Country', '<>Spain', 2, ''],
      ['Country', '=India', 3, ''],
      ['Country', 'ind*', 4, ''],
      ['Visits', '>=10 <20', 5, ''],
      ['Occupation', '=', 6, ''],
    ]);
    const all = scoreLeads(leads, forms.rules);
    expect(leadReasons(all, 0, 9)).toBe(
      '+5 Visits >=10 <20; +4 Country = ind*; +3 Country = India; +2 Country <> Spain; +1 Country <> (blank)',
    );
    // Lead 3 is from Spain, with 7 visits and no occupation.
    expect(leadReasons(all, 2, 9)).toBe('+6 Occupation = (blank); +1 Country <> (blank)');
  });
});
