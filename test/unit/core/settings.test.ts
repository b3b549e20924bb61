import { describe, expect, it } from 'vitest';
import {
  checkSettingsAgainstSheet,
  defaultSettings,
  parseSettings,
  type Settings,
  validateSettings,
} from '../../../src/core/settings';

const valid: Settings = {
  ...defaultSettings('acquisition', 'Leads'),
  outcome: 'Converted',
  leadId: 'Lead ID',
  lastActivity: 'Last activity',
  attributes: [
    { header: 'Source', type: 'category', dimension: 'Fit' },
    { header: 'Visits', type: 'number', dimension: 'Engagement' },
  ],
};

describe('validateSettings', () => {
  it('accepts complete settings and hands them back', () => {
    expect(validateSettings(valid)).toEqual({ ok: true, settings: valid });
  });
  it('gives retention its risk labels by default', () => {
    expect(defaultSettings('retention', 'Accounts').stageLabels).toEqual(['Healthy', 'At risk', 'Critical']);
  });
  it('reports every problem as a sentence', () => {
    const check = validateSettings({
      ...valid,
      goal: 'fame',
      outcome: '',
      stageThresholds: [60, 30],
      halfLifeDays: 0,
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([
      'The goal must be one of acquisition, expansion, retention, adoption.',
      'Pick the outcome column.',
      'The decay half-life must be more than 0 days.',
      'The stage thresholds must be ascending numbers, such as 30 and 60.',
    ]);
  });
  it('refuses another version, labels not one more than thresholds, bad grade cuts and duplicate attributes', () => {
    const check = validateSettings({
      ...valid,
      version: 2,
      stageLabels: ['Cold', 'Hot'],
      gradeCuts: { fit: [1, 2, 3], engagement: [1, 2, 3, 4] },
      attributes: [valid.attributes[0], valid.attributes[0]],
    });
    expect(check.ok ? [] : check.problems).toEqual([
      'The saved settings are version 2; this LeadLift reads version 1.',
      'The attribute "Source" is listed twice.',
      'Give 3 stage labels, one per stage from the lowest.',
      'The fit grade cuts must be 4 ascending numbers.',
    ]);
  });
  it('reports unreadable JSON instead of throwing', () => {
    expect(parseSettings('{oops')).toEqual({
      ok: false,
      problems: ['The saved settings are not readable JSON: set LeadLift up again.'],
    });
    expect(parseSettings(JSON.stringify(valid))).toEqual({ ok: true, settings: valid });
  });
});

describe('checkSettingsAgainstSheet', () => {
  it('finds columns by header ignoring case and spaces', () => {
    expect(
      checkSettingsAgainstSheet(valid, ['lead id', ' Source ', 'VISITS', 'Converted', 'Last activity']),
    ).toEqual([]);
  });
  it('reports a column that is gone rather than guessing another', () => {
    expect(
      checkSettingsAgainstSheet(valid, ['Lead ID', 'Source', 'Visits', 'Last activity', 'Convertd']),
    ).toEqual(['The outcome column "Converted" is no longer in sheet "Leads": pick it again.']);
  });
  it('reports a sheet that is gone', () => {
    expect(checkSettingsAgainstSheet(valid, undefined)).toEqual([
      'The sheet "Leads" no longer exists: pick the leads sheet again.',
    ]);
  });
});
