// A fake ScriptApp: installable triggers (time-driven and spreadsheet) with an add-on's limits, and the AuthMode enum.

import { requireAuth, requireScope, type SandboxContext } from './context';
import { exception } from './errors';
import type { FakeSpreadsheet } from './spreadsheet';
import { zonedParts, zonedTimeToUtc } from './time-zone';

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

/** An installed trigger as the sandbox records it; `runAt` is the next time a clock trigger is due. */
export interface Trigger {
  id: string;
  uniqueId: string;
  handlerFunction: string;
  kind: 'clock' | 'spreadsheet';
  eventType: TriggerEventType;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: WeekDayName;
  after?: number;
  at?: Date;
  /** Next due time; undefined once a one-off trigger has fired (it stays installed, disabled, as in Apps Script). */
  runAt?: Date;
  timeZone: string;
  /** The user who created it: it runs as them, and only they see or delete it. */
  owner: string;
  /** The document it belongs to: the sandbox's spreadsheet, or another one (see `addTriggerElsewhere`). */
  documentId: string;
}

const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;
type WeekDayName = (typeof WEEK_DAYS)[number];

const AUTH_MODE = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
const HOUR_MS = 3_600_000;
const TRIGGERS_PER_USER = 20;
const DAY_MS = 24 * HOUR_MS;

export class FakeTrigger {
  constructor(
    readonly record: Trigger,
    private readonly spreadsheetId: string,
  ) {}

  getHandlerFunction(): string {
    return this.record.handlerFunction;
  }

  getUniqueId(): string {
    return this.record.uniqueId;
  }

  getEventType(): TriggerEventType {
    return this.record.eventType;
  }

  getTriggerSource(): 'CLOCK' | 'SPREADSHEETS' {
    return this.record.kind === 'clock' ? 'CLOCK' : 'SPREADSHEETS';
  }

  getTriggerSourceId(): string | null {
    return this.record.kind === 'clock' ? null : this.spreadsheetId;
  }
}

