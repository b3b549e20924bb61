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
  realm: Realm;
  logs: string[];
  /** HTML files the add-on can serve by name, e.g. "Sidebar" → dist/Sidebar.html. */
  htmlFiles: Map<string, () => string>;
  /** Run when a call into the add-on returns: Apps Script releases an execution's locks when it ends. */
  executionEnded: Set<() => void>;
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
export function requireWrite(context: SandboxContext, method: string): void {
  if (context.authMode === 'CUSTOM_FUNCTION') throw exception(`You do not have permission to call ${method}`);
}
