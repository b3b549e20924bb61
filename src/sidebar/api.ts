// The sidebar's one way to the server: a promise over google.script.run, typed from the server's own module.

import type * as server from '../glue/server/index';

export type Server = typeof server;
export type Endpoint = keyof Server;
export type Reply<K extends Endpoint> = Awaited<ReturnType<Server[K]>>;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [endpoint: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRunner; host?: { close(): void } } };
  }
}

/** A server error in words the user can act on: Apps Script prefixes thrown messages with "Exception: ". */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Exception|Error|InputError): /, '');
}

/** The message of a rejected call: run rejects with an Error whose message is already readable. */
export function rejectionMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Calls a server function; resolves with its result, rejects with an Error whose message is readable. */
export function run<K extends Endpoint>(endpoint: K, ...args: Parameters<Server[K]>): Promise<Reply<K>> {
  return new Promise((resolve, reject) => {
    const bridge = window.google?.script.run;
    if (!bridge) {
      reject(new Error('LeadLift must be opened from Google Sheets (Extensions → LeadLift).'));
      return;
    }
    const runner = bridge
      .withSuccessHandler((value) => resolve(value as Reply<K>))
      .withFailureHandler((error) => reject(new Error(errorMessage(error))));
    (runner[endpoint] as (...a: unknown[]) => void)(...args);
  });
}
