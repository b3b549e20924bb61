// The daily re-score's trigger: turn it on at an hour, turn it off, and say how it is doing and whose it is.
//
// An add-on may keep one time-driven trigger per user and document, running at most once an hour, and that holds
// for one-off after() triggers too (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers,
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions). So a run too large for
// one execution cannot book a continuation next to the daily trigger, and replacing the daily trigger with one
// risks losing both. LeadLift's one trigger is therefore hourly, created once when the daily re-score is turned on
// and deleted only when it is turned off: each hour it continues an unfinished run, or starts the day's run once
// the spreadsheet's clock has reached the chosen hour, or does nothing.

import { InputError } from '../../core/inputError';
import { isDate } from '../parse/sheetValues';
import { lastLogEntry } from '../sheets/logTabs';
import { hourAndDayIn, spreadsheetTimeZone } from '../sheets/timeZone';
import { requireConsent } from './consent';
import {
  deleteDailyState,
  forgetTrigger,
  readDailyState,
  rememberTrigger,
  takeLegacyTrigger,
  writeDailyState,
} from './schedules';

export const dailyHandler = 'runDailyRescore';

/** What the sidebar shows about the daily re-score. */
export interface DailyRescoreStatus {
  installed: boolean;
  hour?: number;
  /** The spreadsheet's zone: the hour is on its clock. */
  timeZone: string;
  /** Whose trigger runs it: 'you', or 'someone else' (with `ownerEmail` when Google shares it). */
  owner?: 'you' | 'someone else';
  ownerEmail?: string;
  lastRun?: {
    time: string;
    run: string;
    status: string;
    rowsScored: number;
    rowsChanged: number;
    stages: string;
    message: string;
  };
  /** The last fault of a run the user did not watch, in words. */
  lastError?: string;
  /** True while a run too large for one execution is being continued. */
  continuing: boolean;
}

export function triggerById(id: string | undefined): GoogleAppsScript.Script.Trigger | undefined {
  if (!id) return undefined;
  return ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id);
}

export function deleteTriggerById(id: string | undefined): void {
  const trigger = triggerById(id);
  if (trigger) ScriptApp.deleteTrigger(trigger);
}

function checkHour(hour: unknown): number {
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new InputError(`The hour must be a whole number from 0 to 23; it is ${JSON.stringify(hour)}.`);
  }
  return hour;
}

/** Creates the hourly trigger, in words when Apps Script refuses. */
function createHourlyTrigger(): GoogleAppsScript.Script.Trigger {
  try {
    return ScriptApp.newTrigger(dailyHandler).timeBased().everyHours(1).create();
  } catch (error) {
    throw new InputError(
      `Google refused to create the daily re-score's trigger (${error instanceof Error ? error.message : String(error)}). ` +
        'Nothing was turned on; try again, or remove LeadLift triggers you no longer use in this spreadsheet.',
    );
  }
}

/**
 * Turns on the daily re-score of the active spreadsheet at `hour` on the spreadsheet's clock, with this user's
 * trigger (taking it over from a collaborator who owned it). The trigger is created before anything records it,
 * and deleted again if recording fails, so a failure never leaves a trigger behind.
 */
export function installDaily(hour: number): DailyRescoreStatus {
  checkHour(hour);
  requireConsent('daily');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const spreadsheetId = spreadsheet.getId();
  const existing = readDailyState();
  // A trigger of an earlier version is deleted first: an add-on has only one time-driven trigger per document.
  deleteTriggerById(takeLegacyTrigger(spreadsheetId));
  let trigger = triggerById(existing?.triggerId);
  const created = !trigger;
  trigger ??= createHourlyTrigger();
  const zone = spreadsheetTimeZone(spreadsheet) ?? Session.getScriptTimeZone();
  const today = hourAndDayIn(new Date(), zone);
  try {
    rememberTrigger(trigger.getUniqueId(), spreadsheetId);
    writeDailyState({
      hour,
      triggerId: trigger.getUniqueId(),
      ownerEmail: Session.getEffectiveUser().getEmail(),
      // Turned on past today's hour, the first run is tomorrow's, as with a daily trigger.
      ...(today.hour >= hour ? { lastDay: today.day } : {}),
    });
  } catch (error) {
    if (created) {
      ScriptApp.deleteTrigger(trigger);
      forgetTrigger(trigger.getUniqueId());
    }
    throw error;
  }
  return dailyStatus();
}

/**
 * Turns the daily re-score of the active spreadsheet off. A collaborator's trigger cannot be deleted by anyone
 * else; without the document's state it finds nothing to run and deletes itself when it next fires.
 */
export function removeDaily(): DailyRescoreStatus {
  const state = readDailyState();
  const mine = triggerById(state?.triggerId);
  if (mine) {
    ScriptApp.deleteTrigger(mine);
    forgetTrigger(state?.triggerId);
  }
  deleteDailyState();
  return dailyStatus();
}

export function dailyStatus(): DailyRescoreStatus {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const state = readDailyState();
  const last = lastLogEntry(spreadsheet);
  // Users see only their own triggers: a collaborator's is taken on trust from the document.
  const owner = state ? (triggerById(state.triggerId) ? 'you' : 'someone else') : undefined;
  return {
    installed: Boolean(state),
    ...(state ? { hour: state.hour, owner } : {}),
    ...(state && owner === 'someone else' && state.ownerEmail ? { ownerEmail: state.ownerEmail } : {}),
    timeZone: spreadsheetTimeZone(spreadsheet) ?? Session.getScriptTimeZone(),
    ...(last
      ? {
          lastRun: {
            time: isDate(last.time) ? last.time.toISOString() : String(last.time),
            run: last.run,
            status: last.status,
            rowsScored: last.rowsScored,
            rowsChanged: last.rowsChanged,
            stages: last.stages,
            message: last.message,
          },
        }
      : {}),
    ...(state?.lastError ? { lastError: state.lastError } : {}),
    continuing: state?.resumeFromRow !== undefined,
  };
}
