import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesCriterion } from '../../../src/core/criteria';
import { leadReasons } from '../../../src/core/leadReasons';
import { parseModelTable } from '../../../src/core/modelTable';
import type { CellValue } from '../../../src/core/cellValue';
import { InputError } from '../../../src/core/inputError';
import { type ScoredLeads, scoreLeads } from '../../../src/core/scoreLeads';
import { fiveLeads, leadTable } from '../../support/leadTable';

const header = ['Attribute', 'Value', 'Points', 'Dimension'];

const leads = fiveLeads;

describe('scoreLeads', () => {
  const model = parseModelTable([
    header,
    ['Lead Source', 'Webinar', 15, 'Engagement'],
    ['Lead Source', 'goo*', 5, 'Engagement'],
    ['Lead Source', '<>Google', 1, 'Engagement'],
    ['visits ', '>=5', 10, 'Engagement'],
    ['VISITS', '>=10 <20', 4, 'Engagement'],
    ['Occupation', 'Student', -10, 'Fit'],
    ['Occupation', '(blank)', -3, 'Fit'],
    ['Country', '(any)', 2, 'Fit'],
  ]);
  it('adds the points of every rule a lead matches, each criterion form and negative points included', () => {
    // Lead 1: Webinar 15 + <>Google 1 + >=5 10 + >=10<20 4 + Student −10 + (any) 2 = 22
    // Lead 2: goo* 5; 3 visits, a given occupation and an empty country score nothing = 5
    // Lead 3: " webinar " 15 + <>Google 1 + "7" >=5 10 + (blank) occupation −3 + Spain (any) 2 = 25
    // Lead 4: an empty row
    // Lead 5: goo* 5 + <>Google 1 + >=5 10 + (any) 2 = 18
    const scored = scoreLeads(leads, model.rules);
    expect([...scored.totals]).toEqual([22, 5, 25, 0, 18]);
    expect([...scored.empty]).toEqual([0, 0, 0, 1, 0]);
  });
  it('counts only the rules of the dimension asked for, in any case', () => {
    expect([...scoreLeads(leads, model.rules, { dimension: ' fit ' }).totals]).toEqual([-8, 0, -1, 0, 2]);
    expect([...scoreLeads(leads, model.rules, { dimension: 'Engagement' }).totals]).toEqual([
      30, 5, 26, 0, 16,
    ]);
  });
  it('compares dates with date criteria and matches TRUE/FALSE and numbers given as cells', () => {
    const table = leadTable(
      ['Signed up', 'Opted in', 'Plan'],
      [new Date(2026, 0, 31), true, 10],
      [new Date(2025, 11, 31), 'false', '10.0'],
      ['', 'TRUE', 3],
    );
    const dated = parseModelTable([
      header,
      ['Signed up', '>=2026-01-01', 7, ''],
      ['Signed up', '(blank)', -1, ''],
      ['Opted in', true, 4, ''],
      ['Plan', 10, 2, ''],
    ]);
    expect([...scoreLeads(table, dated.rules).totals]).toEqual([13, 2, 3]);
  });
  it('names an unknown dimension and lists the model’s dimensions', () => {
    expect(() => scoreLeads(leads, model.rules, { dimension: 'Intent' })).toThrow(
      'The model has no rule of dimension "Intent": its dimensions are "Engagement", "Fit".',
    );
  });
  it('names an attribute that is not a column and lists the columns', () => {
    const bad = parseModelTable([header, ['Budget', '>1000', 5]]);
    expect(() => scoreLeads(leads, bad.rules)).toThrow(
      'The model\'s attribute "Budget" (model row 2) is not a column of the leads, whose columns are "Lead Source", "Visits", "Occupation", "Country": rename the attribute or add the column.',
    );
  });
  it('refuses an attribute that names two columns', () => {
    const twice = leadTable(['Source', 'source '], ['a', 'b']);
    expect(() => scoreLeads(twice, parseModelTable([header, ['Source', 'a', 1]]).rules)).toThrow(
      'The leads have more than one column named "Source"',
    );
  });
  it('scores like matching every rule against every cell, on generated leads', () => {
    const cell = fc.oneof(
      fc.constantFrom('a', 'A ', 'b', '', ' ', 'c'),
      fc.integer({ min: -3, max: 12 }),
      fc.boolean(),
    );
    const criterion = fc.constantFrom(
      'a',
      '<>a',
      'b*',
      '(blank)',
      '(any)',
      '>=2',
      '>=0 <5',
      '<1',
      'TRUE',
      '3',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.constantFrom('x', 'Y'), criterion, fc.integer({ min: -20, max: 20 })), {
          maxLength: 8,
        }),
        (rows, ruleRows) => {
          fc.pre(ruleRows.length > 0);
          const table = leadTable(['X', 'y'], ...rows);
          const { rules } = parseModelTable([['Attribute', 'Value', 'Points'], ...ruleRows]);
          const scored = scoreLeads(table, rules);
          rows.forEach((row, i) => {
            const isEmpty = row.every((c) => c === '' || c === ' ');
            let expected = 0;
            for (const rule of rules) {
              const value = rule.attribute === 'x' ? row[0] : row[1];
              if (matchesCriterion(rule.criterion, value)) expected += rule.points;
            }
            expect(scored.empty[i]).toBe(isEmpty ? 1 : 0);
            expect(scored.totals[i]).toBe(isEmpty ? 0 : expected);
          });
        },
      ),
    );
  });
  it('scores rows read in place as it scores columns, whatever the dimension', () => {
    const rows: CellValue[][] = [
      ['Lead Source', 'Visits', 'Occupation', 'Country'],
      ...leads.columns[0].map((_, i) => leads.columns.map((column) => column[i])),
    ];
    const inPlace = { names: leads.names, rows, first: 1, count: rows.length - 1 };
    const reasons = (of: ScoredLeads) => [0, 1, 2, 3, 4].map((lead) => leadReasons(of, lead, 9));
    for (const dimension of [undefined, 'Fit', 'Engagement']) {
      const expected = scoreLeads(leads, model.rules, { dimension });
      const scored = scoreLeads(inPlace, model.rules, { dimension });
      expect([...scored.totals]).toEqual([...expected.totals]);
      expect([...scored.empty]).toEqual([...expected.empty]);
      expect(reasons(scored)).toEqual(reasons(expected));
    }
  });
  it('gives checkCells each asked column’s distinct cells, before it refuses an unknown dimension', () => {
    const seen: [number, readonly CellValue[]][] = [];
    const checkCells = {
      columns: [2, 0],
      check: (j: number, cells: readonly CellValue[]) => seen.push([j, cells]),
    };
    expect([...scoreLeads(leads, model.rules, { dimension: 'Fit', checkCells }).totals]).toEqual([
      -8, 0, -1, 0, 2,
    ]);
    expect(seen).toEqual([
      [2, ['Student', 'Working Professional', '', 'Unemployed']],
      [0, ['Webinar', 'Google', ' webinar ', '', 'Google Ads']],
    ]);
    const refuse = {
      columns: [1],
      check: () => {
        throw new InputError('refused');
      },
    };
    expect(() => scoreLeads(leads, model.rules, { dimension: 'Intent', checkCells: refuse })).toThrow(
      'refused',
    );
  });
});