export function createScriptApp(context: SandboxContext, spreadsheet: FakeSpreadsheet, scriptId: string) {
  const triggers: Trigger[] = [];
  let nextId = 1;
  const authorization = { required: false };

  const install = (spec: Omit<Trigger, 'id' | 'uniqueId' | 'owner' | 'documentId'>): FakeTrigger => {
    requireAuth(context, 'FULL', 'ScriptApp.newTrigger', 'script.scriptapp');
    requireScope(context, 'ScriptApp.newTrigger', 'script.scriptapp');
    const record = { ...spec, owner: context.user, documentId: spreadsheet.getId() };
    const own = triggers.filter((t) => t.owner === context.user);
    // Quotas: 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
    if (own.length >= TRIGGERS_PER_USER) {
      throw exception(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    // An add-on may keep one trigger of each type per user per document.
    if (own.some((t) => t.documentId === record.documentId && t.eventType === record.eventType)) {
      const what = record.kind === 'clock' ? 'time-based' : 'spreadsheet';
      throw exception(
        `This add-on has created too many ${what} triggers in this document for this Google user account.`,
      );
    }
    const uniqueId = String(8_000_000_000_000_000 + nextId++ * 7_919);
    const trigger: Trigger = { ...record, id: uniqueId, uniqueId };
    triggers.push(trigger);
    return new FakeTrigger(trigger, spreadsheet.getId());
  };

  class ClockTriggerBuilder {
    private readonly spec: Partial<Trigger> = {};

    constructor(private readonly handlerFunction: string) {}

    after(durationMilliseconds: number): ClockTriggerBuilder {
      if (!(durationMilliseconds >= 0)) throw exception('Invalid argument: durationMilliseconds');
      // Add-ons may run time-driven triggers at most once an hour, one-off ones included.
      if (durationMilliseconds < HOUR_MS) {
        throw exception(
          `Add-ons can't create time-based triggers that run more often than once an hour (after ${durationMilliseconds} ms).`,
        );
      }
      this.spec.after = durationMilliseconds;
      return this;
    }

    at(instant: Date): ClockTriggerBuilder {
      this.spec.at = new Date(Date.prototype.getTime.call(instant));
      return this;
    }

    everyMinutes(n: number): ClockTriggerBuilder {
      // Add-ons may run time-driven triggers at most once an hour.
      throw exception(
        `Add-ons can't create time-based triggers that run more often than once an hour (every ${n} minutes).`,
      );
    }

    everyHours(n: number): ClockTriggerBuilder {
      if (![1, 2, 4, 6, 8, 12].includes(n))
        throw exception('Invalid argument: everyHours (use 1, 2, 4, 6, 8 or 12).');
      this.spec.everyHours = n;
      return this;
    }

    everyDays(n: number): ClockTriggerBuilder {
      if (!(n >= 1) || !Number.isInteger(n)) throw exception('Invalid argument: everyDays');
      this.spec.everyDays = n;
      return this;
    }

    everyWeeks(n: number): ClockTriggerBuilder {
      if (!(n >= 1) || !Number.isInteger(n)) throw exception('Invalid argument: everyWeeks');
      this.spec.everyWeeks = n;
      return this;
    }

    onWeekDay(day: WeekDayName): ClockTriggerBuilder {
      if (!WEEK_DAYS.includes(day)) throw exception('Invalid argument: day');
      this.spec.onWeekDay = day;
      return this;
    }

    atHour(hour: number): ClockTriggerBuilder {
      if (!(hour >= 0 && hour <= 23) || !Number.isInteger(hour)) throw exception('Invalid argument: hour');
      this.spec.atHour = hour;
      return this;
    }

    nearMinute(minute: number): ClockTriggerBuilder {
      if (!(minute >= 0 && minute <= 59)) throw exception('Invalid argument: minute');
      this.spec.nearMinute = Math.floor(minute);
      return this;
    }

    inTimezone(timeZone: string): ClockTriggerBuilder {
      this.spec.timeZone = String(timeZone);
      return this;
    }

    create(): FakeTrigger {
      const spec = this.spec;
      const recurring = [spec.everyHours, spec.everyDays, spec.everyWeeks].filter(
        (n) => n !== undefined,
      ).length;
      const once = [spec.after, spec.at].filter((n) => n !== undefined).length;
      if (recurring + once !== 1) {
        throw exception(
          'A time-based trigger needs exactly one of after, at, everyHours, everyDays or everyWeeks.',
        );
      }
      if (
        (spec.atHour !== undefined || spec.nearMinute !== undefined) &&
        !spec.everyDays &&
        !spec.everyWeeks
      ) {
        throw exception('atHour and nearMinute need everyDays or everyWeeks.');
      }
      const record: Omit<Trigger, 'id' | 'uniqueId' | 'owner' | 'documentId'> = {
        ...spec,
        handlerFunction: this.handlerFunction,
        kind: 'clock',
        eventType: 'CLOCK',
        // Without inTimezone, atHour is the script's zone, not the spreadsheet's (ClockTriggerBuilder reference).
        timeZone: spec.timeZone ?? context.scriptTimeZone,
      };
      record.runAt = new Date(firstRun(record, context.clock.nowMs()));
      return install(record);
    }
  }

  class SpreadsheetTriggerBuilder {
    constructor(private readonly handlerFunction: string) {}

    private make(eventType: TriggerEventType) {
      return {
        create: () =>
          install({
            handlerFunction: this.handlerFunction,
            kind: 'spreadsheet',
            eventType,
            timeZone: context.scriptTimeZone,
          }),
      };
    }

    onOpen() {
      return this.make('ON_OPEN');
    }

    onEdit() {
      return this.make('ON_EDIT');
    }

    onChange() {
      return this.make('ON_CHANGE');
    }

    onFormSubmit() {
      return this.make('ON_FORM_SUBMIT');
    }
  }

  // A user sees only the triggers they created (in every document), never a collaborator's.
  const listed = (method: string) => {
    requireAuth(context, 'FULL', `ScriptApp.${method}`, 'script.scriptapp');
    requireScope(context, `ScriptApp.${method}`, 'script.scriptapp');
    return context.realm.Array.from(
      triggers.filter((t) => t.owner === context.user),
      (t) => new FakeTrigger(t, t.documentId),
    );
  };
  const granted = (scopes: readonly string[] | undefined) => {
    const have = context.grantedScopes.get(context.user) ?? 'all';
    return have === 'all' || (scopes ?? []).every((scope) => have.has(String(scope)));
  };

  const service = {
    AuthMode: AUTH_MODE,
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    EventType: {
      CLOCK: 'CLOCK',
      ON_OPEN: 'ON_OPEN',
      ON_EDIT: 'ON_EDIT',
      ON_CHANGE: 'ON_CHANGE',
      ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    },
    TriggerSource: {
      SPREADSHEETS: 'SPREADSHEETS',
      CLOCK: 'CLOCK',
      FORMS: 'FORMS',
      DOCUMENTS: 'DOCUMENTS',
      CALENDAR: 'CALENDAR',
    },
    WeekDay: Object.fromEntries(WEEK_DAYS.map((d) => [d, d])) as Record<WeekDayName, WeekDayName>,
    getScriptId: () => scriptId,
    newTrigger(functionName: string) {
      if (typeof functionName !== 'string' || functionName === '')
        throw exception('Invalid argument: functionName');
      return {
        timeBased: () => new ClockTriggerBuilder(functionName),
        forSpreadsheet: (_spreadsheet: FakeSpreadsheet | string) =>
          new SpreadsheetTriggerBuilder(functionName),
      };
    },
    getProjectTriggers: () => listed('getProjectTriggers'),
    getUserTriggers: (_spreadsheet: FakeSpreadsheet) => listed('getUserTriggers'),
    deleteTrigger(trigger: FakeTrigger): void {
      requireAuth(context, 'FULL', 'ScriptApp.deleteTrigger', 'script.scriptapp');
      const index = triggers.findIndex(
        (t) => t.uniqueId === trigger.getUniqueId() && t.owner === context.user,
      );
      if (index !== -1) triggers.splice(index, 1);
    },
    /** Ends the call when the user has not granted every scope, as Apps Script does before showing a prompt. */
    requireScopes(_authMode: string, oAuthScopes: string[]): void {
      if (!granted(oAuthScopes)) throw exception('Authorization is required to perform that action.');
    },
    /** Whether the user must authorize again (after an update that adds scopes); see `sandbox.authorization`. */
    getAuthorizationInfo(_authMode: string, oAuthScopes?: string[]) {
      const required = authorization.required || !granted(oAuthScopes);
      return {
        getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
        getAuthorizationUrl: () =>
          required ? `https://script.google.com/macros/d/${scriptId}/authorize` : null,
      };
    },
  };

  /** Sandbox only: the current user's trigger in another document, counting toward their quota. */
  function addTriggerElsewhere(handlerFunction = 'elsewhere'): Trigger {
    const uniqueId = String(8_000_000_000_000_000 + nextId++ * 7_919);
    const trigger: Trigger = {
      id: uniqueId,
      uniqueId,
      handlerFunction,
      kind: 'clock',
      eventType: 'CLOCK',
      everyDays: 1,
      timeZone: context.scriptTimeZone,
      owner: context.user,
      documentId: `another-document-${nextId}`,
    };
    triggers.push(trigger);
    return trigger;
  }

  /** Clock triggers whose time has come; recurring ones move to their next run, one-off ones are spent. */
  function dueTriggers(): Trigger[] {
    const now = context.clock.nowMs();
    const due = triggers.filter((t) => t.runAt !== undefined && t.runAt.getTime() <= now);
    for (const trigger of due) {
      if (trigger.after !== undefined || trigger.at !== undefined) {
        delete trigger.runAt;
        continue;
      }
      // A trigger that missed several runs fires once, as Apps Script does not catch up.
      let next = trigger.runAt!.getTime();
      while (next <= now) next = nextRun(trigger, next);
      trigger.runAt = new Date(next);
    }
    return due;
  }

  /** The event object Apps Script passes a time-driven trigger's handler, for the clock's current time (in UTC). */
  function clockEvent(trigger: Trigger): Record<string, unknown> {
    const now = context.clock.now();
    return {
      authMode: AUTH_MODE.FULL,
      triggerUid: trigger.uniqueId,
      year: now.getUTCFullYear(),
      month: now.getUTCMonth() + 1,
      'day-of-month': now.getUTCDate(),
      'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
      hour: now.getUTCHours(),
      minute: now.getUTCMinutes(),
      second: now.getUTCSeconds(),
      timezone: 'UTC',
    };
  }

  return { service, triggers, dueTriggers, clockEvent, authorization, addTriggerElsewhere };
}

/** Daily and weekly triggers run at `atHour` (and `nearMinute`) wall time in the trigger's time zone. */
function firstRun(trigger: Omit<Trigger, 'id' | 'uniqueId' | 'owner' | 'documentId'>, now: number): number {
  if (trigger.after !== undefined) return now + trigger.after;
  if (trigger.at !== undefined) return trigger.at.getTime();
  if (trigger.everyHours !== undefined) return now + trigger.everyHours * HOUR_MS;
  if (trigger.atHour === undefined)
    return now + (trigger.everyDays ?? 7 * (trigger.everyWeeks ?? 1)) * DAY_MS;
  const today = zonedParts(now, trigger.timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    const day = zonedParts(Date.UTC(today.year, today.month - 1, today.day + offset, 12), 'UTC');
    if (trigger.onWeekDay && WEEK_DAYS[day.weekday] !== trigger.onWeekDay) continue;
    const candidate = zonedTimeToUtc(
      {
        year: day.year,
        month: day.month,
        day: day.day,
        hour: trigger.atHour,
        minute: trigger.nearMinute ?? 0,
      },
      trigger.timeZone,
    );
    if (candidate > now) return candidate;
  }
  throw new Error('No next run found within a week.');
}

function nextRun(trigger: Trigger, previous: number): number {
  if (trigger.everyHours !== undefined) return previous + trigger.everyHours * HOUR_MS;
  const days = trigger.everyDays ?? 7 * (trigger.everyWeeks ?? 1);
  if (trigger.atHour === undefined) return previous + days * DAY_MS;
  const wall = zonedParts(previous, trigger.timeZone);
  const day = zonedParts(Date.UTC(wall.year, wall.month - 1, wall.day + days, 12), 'UTC');
  return zonedTimeToUtc(
    { year: day.year, month: day.month, day: day.day, hour: trigger.atHour, minute: trigger.nearMinute ?? 0 },
    trigger.timeZone,
  );
}
