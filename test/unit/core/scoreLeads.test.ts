import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cellValue';
import { matchesCriterion } from '../../../src/core/criteria';
import { InputError } from '../../../src/core/inputError';
import { explainLead, leadReasons } from '../../../src/core/leadReasons';
import { parseModelTable } from '../../../src/core/modelTable';
import { readColumns } from '../../../src/core/leadColumns';
import { type LeadTable, type ScoredLeads, scoreLeads } from '../../../src/core/scoreLeads';

const header = ['Attribute', 'Value', 'Points', 'Dimension'];

/** Leads given row by row, as people read them. */
function leadTable(names: string[], ...rows: CellValue[][]): LeadTable {
  return { names, columns: names.map((_, j) => rows.map((row) => row[j])) };
}

const leads = leadTable(
  ['Lead Source', 'Visits', 'Occupation', 'Country'],
  ['Webinar', 12, 'Student', 'India'],
  ['Google', 3, 'Working Professional', ''],
  [' webinar ', '7', '', 'Spain'],
  ['', '', '', ''],
  ['Google Ads', 5, 'Unemployed', 'India'],
);

describe('parseModelTable', () => {
  it('reads Attribute, Value and Points in any case and order, ignoring extra columns and empty rows', () => {
    const model = parseModelTable([
      ['Notes', ' POINTS ', 'value', 'attribute'],
      ['x', 15, 'Webinar', 'Lead Source'],
      ['', '', '', ''],
      ['', '-10', 'Student', 'Occupation'],
    ]);
    expect(
      model.rules.map(({ attribute, criterionText, points, row }) => [attribute, criterionText, points, row]),
    ).toEqual([
      ['Lead Source', 'Webinar', 15, 2],
      ['Occupation', 'Student', -10, 4],
    ]);
    expect(model.base).toBeUndefined();
  });
  it('reads the Spanish headers Atributo, Criterio, Puntos and Dimensión', () => {
    const model = parseModelTable([
      ['Atributo', 'Criterio', 'Puntos', 'Dimensión'],
      ['País', 'España', 5, 'Fit'],
    ]);
    expect(model.rules[0]).toMatchObject({
      attribute: 'País',
      criterionText: 'España',
      points: 5,
      dimension: 'Fit',
    });
    expect(
      parseModelTable([
        ['atributo', 'VALOR', 'puntos'],
        ['a', 'b', 1],
      ]).rules,
    ).toHaveLength(1);
  });
  it('keeps the (base) row apart as the starting score', () => {
    const model = parseModelTable([header, ['(Base)', '', -2.5, ''], ['Visits', '>=5', 10, '']]);
    expect(model.base).toBe(-2.5);
    expect(model.rules.map((r) => r.attribute)).toEqual(['Visits']);
  });
  it('reads number, TRUE/FALSE and date values as criteria', () => {
    const model = parseModelTable([
      header,
      ['Visits', 7, 1, ''],
      ['Opted in', true, 2, ''],
      ['Since', new Date(2026, 0, 5), 3, ''],
    ]);
    expect(model.rules.map((r) => r.criterionText)).toEqual(['7', 'TRUE', '2026-01-05']);
    expect(matchesCriterion(model.rules[0].criterion, '7.0')).toBe(true);
  });
  it('names the model row of a bad criterion, non-numeric or empty points', () => {
    expect(() => parseModelTable([header, ['Visits', '>=5', 1], ['Visits', '>lots', 2]])).toThrow(
      'Model row 3 (Visits): Criterion ">lots" compares with "lots", which is not a number or a date',
    );
    expect(() => parseModelTable([header, ['Visits', '>=5', 'ten']])).toThrow(
      'The points in model row 2 (Visits) are "ten", not a number: write a number such as 10 or -5.',
    );
    expect(() => parseModelTable([header, ['Visits', '>=5', '']])).toThrow(
      'The points in model row 2 (Visits) are empty',
    );
    expect(() => parseModelTable([header, ['', '>=5', 3]])).toThrow('Model row 2 has no attribute');
    expect(() => parseModelTable([header, ['Visits', '', 3]])).toThrow('Model row 2 (Visits) has no value');
    expect(() => parseModelTable([header, ['Visits', '#N/A', 3]])).toThrow(
      'Model row 2 holds the error #N/A',
    );
  });
  it('says which header is missing and what the first row reads', () => {
    expect(() =>
      parseModelTable([
        ['Attribute', 'Score'],
        ['a', 1],
      ]),
    ).toThrow(
      'The model has no Value (or Criterion), no Points column: its first row must name the columns Attribute, Value and Points (it reads "Attribute", "Score").',
    );
  });
  it('refuses a model without rules and one with two (base) rows', () => {
    expect(() => parseModelTable([header])).toThrow('The model has no rules');
    expect(() => parseModelTable([header, ['(base)', '', 1], ['(base)', '', 2], ['a', 'b', 1]])).toThrow(
      'The model has two (base) rows, 2 and 3: keep one.',
    );
  });
  it('throws InputErrors, which the marketer sees as they are', () => {
    expect(() => parseModelTable([])).toThrow(InputError);
  });
});

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

describe('readColumns', () => {
  it('codes each distinct cell once, a date by its time and every empty cell as one, and marks blank leads', () => {
    const table = leadTable(
      ['Signed up', 'Source'],
      [new Date(2026, 0, 31), 'a'],
      [new Date(2026, 0, 31), ''],
      [new Date(2025, 11, 31), null],
      ['', 'A'],
    );
    const { columns, blank } = readColumns(table, [0, 1], () => undefined);
    expect([...(columns.get(0)?.codes ?? [])]).toEqual([0, 0, 1, 2]);
    expect([...(columns.get(1)?.codes ?? [])]).toEqual([0, 1, 1, 2]);
    expect(columns.get(1)?.samples).toEqual(['a', '', 'A']);
    expect([...blank]).toEqual([0, 0, 0, 0]);
    expect([...readColumns(table, [1], () => undefined).blank]).toEqual([0, 1, 1, 0]);
  });
  it('weighs each distinct cell once and sums the points of each lead’s cells, from rows as from columns', () => {
    const weighed: CellValue[] = [];
    const worth = (cell: CellValue) => {
      weighed.push(cell);
      return { points: typeof cell === 'number' ? cell : 0.5, rules: [] };
    };
    const rows = [
      ['n', 'm'],
      [1, 'x'],
      [2, 'x'],
      [1, 'y'],
    ];
    const read = readColumns({ names: ['n', 'm'], rows, first: 1, count: 3 }, [0, 1], () => worth);
    expect([...read.sums]).toEqual([1.5, 2.5, 1.5]);
    expect(weighed).toEqual([1, 'x', 2, 'y']);
    expect([...readColumns(leadTable(['n', 'm'], ...rows.slice(1)), [1, 0], () => worth).sums]).toEqual([
      1.5, 2.5, 1.5,
    ]);
  });
});

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
