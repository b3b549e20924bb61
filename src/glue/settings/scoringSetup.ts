// What a re-score needs to know about a spreadsheet, saved when the model is applied: which tab holds the leads,
// which tab the model, which columns identify a lead and date its last activity, how fast scores cool down, and
// the stage thresholds. Columns are kept by header name, so moving a column is fine and renaming one is reported.

import { InputError } from '../../core/inputError';
import { stageLabels } from '../../core/leadStage';

export const defaultModelTab = 'LeadLift Model';
export const defaultHalfLifeDays = 30;

export interface ScoringSetup {
  version: 1;
  leadsSheet: string;
  modelTab: string;
  /** Header of the column that identifies a lead in the changes tab; the sheet row is used without one. */
  leadIdColumn?: string;
  /** Header of the last-activity date column: engagement points (all points, in a model without dimensions) decay. */
  lastActivityColumn?: string;
  halfLifeDays: number;
  thresholds: number[];
  labels: string[];
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InputError(`The saved setup has no ${field}.`);
  return value.trim();
}

function optionalText(value: unknown, field: string): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : text(value, field);
}

/**
 * Checks a saved setup (JSON text or an object), filling defaults; throws an InputError saying what is wrong.
 * @example parseScoringSetup({ leadsSheet: 'Leads', thresholds: [30, 60] }).labels // ['Discard', 'Nurture', 'Sales-ready']
 */
export function parseScoringSetup(saved: unknown): ScoringSetup {
  let data: unknown = saved;
  if (typeof saved === 'string') {
    try {
      data = JSON.parse(saved);
    } catch {
      throw new InputError('The saved LeadLift setup is damaged: apply the model again from the sidebar.');
    }
  }
  if (!data || typeof data !== 'object') throw new InputError('There is no saved LeadLift setup.');
  const fields = data as Record<string, unknown>;
  if (fields.version !== undefined && fields.version !== 1) {
    throw new InputError(`The saved setup is version ${String(fields.version)}, newer than this LeadLift.`);
  }
  const halfLifeDays = fields.halfLifeDays ?? defaultHalfLifeDays;
  if (typeof halfLifeDays !== 'number' || !(halfLifeDays > 0)) {
    throw new InputError('The decay half-life must be a number of days above 0, such as 30.');
  }
  const thresholds = fields.thresholds;
  if (!Array.isArray(thresholds) || thresholds.some((t) => typeof t !== 'number' || !Number.isFinite(t))) {
    throw new InputError('The stage thresholds must be numbers, such as 30 and 60.');
  }
  const labels = fields.labels;
  if (
    labels !== undefined &&
    (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || l === ''))
  ) {
    throw new InputError('The stage labels must be words, such as Discard, Nurture, Sales-ready.');
  }
  const setup: ScoringSetup = {
    version: 1,
    leadsSheet: text(fields.leadsSheet, 'leads tab'),
    modelTab: optionalText(fields.modelTab, 'model tab') ?? defaultModelTab,
    halfLifeDays,
    thresholds: thresholds as number[],
    labels: stageLabels(thresholds as number[], labels as string[] | undefined),
  };
  const leadIdColumn = optionalText(fields.leadIdColumn, 'lead ID column');
  const lastActivityColumn = optionalText(fields.lastActivityColumn, 'last-activity column');
  if (leadIdColumn) setup.leadIdColumn = leadIdColumn;
  if (lastActivityColumn) setup.lastActivityColumn = lastActivityColumn;
  return setup;
}
