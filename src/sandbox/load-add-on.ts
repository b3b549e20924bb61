// Loads the built add-on (dist/Code.js) into a sandbox with gas-local and calls its entry points by name.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import gas from 'gas-local';
import { timeoutNote } from './custom-function-budget';
import type { Sandbox } from './index';
import { copyIntoRealm, type Realm } from './realm';

/**
 * In Apps Script `new Date()` and `Date.now()` read the server's clock; here they read the sandbox's clock, so a test
 * that advances the clock a day sees the add-on live through that day. The stand-in keeps the realm's
 * Date.prototype, so every Date of the realm is still `instanceof Date`, and Dates made from arguments are unchanged.
 */
const CLOCK_DATE = `(function (nowMs) {
  var RealDate = Date;
  function ClockDate() {
    if (!new.target) return new RealDate(nowMs()).toString();
    var args = arguments.length === 0 ? [nowMs()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return nowMs(); };
  ClockDate.parse = RealDate.parse;
  ClockDate.UTC = RealDate.UTC;
  Object.defineProperty(ClockDate, 'name', { value: 'Date' });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  globalThis.Date = ClockDate;
})`;

export interface LoadedAddOn {
  /** The vm context Code.js runs in: its global object. */
  context: vm.Context;
  /**
   * Calls a top-level function of Code.js as Apps Script would: arguments are copied into the script's realm
   * first (arrays deeply, Dates, plain objects), and locks the call took are released when it returns.
   */
  call(name: string, ...args: unknown[]): unknown;
  /**
   * Evaluates a custom function as a cell does: `{ range: 'A2:A10' }` arguments are read from the spreadsheet (a
   * single cell as a scalar, dates as Dates of their wall clock in the spreadsheet's zone), other arguments are
   * literals; the call runs under CUSTOM_FUNCTION. A thrown error gives `#ERROR!` and the note Sheets shows.
   */
  evaluate(name: string, ...args: unknown[]): CellResult;
  /**
   * Calls a custom function with values a cell's formula already computed (ranges as 2-D arrays), under
   * CUSTOM_FUNCTION and the sandbox's per-call budget; `ms` is how long it ran in Node.
   */
  callAsCell(name: string, ...values: unknown[]): CellResult & { ms: number };
}

/** What a custom-function cell shows: its value, or #ERROR! with the note on the cell. */
export type CellResult = { value: unknown } | { error: '#ERROR!'; note: string };

/**
 * The note Sheets shows for a thrown value: an Error's message gets " (line N)." pointing into Code.js (N from its
 * stack), as users see it; a thrown string is shown as it is.
 */
export function errorNoteOf(thrown: unknown): string {
  const isError = Object.prototype.toString.call(thrown) === '[object Error]';
  if (!isError) return String(thrown);
  const error = thrown as Error;
  const line = /Code\.js:(\d+)/.exec(error.stack ?? '')?.[1];
  return `${error.message}${line ? ` (line ${line})` : ''}.`;
}

/**
 * Runs every .js file of `distDir` in a fresh context whose globals are the sandbox's services, and serves the
 * folder's .html files to HtmlService by name (a `sidebarHtml` given to createSandbox wins over Sidebar.html).
 */
export function loadAddOn(distDir: string, sandbox: Sandbox): LoadedAddOn {
  if (!existsSync(join(distDir, 'Code.js'))) {
    throw new Error(`${join(distDir, 'Code.js')} does not exist: run \`npm run build\` first.`);
  }
  for (const file of readdirSync(distDir)) {
    const name = file.replace(/\.html$/, '');
    if (name === file || sandbox.context.htmlFiles.has(name)) continue;
    sandbox.context.htmlFiles.set(name, () => readFileSync(join(distDir, file), 'utf8'));
  }
  // gas-local runs the files as soon as the context exists: the clock's Date must be there before they run.
  const globals: Record<string, unknown> = { ...sandbox.globals };
  const context = vm.createContext(globals);
  const realm = vm.runInContext('({ Array: Array, Date: Date, Object: Object })', context) as Realm;
  const install = vm.runInContext(CLOCK_DATE, context) as (nowMs: () => number) => void;
  install(() => sandbox.clock.now().getTime());
  gas.require(distDir, context);
  sandbox.context.realm = realm;
  const call = (name: string, ...args: unknown[]): unknown => {
    const entry: unknown = context[name];
    if (typeof entry !== 'function') throw new Error(`Code.js has no top-level function ${name}.`);
    const copied = args.map((arg) => copyIntoRealm(arg, realm));
    try {
      return (entry as (...a: unknown[]) => unknown)(...copied);
    } finally {
      for (const release of sandbox.context.executionEnded) release();
    }
  };
  const callAsCell = (name: string, ...values: unknown[]): CellResult & { ms: number } => {
    const mode = sandbox.context.authMode;
    sandbox.context.authMode = 'CUSTOM_FUNCTION';
    const start = performance.now();
    let result: CellResult;
    try {
      result = { value: call(name, ...values) };
    } catch (thrown) {
      result = { error: '#ERROR!', note: errorNoteOf(thrown) };
    } finally {
      sandbox.context.authMode = mode;
    }
    const ms = performance.now() - start;
    // Sheets stops the call at its limit, whatever it would have returned; the sandbox can only judge afterwards.
    if (ms > sandbox.context.customFunctionBudgetMs) return { error: '#ERROR!', note: timeoutNote, ms };
    return { ...result, ms };
  };
  return {
    context,
    call,
    callAsCell,
    evaluate(name, ...args) {
      const values = args.map((arg) => {
        const a1 = (arg as { range?: unknown } | null)?.range;
        if (typeof a1 !== 'string') return arg;
        const range = sandbox.spreadsheet.getRange(a1);
        return range.getNumRows() === 1 && range.getNumColumns() === 1 ? range.getValue() : range.getValues();
      });
      const { ms: _ms, ...shown } = callAsCell(name, ...values);
      return shown;
    },
  };
}
