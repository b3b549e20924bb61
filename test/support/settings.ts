// Settings as the sidebar saves them, for tests: one builder with the choices a marketer accepts, and the model of
// the sample leads (sampleLeads.ts) that the sidebar, export and re-score tests apply.
import type { AttributeSetting, PointsRule, Settings } from '../../src/core/settings';

/**
 * Settings for a Leads tab with its headers in row 1 and the outcome in Converted, odds points, a 30-day
 * half-life, stages at 30 and 60 written as values; a test overrides what it is about.
 */
export function leadSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    version: 1,
    goal: 'acquisition',
    sheetName: 'Leads',
    headerRow: 1,
    outcome: 'Converted',
    attributes: [],
    pointsMethod: 'odds',
    halfLifeDays: 30,
    stageThresholds: [30, 60],
    stageLabels: ['Discard', 'Nurture', 'Sales-ready'],
    outputMode: 'values',
    modelTab: 'LeadLift Model',
    ...overrides,
  };
}

/** An attribute setting: its header, its type and its dimension. */
export const attribute = (
  header: string,
  type: AttributeSetting['type'] = 'category',
  dimension: AttributeSetting['dimension'] = 'Fit',
): AttributeSetting => ({ header, type, dimension });

/** The sample leads' settings: their ID and activity columns, source and industry as Fit, visits as Engagement. */
export const sampleSettings: Settings = leadSettings({
  leadId: 'Lead ID',
  lastActivity: 'Last activity',
  attributes: [attribute('Lead Source'), attribute('Industry'), attribute('Visits', 'number', 'Engagement')],
  stageThresholds: [10, 30],
});

/** Points for the sample leads: webinars and software up, the "-Select" placeholder down, many visits up. */
export const sampleRules: PointsRule[] = [
  { attribute: 'Lead Source', value: 'Webinar', points: 20, dimension: 'Fit' },
  { attribute: 'Industry', value: 'Software', points: 10, dimension: 'Fit' },
  { attribute: 'Industry', value: '-Select', points: -5, dimension: 'Fit' },
  { attribute: 'Visits', value: '>12', points: 10, dimension: 'Engagement' },
];
