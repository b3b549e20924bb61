import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guessDimension,
  guessLastActivity,
  guessLeadId,
  guessOutcome,
} from '../../../src/core/columnGuesses';
import { columnQuality, withoutValues } from '../../../src/core/dataQuality';

describe('column guesses', () => {
  it('puts behaviour in Engagement and who the lead is in Fit', () => {
    expect(
      ['Total Visits', 'Email opened', 'Clicked link', 'Downloaded whitepaper', 'Time on site'].map(
        guessDimension,
      ),
    ).toEqual(Array(5).fill('Engagement'));
    expect(['Industry', 'Country', 'Company size', 'Job title', 'Budget'].map(guessDimension)).toEqual(
      Array(5).fill('Fit'),
    );
  });
  it('suggests the outcome column per goal, only among outcome-like columns', () => {
    const headers = ['Lead ID', 'Converted', 'Churned', 'Customer since'];
    const outcomeLike = [false, true, true, false];
    expect(guessOutcome('acquisition', headers, outcomeLike)).toBe('Converted');
    expect(guessOutcome('retention', headers, outcomeLike)).toBe('Churned');
    expect(guessOutcome('acquisition', ['Customer since'], [false])).toBeUndefined();
  });
  it('finds the lead ID and the last-activity date column', () => {
    expect(guessLeadId(['Source', 'Lead Number', 'Email'])).toBe('Lead Number');
    expect(guessLeadId(['Provider'])).toBeUndefined();
    expect(guessLastActivity(['Created', 'Last activity'], [true, true])).toBe('Last activity');
    expect(guessLastActivity(['Last activity'], [false])).toBeUndefined();
  });
});

describe('columnQuality', () => {
  it('counts empty cells and placeholders, keeping the most frequent spelling', () => {
    expect(columnQuality(['Google', '', 'Select', ' select ', 'N/A', null])).toEqual({
      emptyShare: 2 / 6,
      placeholders: [
        { value: 'Select', leads: 2 },
        { value: 'N/A', leads: 1 },
      ],
    });
  });
  it('keeps the counts within the column, whatever the cells', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('', 'Select', 'none', 'Web'), fc.integer())), (cells) => {
        const q = columnQuality(cells);
        const placeholders = q.placeholders.reduce((n, p) => n + p.leads, 0);
        expect(q.emptyShare * cells.length + placeholders).toBeLessThanOrEqual(cells.length + 1e-9);
        expect(q.emptyShare).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('treats chosen values as empty', () => {
    expect(withoutValues(['Select', 'Web', ' SELECT'], ['select'])).toEqual(['', 'Web', '']);
  });
});
