import { describe, expect, it } from 'vitest';
import { findOutcome, starterSheet, suggestedModelFormula } from '../../../src/playground/starter';

const customers = {
  header: ['customerID', 'gender', 'SeniorCitizen', 'Partner', 'churn', 'tenure', 'Contract'],
  rows: [
    ['C-1', 'Male', 0, 'Yes', 'No', 3, 'One year'],
    ['C-2', 'Female', 1, 'No', 'Yes', 5, 'Month-to-month'],
  ],
};

describe('the starter tab', () => {
  it('finds the outcome as the sidebar guesses it, among Yes/No and 0/1 columns', () => {
    expect(findOutcome(customers.header, customers.rows)).toEqual({
      column: 5,
      candidates: ['SeniorCitizen', 'Partner', 'churn'],
    });
    expect(findOutcome(['Lead', 'Won', 'Source'], [['L1', 'TRUE', 'Web']]).column).toBe(2);
    expect(
      findOutcome(
        ['Deal', 'Status'],
        [
          ['D1', 'won'],
          ['D2', 'Lost'],
        ],
      ).column,
    ).toBe(2);
    expect(findOutcome(['Name', 'Opted in'], [['Ana', 'Yes']]).column).toBeUndefined();
  });

  it('suggests points from the columns beside the outcome, never the outcome itself', () => {
    expect(suggestedModelFormula('customers', customers.header, 5)).toBe(
      '=SUGGESTPOINTS(customers!B1:D, customers!E1:E)',
    );
    expect(suggestedModelFormula('Leads', ['ID', 'Converted', 'A', 'B'], 2)).toBe(
      '=SUGGESTPOINTS(Leads!C1:D, Leads!B1:B)',
    );
  });

  it('shows one close rate for a value the column holds', () => {
    const sheet = starterSheet('customers', customers.header, customers.rows, ['CLOSERATE']);
    const formulas = sheet.rows.map((row) => String(row[0])).filter((text) => text.startsWith('='));
    expect(formulas[0]).toBe('=CLOSERATE(customers!B2:B, customers!E2:E, "Male")');
  });
});
