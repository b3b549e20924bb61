import { describe, expect, it } from 'vitest';
import {
  guessDimension,
  guessLastActivity,
  guessLeadId,
  guessOutcome,
} from '../../../src/core/columnGuesses';

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
