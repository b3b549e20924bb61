// The trigger handler and the menu item that run the re-score: find the spreadsheet and its settings, run, and
// record the outcome where the sidebar will show it. Nothing here throws: a trigger that fails silently every
// day is worse than one that says why it stopped.

import { createDailyTrigger, dailyHandler, deleteTriggerById } from './dailyTrigger';
import { spreadsheetTimeZone } from '../sheets/timeZone';
import { rescore } from './rescoreJob';
import type { RescorerFactory } from './rescoreJob';
import { scheduleForTrigger, updateSchedule } from './schedules';
import type { Schedule } from './schedules';

/** Apps Script asks for a minute at least between a one-off trigger's creation and its run. */
const continueAfterMs = 60 * 1000;

const reauthorise =
  'LeadLift needs your permission again after an update: open Extensions → LeadLift → Open LeadLift and accept, ' +
  'and the daily re-score resumes.';

function authorisationRequired(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
}

function openSpreadsheet(schedule: Schedule): GoogleAppsScript.Spreadsheet.Spreadsheet | undefined {
  try {
    return SpreadsheetApp.openById(schedule.spreadsheetId);
  } catch {
    return undefined;
  }
}

/** Runs the daily re-score the trigger with `triggerUid` belongs to. */
export function runScheduledRescore(
  event: { triggerUid?: string } | undefined,
  createRescorer: RescorerFactory,
  now: () => Date,
): void {
  const triggerId = event?.triggerUid;
  const schedule = triggerId ? scheduleForTrigger(triggerId) : undefined;
  try {
    if (authorisationRequired()) {
      if (schedule) updateSchedule(schedule.spreadsheetId, { lastError: reauthorise });
      return;
    }
    if (!schedule) {
      // A trigger whose schedule was removed would fire every day for nothing.
      deleteTriggerById(triggerId);
      return;
    }
    const continuing = schedule.resumeFromRow !== undefined;
    // A one-off continuation is spent once it fires; it is replaced below by the next one or the daily trigger.
    if (continuing) deleteTriggerById(triggerId);
    const spreadsheet = openSpreadsheet(schedule);
    if (!spreadsheet) {
      updateSchedule(schedule.spreadsheetId, {
        lastError:
          'LeadLift could not open the spreadsheet for the daily re-score: it was deleted or you lost access to it.',
      });
      return;
    }
    const outcome = rescore({
      spreadsheet,
      settingsJson: schedule.settingsJson,
      run: continuing ? 'Continued' : 'Daily',
      createRescorer,
      resumeFromRow: continuing ? schedule.resumeFromRow : undefined,
      now,
    });
    finish(schedule, continuing, outcome.entry.status, outcome.entry.message, outcome.resumeFromRow, now());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`LeadLift daily re-score: ${message}`);
    if (schedule) updateSchedule(schedule.spreadsheetId, { lastError: message });
    restoreDailyTrigger(schedule, triggerId);
  }
}

/**
 * Records how a run ended. A run that did not finish books a one-off trigger a minute later in place of the daily
 * one; a continued run that finished puts the daily trigger back.
 */
function finish(
  schedule: Schedule,
  continuing: boolean,
  status: string,
  message: string,
  resumeFromRow: number | undefined,
  at: Date,
): void {
  const { spreadsheetId } = schedule;
  if (resumeFromRow !== undefined) {
    if (!continuing) deleteTriggerById(schedule.triggerId);
    const next = ScriptApp.newTrigger(dailyHandler).timeBased().after(continueAfterMs).create();
    updateSchedule(spreadsheetId, {
      triggerId: next.getUniqueId(),
      resumeFromRow,
      lastError: undefined,
      lastRunAt: at.toISOString(),
    });
    return;
  }
  updateSchedule(spreadsheetId, {
    ...(continuing
      ? { triggerId: createDailyTrigger(schedule.hour, spreadsheetTimeZone(openSpreadsheet(schedule))) }
      : {}),
    resumeFromRow: undefined,
    lastError: status === 'Failed' || status === 'Skipped' ? message : undefined,
    lastRunAt: at.toISOString(),
  });
}

/** After a fault in a continued run, the daily trigger comes back, so tomorrow's run still happens. */
function restoreDailyTrigger(schedule: Schedule | undefined, firedTriggerId: string | undefined): void {
  if (!schedule || schedule.resumeFromRow === undefined) return;
  try {
    deleteTriggerById(firedTriggerId);
    updateSchedule(schedule.spreadsheetId, {
      triggerId: createDailyTrigger(schedule.hour, spreadsheetTimeZone(openSpreadsheet(schedule))),
      resumeFromRow: undefined,
    });
  } catch (error) {
    console.error(`LeadLift could not restore the daily trigger: ${String(error)}`);
  }
}
