// The sandbox: one spreadsheet and fakes of the Apps Script services LeadLift uses, sharing a fake clock.

import { createCacheService } from './cache-service';
import { toStoredValue } from './cell-value';
import { type Clock, createClock } from './clock';
import { CUSTOM_FUNCTION_BUDGET_MS } from './custom-function-budget';
import type { AuthModeName, SandboxContext } from './context';
import { createHtmlService } from './html-service';
import { createLockService, type LockKind } from './lock-service';
import { createConsole, createLogger } from './logger';
import { createPropertiesService } from './properties-service';
import { nodeRealm } from './realm';
import { createScriptApp, type Trigger } from './script-app';
import { createSession } from './session';
import { FakeSpreadsheet } from './spreadsheet';
import { createSpreadsheetApp } from './spreadsheet-app';
import { createUiRecords, FakeUi, type UiRecords } from './ui';
import { createUtilities } from './utilities';

export type { Clock } from './clock';
export type { AuthModeName } from './context';
export type { LockKind } from './lock-service';
export type { Trigger, TriggerEventType } from './script-app';
export type { FakeRange } from './range';
export type { FakeSheet } from './sheet';
export type { ChangeListener, FakeSpreadsheet } from './spreadsheet';
export type { Answer, Dialog, Menu, MenuItem, UiRecords } from './ui';
export { type CellResult, loadAddOn, type LoadedAddOn } from './load-add-on';
export {
  APPS_SCRIPT_SLOWDOWN,
  CUSTOM_FUNCTION_BUDGET_MS,
  SHEETS_CUSTOM_FUNCTION_LIMIT_MS,
  timeoutNote,
} from './custom-function-budget';

export interface SandboxOptions {
  /** What the fake clock reads at the start; 2026-01-15T09:00:00Z unless given. */
  now?: Date;
  /** The spreadsheet's time zone (IANA name); "Europe/Paris" unless given. */
  timeZone?: string;
  /**
   * The script's time zone; the Node process's zone unless given (tests run with TZ=Etc/UTC, the manifest's zone).
   * A script's Date fields follow the process's zone, so any other value is refused.
   */
  scriptTimeZone?: string;
  /** The spreadsheet's locale, e.g. "en_US" (the default). */
  locale?: string;
  /** The authorization mode the add-on runs under; FULL unless given. Settable later through `sandbox.authMode`. */
  authMode?: AuthModeName;
  /** Served by HtmlService.createHtmlOutputFromFile('Sidebar'); otherwise dist/Sidebar.html once loaded. */
  sidebarHtml?: string;
  spreadsheetName?: string;
  /** The add-on menu's title; "LeadLift" unless given. */
  addOnName?: string;
  /**
   * How long one custom-function call (`evaluate`, `callAsCell`) may run in Node milliseconds: Sheets' 30 seconds
   * divided by Apps Script's slowdown (CUSTOM_FUNCTION_BUDGET_MS, 3 s) unless given.
   */
  customFunctionBudgetMs?: number;
}

/** The Apps Script globals a loaded Code.js sees. */
export interface SandboxGlobals {
  SpreadsheetApp: ReturnType<typeof createSpreadsheetApp>;
  PropertiesService: ReturnType<typeof createPropertiesService>;
  CacheService: ReturnType<typeof createCacheService>;
  LockService: ReturnType<typeof createLockService>['service'];
  ScriptApp: ReturnType<typeof createScriptApp>['service'];
  HtmlService: ReturnType<typeof createHtmlService>;
  Session: ReturnType<typeof createSession>;
  Utilities: ReturnType<typeof createUtilities>;
  Logger: ReturnType<typeof createLogger>;
  console: ReturnType<typeof createConsole>;
}

export interface Sandbox {
  globals: SandboxGlobals;
  spreadsheet: FakeSpreadsheet;
  clock: Clock;
  ui: UiRecords;
  logs: string[];
  /** Installed triggers, in the order they were created. */
  triggers: Trigger[];
  /**
   * Clock triggers due at the clock's current time, for a scheduler driven by `clock.advance`. Each is returned
   * once per due time: recurring triggers move on to their next run, one-off triggers are spent.
   */
  dueTriggers(): Trigger[];
  /** The event object for a clock trigger's handler: pass it to `call(trigger.handlerFunction, event)`. */
  clockEvent(trigger: Trigger): Record<string, unknown>;
  /**
   * Stores what formulas in a block evaluate to (the sandbox does not evaluate formulas), keeping the formulas and
   * firing no change; `a1` may name a sheet ("'Lead list'!H2:H10"). For the playground's recalculation.
   */
  setCalculatedValues(a1: string, values: unknown[][]): void;
  /** Another execution takes a lock (until `release()`, or for `forMs` of fake time), to test contention. */
  holdLock(kind: LockKind, forMs?: number): { release(): void };
  /** Set `required` to make ScriptApp.getAuthorizationInfo report that the user must authorize again. */
  authorization: { required: boolean };
  /**
   * Later calls run as `user` (the first user is 'owner'): their own user properties, triggers, email and granted
   * scopes. Run a due trigger as its `owner`, as Apps Script does.
   */
  actAs(user: string, options?: { email?: string }): void;
  /** The user later calls run as. */
  readonly user: string;
  /** Lets the current user grant only these OAuth scopes (full URLs), as granular consent allows; `'all'` resets. */
  grantScopes(scopes: string[] | 'all'): void;
  /** Sandbox only: a trigger of the current user in another document, counting toward their 20-trigger quota. */
  addTriggerElsewhere(handlerFunction?: string): Trigger;
  /** The mode later calls run under: onOpen of a fresh install runs under NONE, menu items under FULL. */
  authMode: AuthModeName;
  /** Shared state of the services; for loadAddOn and the services themselves. */
  context: SandboxContext;
}

