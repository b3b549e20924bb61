// The hourly trigger's handler: find the spreadsheet and the document's daily state, then continue an unfinished
// run, start the day's run once the spreadsheet's clock reaches the chosen hour, or do nothing. Nothing here
// throws: a trigger that fails silently every day is worse than one that says why it stopped.

import { type Language, sheetLanguage } from '../../core/sheetWords';
import { hourAndDayIn, spreadsheetTimeZone } from '../sheets/timeZone';
import { consentRequest, hasConsent } from './consent';
import { deleteTriggerById } from './dailyTrigger';
import { recordModelHealth } from '../health/healthCheck';
import { rescore } from './rescoreJob';
import type { RescorerFactory } from './rescoreJob';
import { forgetTrigger, readDailyState, triggerSpreadsheet, updateDailyState } from './schedules';

const reauthorise =
  'LeadLift needs your permission again after an update: open Extensions → LeadLift → Open LeadLift and accept, ' +
  'and the daily re-score resumes.';

function authorisationRequired(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
}

/** A trigger with nothing left to do deletes itself rather than fire every hour for nothing. */
function retire(triggerId: string | undefined): void {
  deleteTriggerById(triggerId);
  forgetTrigger(triggerId);
}

/** Runs what the trigger with `triggerUid` has to do this hour. */
export function runScheduledRescore(
  event: { triggerUid?: string } | undefined,
  createRescorer: RescorerFactory,
  settingsJson: () => string,
  now: () => Date,
): void {
  const triggerId = event?.triggerUid;
  try {
    const spreadsheetId = triggerId ? triggerSpreadsheet(triggerId) : undefined;
    if (!spreadsheetId) return retire(triggerId);
    const properties = PropertiesService.getDocumentProperties();
    const state = readDailyState(properties);
    // Turned off, or taken over by a collaborator's trigger.
    if (!state || state.triggerId !== triggerId) return retire(triggerId);
    if (authorisationRequired()) return updateDailyState({ lastError: reauthorise }, properties);
    if (!hasConsent('daily')) return updateDailyState({ lastError: consentRequest('daily') }, properties);
    let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
    try {
      spreadsheet = SpreadsheetApp.openById(spreadsheetId);
    } catch {
      return updateDailyState(
        {
          lastError:
            'LeadLift could not open the spreadsheet for the daily re-score: it was deleted or you lost access to it.',
        },
        properties,
      );
    }
    const started = now();
    const today = hourAndDayIn(started, spreadsheetTimeZone(spreadsheet) ?? Session.getScriptTimeZone());
    const continuing = state.resumeFromRow !== undefined;
    if (!continuing && (today.hour < state.hour || state.lastDay === today.day)) return;
    // Recorded before the run, so a run killed mid-way is not started again within the day.
    if (!continuing) updateDailyState({ lastDay: today.day }, properties);
    const outcome = rescore({
      spreadsheet,
      settingsJson: settingsJson(),
      run: continuing ? 'Continued' : 'Daily',
      createRescorer,
      resumeFromRow: state.resumeFromRow,
      now,
    });
    if (outcome.resumeFromRow === undefined)
      checkModelHealth(spreadsheet, started, sheetLanguage(settingsJson()));
    const failed = outcome.entry.status === 'Failed' || outcome.entry.status === 'Skipped';
    updateDailyState(
      {
        resumeFromRow: outcome.resumeFromRow,
        lastError: failed ? outcome.entry.message : undefined,
        lastRunAt: started.toISOString(),
      },
      properties,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`LeadLift daily re-score: ${message}`);
    try {
      updateDailyState({ lastError: message, resumeFromRow: undefined });
    } catch (recordError) {
      console.error(`LeadLift could not record the fault: ${String(recordError)}`);
    }
  }
}

/** Today's model health, after the day's re-score; its fault is logged, never the re-score's undoing. */
function checkModelHealth(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  at: Date,
  language: Language,
): void {
  try {
    recordModelHealth(spreadsheet, at, language);
  } catch (error) {
    console.error(`LeadLift model health: ${error instanceof Error ? error.message : String(error)}`);
  }
}
