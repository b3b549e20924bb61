// Loads the built add-on (dist/Code.js) into a sandbox with gas-local and calls its entry points by name.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import gas from 'gas-local';
import type { Sandbox } from './index';
import { copyIntoRealm, type Realm } from './realm';

export interface LoadedAddOn {
  /** The vm context Code.js runs in: its global object. */
  context: vm.Context;
  /**
   * Calls a top-level function of Code.js as Apps Script would: arguments are copied into the script's realm
   * first (arrays deeply, Dates, plain objects), and locks the call took are released when it returns.
   */
  call(name: string, ...args: unknown[]): unknown;
}

// In Apps Script `new Date()` and `Date.now()` read the server's clock; here they read the sandbox's fake clock, so
// a test that advances the clock a day sees the add-on live through that day. Dates made from arguments, and
// `instanceof Date`, are unchanged: the stand-in shares Date's prototype and returns real Date objects.
const clockBoundDate = `(function (clockNow) {
  var RealDate = Date;
  function ClockDate() {
    if (!new.target) return new RealDate(clockNow()).toString();
    if (arguments.length === 0) return new RealDate(clockNow());
    return new (Function.prototype.bind.apply(RealDate, [null].concat(Array.prototype.slice.call(arguments))))();
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return clockNow(); };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
})`;

function readClockForNow(context: vm.Context, clockNow: () => number): void {
  (vm.runInContext(clockBoundDate, context) as (now: () => number) => void)(clockNow);
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
  const context = gas.require(distDir, { ...sandbox.globals }) as vm.Context;
  const realm = vm.runInContext('({ Array: Array, Date: Date, Object: Object })', context) as Realm;
  sandbox.context.realm = realm;
  readClockForNow(context, () => sandbox.clock.now().getTime());
  return {
    context,
    call(name, ...args) {
      const entry: unknown = context[name];
      if (typeof entry !== 'function') throw new Error(`Code.js has no top-level function ${name}.`);
      const copied = args.map((arg) => copyIntoRealm(arg, realm));
      try {
        return (entry as (...a: unknown[]) => unknown)(...copied);
      } finally {
        for (const release of sandbox.context.executionEnded) release();
      }
    },
  };
}
