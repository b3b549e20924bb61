// How long a custom function may run in the sandbox: Sheets' 30-second limit, scaled to Node's faster runtime.

/**
 * Sheets stops a custom function after 30 seconds
 * (https://developers.google.com/apps-script/guides/services/quotas, "Custom function runtime: 30 sec / execution").
 */
export const SHEETS_CUSTOM_FUNCTION_LIMIT_MS = 30_000;

/**
 * How much slower Apps Script's V8 runtime is taken to be than Node on this machine. Google publishes no figure: 10×
 * is a conservative guess (shared servers, values copied in and out of the cell, cold starts), see docs/sandbox.md.
 */
export const APPS_SCRIPT_SLOWDOWN = 10;

/** The per-call budget the sandbox gives a custom function: 3 seconds of Node time. */
export const CUSTOM_FUNCTION_BUDGET_MS = SHEETS_CUSTOM_FUNCTION_LIMIT_MS / APPS_SCRIPT_SLOWDOWN;

/**
 * The note Sheets puts on a custom-function cell it stopped, as users report it (e.g.
 * github.com/joseballester/muFunds/issues/66, github.com/rghuckins/robinhood-google-sheets/issues/14); the cell
 * shows #ERROR!.
 */
export const timeoutNote = 'Exceeded maximum execution time (line 0).';
