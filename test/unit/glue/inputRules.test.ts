import { describe, expect, it } from 'vitest';
import { outcomeHasHeader, usedHeight } from '../../../src/glue/parse/columns';
import { parseOutcome, parseOutcomes } from '../../../src/glue/parse/outcome';
import { isDate, sheetsErrorOf, toColumn, toGrid } from '../../../src/glue/parse/sheetValues';

describe('outcomes', () => {
  it('parseOutcome reads every converted word, trimmed and in any case', () => {
    for (const word of [
      true,
      1,
      'yes',
      ' Y ',
      'TRUE',
      'Won',
      'win',
      'x',
      'Sí',
      'si',
      'oui',
      'da',
      'JA',
      '1',
    ]) {
      expect(parseOutcome(word, 1)).toBe(true);
    }
  });
  it('parseOutcome reads every not-converted word, and blank', () => {
    for (const word of [false, 0, '', '  ', 'no', 'N', 'false', 'lost', 'Loss', 'non', 'nu', 'nein', '0']) {
      expect(parseOutcome(word, 1)).toBe(false);
    }
  });
  it('parseOutcome names the row and the value it cannot read', () => {
    expect(() => parseOutcome('maybe', 17)).toThrow(
      'Outcome in row 17 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
    expect(() => parseOutcome(2, 4)).toThrow('Outcome in row 4 is "2"');
  });
  it('parseOutcome reports a Sheets error cell instead of counting it', () => {
    expect(() => parseOutcome('#N/A', 9)).toThrow('Outcome in row 9 is the error #N/A');
  });
  it('parseOutcomes numbers rows from the given first row', () => {
    expect(Array.from(parseOutcomes(['yes', 'no', 'won'], 2))).toEqual([1, 0, 1]);
    expect(() => parseOutcomes(['yes', 'perhaps'], 2)).toThrow('row 3');
  });
});

describe('shapes', () => {
  it('a single cell arrives as a scalar and becomes a 1×1 grid', () => {
    expect(toGrid(5, 'outcome')).toEqual([[5]]);
    expect(toColumn('yes', 'outcome')).toEqual(['yes']);
  });
  it('a missing argument is named', () => {
    expect(() => toGrid(undefined, 'outcome')).toThrow('The outcome argument is missing.');
  });
  it('a several-column range where one column is expected says how wide it is', () => {
    expect(() => toColumn([[1, 2]], 'outcome')).toThrow(
      'The outcome must be a single column; it has 2 columns.',
    );
  });
  it('usedHeight drops trailing rows that are empty in every range', () => {
    const a = { name: 'attribute', grid: [['x'], [''], ['y'], [''], ['']] };
    const b = { name: 'outcome', grid: [[1], [0], [''], [''], ['']] };
    expect(usedHeight([a, b])).toBe(3);
  });
  it('usedHeight states both heights when ranges differ', () => {
    expect(() =>
      usedHeight([
        { name: 'attribute', grid: [[1], [2]] },
        { name: 'outcome', grid: [[1]] },
      ]),
    ).toThrow('The attribute range has 2 rows but the outcome range has 1');
  });
  it('the first outcome cell is a header only when it is text and not an outcome word', () => {
    expect(outcomeHasHeader(['Converted', 1])).toBe(true);
    expect(outcomeHasHeader(['yes', 1])).toBe(false);
    expect(outcomeHasHeader([1, 0])).toBe(false);
    expect(outcomeHasHeader(['', 0])).toBe(false);
  });
});

describe('cells', () => {
  it('sheetsErrorOf recognises error codes only', () => {
    expect(sheetsErrorOf('#REF!')).toBe('#REF!');
    expect(sheetsErrorOf('#n/a')).toBe('#N/A');
    expect(sheetsErrorOf('#hashtag')).toBeUndefined();
  });
  it('isDate works for dates of another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    expect(isDate(runInNewContext('new Date(0)'))).toBe(true);
    expect(isDate('2026-01-01')).toBe(false);
  });
});
