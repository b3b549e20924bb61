// The settings a first reading of the sheet suggests, for a document without saved ones or a newly picked sheet.

import { attributeChoice } from '../core/attributeChoice';
import { defaultOutputMode } from '../core/outputModeAdvice';
import type { Settings } from '../core/settings';
import type { Reply } from './api';

/** `base` with the sheet, its header row, the guessed outcome, ID and activity columns and the ticked attributes. */
export function suggestedSettings(base: Settings, reading: Reply<'inspectSheet'>): Settings {
  const outcome = reading.outcome[base.goal] ?? '';
  const taken = new Set([outcome, reading.leadId, reading.lastActivity]);
  return {
    ...base,
    sheetName: reading.sheetName,
    headerRow: reading.headerRow,
    outcome,
    leadId: reading.leadId,
    lastActivity: reading.lastActivity,
    attributes: reading.columns
      .filter((c) => !taken.has(c.header) && attributeChoice(c).ticked)
      .map((c) => ({ header: c.header, type: c.type, dimension: c.dimension })),
    // Live formulas re-run over every lead on each edit: beyond what they finish in time, values are the default.
    outputMode: defaultOutputMode(reading.leads, reading.columns.length),
  };
}
