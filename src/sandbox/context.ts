// The state one sandbox shares between its services: clock, authorization mode, realm, records of what the add-on did.

import type { Clock } from './clock';
import { exception, permissionDenied } from './errors';
import type { Realm } from './realm';

/** CUSTOM_FUNCTION is the mode a custom function typed in a cell runs under. */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface SandboxContext {
  clock: Clock;
  /** The spreadsheet's time zone: its dates are wall-clock times there. */
  timeZone: string;
  /**
   * The script's time zone (appsscript.json: Etc/UTC for an add-on, for every user). The script's Date fields
   * (getDate, getHours, new Date(y, m, d)) follow it, so it is the Node process's zone (see createSandbox).
   */
  scriptTimeZone: string;
  locale: string;
  authMode: AuthModeName;
  /** The user the add-on runs as now: each has their own user properties, triggers and email (see `actAs`). */
  user: string;
  /** Emails Google shares with the add-on, by user ('' for consumer accounts outside the developer's domain). */
  emails: Map<string, string>;
  /** OAuth scopes the current user granted (granular consent); every scope unless a test says otherwise. */
  grantedScopes: Map<string, Set<string> | 'all'>;
  realm: Realm;
  logs: string[];
  /** HTML files the add-on can serve by name, e.g. "Sidebar" → dist/Sidebar.html. */
  htmlFiles: Map<string, () => string>;
  /** Run when a call into the add-on returns: Apps Script releases an execution's locks when it ends. */
  executionEnded: Set<() => void>;
  /** How long one custom-function call may run, in Node milliseconds, before its cell shows the timeout error. */
  customFunctionBudgetMs: number;
}

/**
 * Refuses a call the current authorization mode does not allow. NONE (onOpen of an add-on not yet used in this
 * document) allows nothing that needs authorization; LIMITED (simple triggers) and CUSTOM_FUNCTION allow the open
 * document and Properties but not triggers or opening files by id; FULL allows everything.
 */
export function requireAuth(
  context: SandboxContext,
  needs: 'LIMITED' | 'FULL',
  method: string,
  scope: string,
): void {
  if (context.authMode === 'FULL') return;
  if (context.authMode !== 'NONE' && needs === 'LIMITED') return;
  throw permissionDenied(method, scope);
}

/** A custom function may read the spreadsheet and Properties but change nothing, as in Sheets. */
/** Refuses a call needing `scope` when the current user did not grant it, as Apps Script does under granular consent. */
export function requireScope(context: SandboxContext, method: string, scope: string): void {
  const granted = context.grantedScopes.get(context.user) ?? 'all';
  if (granted === 'all' || granted.has(`https://www.googleapis.com/auth/${scope}`)) return;
  throw permissionDenied(method, scope);
}

export function requireWrite(context: SandboxContext, method: string): void {
  if (context.authMode === 'CUSTOM_FUNCTION') throw exception(`You do not have permission to call ${method}`);
}
