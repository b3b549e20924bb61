// The fake clock every service reads, so tests decide what "now" is and waits never block.

export interface Clock {
  now(): Date;
  nowMs(): number;
  set(date: Date | string): void;
  advance(ms: number): void;
}

export const DEFAULT_NOW = '2026-01-15T09:00:00Z';

export function createClock(initial: Date | string = DEFAULT_NOW): Clock {
  let current = toMs(initial);
  return {
    now: () => new Date(current),
    nowMs: () => current,
    set(date) {
      current = toMs(date);
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`The clock only moves forward; got ${ms} ms.`);
      current += ms;
    },
  };
}

function toMs(date: Date | string): number {
  const ms = typeof date === 'string' ? Date.parse(date) : date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid date: ${String(date)}`);
  return ms;
}
