// The daily re-score's trigger: install it at an hour, remove it, and say how it is doing.

import { InputError } from '../../core/inputError';
import { isDate } from '../parse/sheetValues';
import { lastLogEntry } from '../sheets/logTabs';
import { spreadsheetTimeZone } from '../sheets/timeZone';
import { deleteSchedule, saveSchedule, scheduleFor } from './schedules';

export const dailyHandler = 'runDailyRescore';

/** What the sidebar shows about the daily re-score. */
export interface DailyRescoreStatus {
  installed: boolean;
  hour?: number;
  timeZone: string;
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

/**
 * Creates the daily trigger at `hour` on the spreadsheet's clock; returns its unique id. Without inTimezone, atHour
 * is the script's zone (Etc/UTC), so a Los Angeles user's 6:00 would run at 22:00 the day before
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)).
 */
export function createDailyTrigger(hour: number, zone: string | undefined): string {
  return dailyTriggerBuilder(hour, zone).create().getUniqueId();
}

function dailyTriggerBuilder(hour: number, zone: string | undefined) {
  const builder = ScriptApp.newTrigger(dailyHandler).timeBased().everyDays(1).atHour(hour);
  return zone ? builder.inTimezone(zone) : builder;
}

export function installDaily(hour: number, settingsJson: string): DailyRescoreStatus {
  checkHour(hour);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const spreadsheetId = spreadsheet.getId();
  const existing = scheduleFor(spreadsheetId);
  // A pending continuation is replaced too: the next daily run scores every lead anyway.
  let trigger =
    existing && existing.hour === hour && existing.resumeFromRow === undefined
      ? triggerById(existing.triggerId)
      : undefined;
  if (!trigger) {
    deleteTriggerById(existing?.triggerId);
    trigger = dailyTriggerBuilder(hour, spreadsheetTimeZone(spreadsheet)).create();
  }
  saveSchedule({
    spreadsheetId,
    hour,
    triggerId: trigger.getUniqueId(),
    settingsJson,
  });
  return dailyStatus();
}

/** Keeps the schedule's settings in step with what the user saved, when a schedule exists. */
export function refreshDailySettings(settingsJson: string): void {
  const spreadsheetId = SpreadsheetApp.getActiveSpreadsheet().getId();
  const existing = scheduleFor(spreadsheetId);
  if (existing) saveSchedule({ ...existing, settingsJson });
}

/** Removes the daily re-score of the active spreadsheet (or the continuation standing in for it). */
export function removeDaily(): DailyRescoreStatus {
  const spreadsheetId = SpreadsheetApp.getActiveSpreadsheet().getId();
  const existing = scheduleFor(spreadsheetId);
  if (existing) {
    deleteTriggerById(existing.triggerId);
    deleteSchedule(spreadsheetId);
  }
  return dailyStatus();
}

export function dailyStatus(): DailyRescoreStatus {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const schedule = scheduleFor(spreadsheet.getId());
  const last = lastLogEntry(spreadsheet);
  const installed = Boolean(schedule && triggerById(schedule.triggerId));
  return {
    installed,
    ...(installed && schedule ? { hour: schedule.hour } : {}),
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
    ...(schedule?.lastError ? { lastError: schedule.lastError } : {}),
    continuing: schedule?.resumeFromRow !== undefined,
  };
}
