import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellNumber, type CellValue, dateSerial, valueKey } from '../../../src/core/cellValue';
import {
  describeCriterion,
  matchesCriterion,
  parseCriterion,
  rangeCriterion,
  valueCriterion,
} from '../../../src/core/criteria';
import { InputError } from '../../../src/core/inputError';

const matches = (criterion: string | number | boolean | Date, value: CellValue) =>
  matchesCriterion(parseCriterion(criterion), value);

describe('valueKey', () => {
  it('treats "Google", "google " and "GOOGLE" as one value', () => {
    expect(new Set([valueKey('Google'), valueKey('google '), valueKey(' GOOGLE')]).size).toBe(1);
  });
  it('treats the number 10 and the texts "10", "10.0" and " 1e1 " as one value', () => {
    expect(new Set([valueKey(10), valueKey('10'), valueKey('10.0'), valueKey(' 1e1 ')]).size).toBe(1);
  });
  it('treats TRUE and the text "true" as one value, apart from 1', () => {
    expect(valueKey(true)).toBe(valueKey('TRUE'));
    expect(valueKey(true)).not.toBe(valueKey(1));
  });
  it('gives a date its yyyy-mm-dd label, with the time when it has one', () => {
    expect(valueKey(new Date(2026, 0, 15))).toBe('2026-01-15');
    expect(valueKey(new Date(2026, 0, 15, 13, 45))).toBe('2026-01-15 13:45:00');
  });
  it('gives every empty cell the key "" and no other cell that key', () => {
    for (const empty of ['', '   ', null, undefined]) expect(valueKey(empty)).toBe('');
    for (const value of [0, false, 'x', '0', new Date(2026, 0, 1)]) expect(valueKey(value)).not.toBe('');
  });
  it('counts dates as Sheets serial numbers', () => {
    expect(dateSerial(new Date(2026, 0, 1))).toBe(46023);
    expect(dateSerial(new Date(1899, 11, 31, 12))).toBe(1.5);
    expect(cellNumber(new Date(2026, 0, 1))).toBe(46023);
  });
  it('reads numbers from number cells and numeric text only', () => {
    expect(cellNumber(' -2.5 ')).toBe(-2.5);
    expect(cellNumber('1,000')).toBeUndefined();
    expect(cellNumber(true)).toBeUndefined();
    expect(cellNumber('')).toBeUndefined();
  });
});

describe('criteria: equals', () => {
  it('plain text matches trimmed and in any case', () => {
    expect(matches('Google', ' GOOGLE ')).toBe(true);
    expect(matches(' google ', 'Google')).toBe(true);
    expect(matches('Google', 'Googles')).toBe(false);
    expect(matches('Google', '')).toBe(false);
  });
  it('=X is the same as X', () => {
    expect(matches('=Google', 'google')).toBe(true);
    expect(matches('=10', 10)).toBe(true);
  });
  it('a number criterion matches the number cell and numeric text', () => {
    expect(matches(10, 10)).toBe(true);
    expect(matches(10, '10')).toBe(true);
    expect(matches(10, ' 10.0 ')).toBe(true);
    expect(matches('10', 10)).toBe(true);
    expect(matches(10, 11)).toBe(false);
    expect(matches(10, 'ten')).toBe(false);
  });
  it('TRUE matches TRUE and the text "true", not 1', () => {
    expect(matches(true, true)).toBe(true);
    expect(matches(true, 'True')).toBe(true);
    expect(matches('TRUE', true)).toBe(true);
    expect(matches(true, 1)).toBe(false);
    expect(matches(false, '')).toBe(false);
  });
  it('a date criterion matches the same day', () => {
    expect(matches('2026-01-15', new Date(2026, 0, 15))).toBe(true);
    expect(matches(new Date(2026, 0, 15), new Date(2026, 0, 15))).toBe(true);
    expect(matches('2026-01-15', new Date(2026, 0, 16))).toBe(false);
  });
  it('<>X matches everything but X, empty cells included', () => {
    expect(matches('<>Google', 'Bing')).toBe(true);
    expect(matches('<>Google', '')).toBe(true);
    expect(matches('<>Google', ' google')).toBe(false);
    expect(matches('<>10', '10')).toBe(false);
  });
});

