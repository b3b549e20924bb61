// The re-score's entry points: the menu's "Re-score now", the daily trigger's handler, and the sidebar's calls to
// install, remove or inspect the daily re-score. They score with the settings the sidebar saved when the model
// was applied, through the same writer as the sidebar's values mode.

import { InputError } from '../../core/inputError';
import { createSheetRescorer } from '../sheets/rescoreSheet';
import { savedSettingsJson } from '../server/settings';
import { dailyStatus, installDaily, removeDaily } from './dailyTrigger';
import type { DailyRescoreStatus } from './dailyTrigger';
import { rescore } from './rescoreJob';
import type { RescoreOutcome } from './rescoreJob';
import { runScheduledRescore } from './runDailyRescore';
import { quantity } from '../../core/plural';

const manualResumeKey = 'leadlift.manualResume.v1';
const now = () => new Date();

/** The document's saved settings, as JSON: what every re-score scores with, whoever applied them last. */
export function setupOrRefuse(): string {
  const json = savedSettingsJson();
  if (!json) {
    throw new InputError(
      'LeadLift has no model to re-score with yet: open the sidebar and apply a model first.',
    );
  }
  return json;
}

export function installDailyRescore(hour: number): DailyRescoreStatus {
  setupOrRefuse();
  return installDaily(hour);
}

export function removeDailyRescore(): DailyRescoreStatus {
  return removeDaily();
}

export function getDailyRescoreStatus(): DailyRescoreStatus {
  return dailyStatus();
}

/** Re-scores the open spreadsheet now; a sheet too large for one run continues at the next "Re-score now". */
export function rescoreLeadsNow(): RescoreOutcome['entry'] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  const resume = Number(properties.getProperty(manualResumeKey)) || undefined;
  const outcome = rescore({
    spreadsheet,
    settingsJson: setupOrRefuse(),
    run: 'Manual',
    createRescorer: createSheetRescorer,
    resumeFromRow: resume,
    now,
  });
  if (outcome.resumeFromRow !== undefined) {
    properties.setProperty(manualResumeKey, String(outcome.resumeFromRow));
    outcome.entry.message += ' Choose Re-score now again to continue.';
  } else {
    properties.deleteProperty(manualResumeKey);
  }
  return outcome.entry;
}

/** The menu item: re-scores and says how it went in a toast. */
export function rescoreNow(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const entry = rescoreLeadsNow();
    const summary =
      entry.status === 'Finished'
        ? `${quantity(entry.rowsScored, 'lead')} scored, ${entry.rowsChanged} changed. ${entry.stages}`
        : entry.message;
    spreadsheet.toast(summary, `LeadLift: ${entry.status}`, 10);
  } catch (error) {
    spreadsheet.toast(error instanceof Error ? error.message : String(error), 'LeadLift', 10);
  }
}

/** The daily trigger's handler (and its one-off continuations). */
export function runDailyRescore(e?: { triggerUid?: string }): void {
  runScheduledRescore(e, createSheetRescorer, setupOrRefuse, now);
}
