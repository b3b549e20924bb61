import { describe, expect, it } from 'vitest';
import { parseScoringSetup } from '../../../src/glue/settings/scoringSetup';

describe('the saved scoring setup', () => {
  it('fills the model tab, half-life and stage labels by default', () => {
    expect(parseScoringSetup(JSON.stringify({ leadsSheet: ' Leads ', thresholds: [30, 60] }))).toEqual({
      version: 1,
      leadsSheet: 'Leads',
      modelTab: 'LeadLift Model',
      halfLifeDays: 30,
      thresholds: [30, 60],
      labels: ['Discard', 'Nurture', 'Sales-ready'],
    });
  });

  it('keeps the lead ID and last-activity columns by header name', () => {
    const setup = parseScoringSetup({
      leadsSheet: 'Leads',
      thresholds: [50],
      leadIdColumn: 'Lead ID',
      lastActivityColumn: 'Last activity',
    });
    expect(setup).toMatchObject({ leadIdColumn: 'Lead ID', lastActivityColumn: 'Last activity' });
    expect(setup.labels).toEqual(['Not qualified', 'Qualified']);
  });

  it('refuses what it cannot use, saying what is wrong', () => {
    expect(() => parseScoringSetup('{oops')).toThrow(/damaged/);
    expect(() => parseScoringSetup({ thresholds: [1] })).toThrow(/no leads tab/);
    expect(() => parseScoringSetup({ leadsSheet: 'L', thresholds: [60, 30] })).toThrow(/ascending/);
    expect(() => parseScoringSetup({ leadsSheet: 'L', thresholds: [1, 2, 3] })).toThrow(/give 4 labels/);
    expect(() => parseScoringSetup({ leadsSheet: 'L', thresholds: [1], halfLifeDays: 0 })).toThrow(
      /half-life/,
    );
    expect(() => parseScoringSetup({ leadsSheet: 'L', thresholds: [1], version: 2 })).toThrow(/newer/);
  });
});
