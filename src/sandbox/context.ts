// The state one sandbox shares between its services: clock, authorization mode, realm, records of what the add-on did.

import type { Clock } from './clock';
import { permissionDenied } from './errors';
import type { Realm } from './realm';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface SandboxContext {
  clock: Clock;
  /** The script's time zone (appsscript.json) and, in this sandbox, the spreadsheet's as well. */
  timeZone: string;
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
 * document) allows nothing that needs authorization; LIMITED (simple triggers) allows the open document and
 * Properties but not triggers or opening files by id; FULL allows everything.
 */
export function requireAuth(
  context: SandboxContext,
  needs: 'LIMITED' | 'FULL',
  method: string,
  scope: string,
): void {
  if (context.authMode === 'FULL') return;
  if (context.authMode === 'LIMITED' && needs === 'LIMITED') return;
  throw permissionDenied(method, scope);
}
