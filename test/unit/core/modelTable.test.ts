import { describe, expect, it } from 'vitest';
import { matchesCriterion } from '../../../src/core/criteria';
import { InputError } from '../../../src/core/inputError';
import { parseModelTable } from '../../../src/core/modelTable';

const header = ['Attribute', 'Value', 'Points', 'Dimension'];

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