describe('criteria: wildcards', () => {
  it('* matches any run of characters and ? exactly one', () => {
    expect(matches('goo*', ' Google ')).toBe(true);
    expect(matches('*gle', 'GOOGLE')).toBe(true);
    expect(matches('g?ogle', 'Google')).toBe(true);
    expect(matches('g?gle', 'Google')).toBe(false);
    expect(matches('goo*', 'Bing')).toBe(false);
  });
  it('* matches every non-empty cell, numbers included, and no empty one', () => {
    expect(matches('*', 'x')).toBe(true);
    expect(matches('*', 5)).toBe(true);
    expect(matches('*', '')).toBe(false);
    expect(matches('1*', 10)).toBe(true);
  });
  it('~ escapes *, ? and ~', () => {
    expect(matches('What~?', 'what?')).toBe(true);
    expect(matches('What~?', 'whatx')).toBe(false);
    expect(matches('5~*', '5*')).toBe(true);
    expect(matches('5~*', '55')).toBe(false);
    expect(matches('a~~b', 'a~b')).toBe(true);
    expect(matches('a~*b*', 'a*bc')).toBe(true);
  });
  it('regular-expression characters in a pattern are literal', () => {
    expect(matches('a.b*', 'a.bc')).toBe(true);
    expect(matches('a.b*', 'axbc')).toBe(false);
    expect(matches('(a)*', '(a) x')).toBe(true);
  });
  it('<> with a pattern matches what the pattern does not', () => {
    expect(matches('<>goo*', 'Bing')).toBe(true);
    expect(matches('<>goo*', 'Google')).toBe(false);
    expect(matches('<>goo*', '')).toBe(true);
  });
});

describe('criteria: comparisons', () => {
  it('>N, >=N, <N and <=N compare numbers', () => {
    expect(matches('>10', 11)).toBe(true);
    expect(matches('>10', 10)).toBe(false);
    expect(matches('>=10', 10)).toBe(true);
    expect(matches('<10', 10)).toBe(false);
    expect(matches('<10', -3)).toBe(true);
    expect(matches('<=10', 10)).toBe(true);
  });
  it('comparisons read numeric text and ignore other text, TRUE/FALSE and empty cells', () => {
    expect(matches('>=10', ' 12 ')).toBe(true);
    expect(matches('>=10', 'twelve')).toBe(false);
    expect(matches('<10', '')).toBe(false);
    expect(matches('>0', true)).toBe(false);
  });
  it('allows spaces after the operator, negative bounds and percentages', () => {
    expect(matches('>= 10', 10)).toBe(true);
    expect(matches('>-5', -4)).toBe(true);
    expect(matches('>=50%', 0.5)).toBe(true);
    expect(matches('>=50%', 0.49)).toBe(false);
  });
  it('dates compare as dates or as Sheets serial numbers', () => {
    expect(matches('>=2026-01-15', new Date(2026, 0, 15))).toBe(true);
    expect(matches('>=2026-01-15', new Date(2026, 0, 14, 23, 59))).toBe(false);
    expect(matches('<46023', new Date(2025, 11, 31))).toBe(true);
    expect(matches('<46023', new Date(2026, 0, 1))).toBe(false);
  });
  it('two comparisons separated by a space must both hold', () => {
    expect(matches('>=10 <20', 10)).toBe(true);
    expect(matches('>=10 <20', 19.99)).toBe(true);
    expect(matches('>=10 <20', 20)).toBe(false);
    expect(matches('>=10 <20', 9)).toBe(false);
    expect(matches('  >= 10   < 20 ', 15)).toBe(true);
    expect(matches('>=2026-01-01 <2026-02-01', new Date(2026, 0, 31))).toBe(true);
  });
});

describe('criteria: blank and any', () => {
  it('(blank), "" and an empty criterion match empty cells only', () => {
    for (const criterion of ['(blank)', '(BLANK)', '""', '', '=']) {
      expect(matches(criterion, '')).toBe(true);
      expect(matches(criterion, '   ')).toBe(true);
      expect(matches(criterion, 0)).toBe(false);
      expect(matches(criterion, 'x')).toBe(false);
    }
  });
  it('(any), <> and <>(blank) match non-empty cells only', () => {
    for (const criterion of ['(any)', '<>', '<>(blank)', '<>""']) {
      expect(matches(criterion, '')).toBe(false);
      expect(matches(criterion, 0)).toBe(true);
      expect(matches(criterion, false)).toBe(true);
      expect(matches(criterion, 'x')).toBe(true);
    }
  });
});

describe('criteria: the words (blank), (any) and "" as text', () => {
  it('after =, they are the texts themselves', () => {
    expect(matches('=(any)', '(ANY)')).toBe(true);
    expect(matches('=(any)', 'x')).toBe(false);
    expect(matches('=(blank)', '(blank)')).toBe(true);
    expect(matches('=(blank)', '')).toBe(false);
    expect(matches('=""', '""')).toBe(true);
  });
  it('a value spelled like one of them is written with a leading =', () => {
    expect(describeCriterion(valueCriterion('(any)'))).toBe('=(any)');
    expect(describeCriterion(valueCriterion('""'))).toBe('=""');
  });
});