export const SANDBOX_SPREADSHEET_ID = '1LeadLiftSandboxSpreadsheet00000000000000000';
export const SANDBOX_SCRIPT_ID = '1LeadLiftSandboxScript0000000000000000000000000';

/** The process's zone, which the loaded script's Date fields follow; a different script zone cannot be modelled. */
function scriptZone(wanted: string | undefined): string {
  const processZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Two probes, winter and summer, tell zones apart well enough to catch a test run outside its TZ.
  const probes = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
  const hours = (zone: string) =>
    probes
      .map((ms) =>
        new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(ms),
      )
      .join();
  // The manifest's zone, whenever the process runs in UTC.
  const zone = wanted ?? (hours(processZone) === hours('Etc/UTC') ? 'Etc/UTC' : processZone);
  if (hours(zone) !== hours(processZone)) {
    throw new Error(
      `The sandbox's script runs in the Node process's zone (${processZone}); run with TZ=${zone} to put the script in ${zone}.`,
    );
  }
  return zone;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const context: SandboxContext = {
    clock: createClock(options.now),
    timeZone: options.timeZone ?? 'Europe/Paris',
    scriptTimeZone: scriptZone(options.scriptTimeZone),
    locale: options.locale ?? 'en_US',
    authMode: options.authMode ?? 'FULL',
    user: 'owner',
    emails: new Map(),
    grantedScopes: new Map(),
    realm: nodeRealm,
    logs: [],
    htmlFiles: new Map(),
    executionEnded: new Set(),
    customFunctionBudgetMs: options.customFunctionBudgetMs ?? CUSTOM_FUNCTION_BUDGET_MS,
  };
  if (options.sidebarHtml !== undefined) {
    const html = options.sidebarHtml;
    context.htmlFiles.set('Sidebar', () => html);
  }
  const spreadsheet = new FakeSpreadsheet(
    context,
    SANDBOX_SPREADSHEET_ID,
    options.spreadsheetName ?? 'Leads',
  );
  const records = createUiRecords(spreadsheet.toasts);
  const ui = new FakeUi(records, options.addOnName ?? 'LeadLift');
  const locks = createLockService(context);
  const scriptApp = createScriptApp(context, spreadsheet, SANDBOX_SCRIPT_ID);
  const globals: SandboxGlobals = {
    SpreadsheetApp: createSpreadsheetApp(context, spreadsheet, ui),
    PropertiesService: createPropertiesService(context),
    CacheService: createCacheService(context),
    LockService: locks.service,
    ScriptApp: scriptApp.service,
    HtmlService: createHtmlService(context),
    Session: createSession(context),
    Utilities: createUtilities(context),
    Logger: createLogger(context),
    console: createConsole(context),
  };
  return {
    globals,
    spreadsheet,
    clock: context.clock,
    ui: records,
    logs: context.logs,
    triggers: scriptApp.triggers,
    dueTriggers: scriptApp.dueTriggers,
    holdLock: locks.holdLock,
    clockEvent: scriptApp.clockEvent,
    setCalculatedValues(a1, values) {
      const range = spreadsheet.getRange(a1);
      const [top, left] = [range.getRow() - 1, range.getColumn() - 1];
      if (
        values.length !== range.getNumRows() ||
        values.some((line) => line.length !== range.getNumColumns())
      ) {
        throw new Error(`setCalculatedValues: ${a1} is ${range.getNumRows()} × ${range.getNumColumns()}.`);
      }
      const grid = range.getSheet().values;
      values.forEach((line, r) =>
        line.forEach((value, c) => grid.set(top + r, left + c, toStoredValue(value))),
      );
    },
    authorization: scriptApp.authorization,
    actAs(user, actOptions) {
      context.user = user;
      if (actOptions?.email !== undefined) context.emails.set(user, actOptions.email);
    },
    get user() {
      return context.user;
    },
    grantScopes(scopes) {
      context.grantedScopes.set(context.user, scopes === 'all' ? 'all' : new Set(scopes));
    },
    addTriggerElsewhere: scriptApp.addTriggerElsewhere,
    get authMode() {
      return context.authMode;
    },
    set authMode(mode: AuthModeName) {
      context.authMode = mode;
    },
    context,
  };
}