describe('the worked example of =LEADSCORE in docs/scoring.md', () => {
  const model = parseModelTable([
    header,
    ['Lead Source', 'Webinar', 15, 'Engagement'],
    ['Visits', '>=5', 10, 'Engagement'],
    ['Occupation', 'Student', -10, 'Fit'],
    ['Occupation', '(blank)', -3, 'Fit'],
    ['Country', '(any)', 2, 'Fit'],
  ]);
  const documented = leadTable(
    ['Lead Source', 'Visits', 'Occupation', 'Country'],
    ['Webinar', 12, 'Student', 'India'],
    ['Google', 3, 'Working Professional', ''],
    ['webinar', 7, '', 'Spain'],
  );
  it('scores 17, 0 and 24, and −8, 0 and −1 on fit', () => {
    expect([...scoreLeads(documented, model.rules).totals]).toEqual([17, 0, 24]);
    expect([...scoreLeads(documented, model.rules, { dimension: 'Fit' }).totals]).toEqual([-8, 0, -1]);
  });
  it('explains the scores as the page shows', () => {
    const scored = scoreLeads(documented, model.rules);
    expect([0, 1, 2].map((i) => leadReasons(scored, i, 3))).toEqual([
      '+15 Lead Source = Webinar; +10 Visits >=5; −10 Occupation = Student',
      '',
      '+15 Lead Source = Webinar; +10 Visits >=5; −3 Occupation = (blank)',
    ]);
  });
});