describe('criteria: bad criteria', () => {
  const fails = (criterion: string, message: string) => {
    expect(() => parseCriterion(criterion)).toThrow(InputError);
    expect(() => parseCriterion(criterion)).toThrow(message);
  };
  it('a comparison with something that is not a number or a date says how to write it', () => {
    fails(
      '>abc',
      'Criterion ">abc" compares with "abc", which is not a number or a date: compare with a number or a date, such as ">=10" or ">=2026-01-31".',
    );
  });
  it('a comparison with nothing after the operator says so', () => {
    fails('>=', 'Criterion ">=" has nothing to compare with: write a number after >=, such as ">=10".');
  });
  it('more than two comparisons are refused', () => {
    fails('>1 <5 >3', 'give one comparison, or two separated by a space such as ">=10 <20".');
    fails('< = 10', 'Criterion "< = 10" compares with "= 10"');
  });
  it('two comparisons no number can meet are refused', () => {
    fails('>=20 <10', 'Criterion ">=20 <10" can match no value: no number is both >=20 and <10.');
    fails('>5 <5', 'can match no value');
    expect(matches('>=5 <=5', 5)).toBe(true);
  });
  it('a number criterion that no cell can hold is refused', () => {
    expect(() => parseCriterion(Number.NaN)).toThrow(InputError);
  });
});

describe('describeCriterion', () => {
  it('writes each form back in its usual spelling', () => {
    const cases: [string | number | boolean, string][] = [
      [' >= 10  <20 ', '>=10 <20'],
      ['>-5', '>-5'],
      ['>=2026-01-31', '>=2026-01-31'],
      ['Google', 'Google'],
      ['=Google', 'Google'],
      ['<>Google', '<>Google'],
      ['goo*', 'goo*'],
      ['What~?', 'What~?'],
      ['""', '(blank)'],
      ['<>', '(any)'],
      [10, '10'],
      [true, 'true'],
    ];
    for (const [criterion, text] of cases) expect(describeCriterion(parseCriterion(criterion))).toBe(text);
  });
  it('gives a value that starts like a comparison a leading =', () => {
    const criterion = valueCriterion('>5 years');
    expect(describeCriterion(criterion)).toBe('=>5 years');
    expect(matches(describeCriterion(criterion), '>5 Years')).toBe(true);
  });
  it('escapes wildcard characters of a value', () => {
    expect(describeCriterion(valueCriterion('What?'))).toBe('What~?');
    expect(matches('What~?', 'whatx')).toBe(false);
  });
  it('writes range criteria with exact bounds', () => {
    expect(describeCriterion(rangeCriterion(undefined, 10))).toBe('<10');
    expect(describeCriterion(rangeCriterion(10, 20))).toBe('>=10 <20');
    expect(describeCriterion(rangeCriterion(40, undefined))).toBe('>=40');
    expect(describeCriterion(rangeCriterion(0.1 + 0.2, undefined))).toBe('>=0.30000000000000004');
  });
});

describe('criteria: properties', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('(any)', '(ANY)', '""', '=x', '>3', '<>', 'a*', '~?'),
    fc.integer({ min: -50, max: 50 }),
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.boolean(),
    fc.constant(''),
  );
  it('a value criterion matches exactly the cells of the same value', () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        const label = typeof a === 'string' ? a : String(a);
        const criterion = parseCriterion(describeCriterion(valueCriterion(label)));
        expect(matchesCriterion(criterion, b)).toBe(valueKey(b) === valueKey(label));
      }),
    );
  });
  it('a range criterion read back from its text matches the same cells', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true, minExcluded: true }),
        cell,
        (low, width, value) => {
          const range = rangeCriterion(low, low + width);
          if (low + width === low) return;
          const reread = parseCriterion(describeCriterion(range));
          expect(matchesCriterion(reread, value)).toBe(matchesCriterion(range, value));
          expect(matchesCriterion(reread, low)).toBe(true);
          expect(matchesCriterion(reread, low + width)).toBe(false);
        },
      ),
    );
  });
  it('<>X matches exactly the cells X does not', () => {
    fc.assert(
      fc.property(fc.constantFrom('Google', 'goo*', '10', '(blank)', '(any)', '?'), cell, (x, value) => {
        expect(matches(`<>${x}`, value)).toBe(!matches(x, value));
      }),
    );
  });
});
