// Fake Logger and console: both append to the sandbox's log, where tests and the playground read them.

import { format } from 'node:util';
import type { SandboxContext } from './context';

/** Logger.log(data) or Logger.log(format, ...values) with %s-style placeholders, as in Apps Script. */
export function createLogger(context: SandboxContext) {
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      context.logs.push(values.length > 0 ? format(String(data), ...values) : formatLogged(data));
      return logger;
    },
    getLog(): string {
      return context.logs.join('\n');
    },
    clear(): void {
      context.logs.length = 0;
    },
  };
  return logger;
}

export function createConsole(context: SandboxContext) {
  const write =
    (level: string) =>
    (...values: unknown[]) => {
      const text = format(...values);
      context.logs.push(level === 'log' || level === 'info' ? text : `${level.toUpperCase()}: ${text}`);
    };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error') };
}

function formatLogged(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data !== null && typeof data === 'object' && Object.prototype.toString.call(data) !== '[object Date]') {
    try {
      return JSON.stringify(data);
    } catch {
      return String(data);
    }
  }
  return String(data);
}
