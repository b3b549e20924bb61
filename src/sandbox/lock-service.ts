// A fake LockService: document, script and user locks that another execution can hold, waited for on the fake clock.

import type { SandboxContext } from './context';
import { exception } from './errors';

export type LockKind = 'document' | 'script' | 'user';

interface LockState {
  owner: 'add-on' | 'other' | null;
  /** When another execution's hold ends by itself (Infinity: only when released). */
  otherUntil: number;
}

export class FakeLock {
  constructor(
    private readonly state: LockState,
    private readonly context: SandboxContext,
  ) {}

  /**
   * Waits up to `timeoutInMillis` on the fake clock. Like Apps Script, locks are per execution: a second lock
   * object of the same kind in the same execution already holds it.
   */
  tryLock(timeoutInMillis: number): boolean {
    if (!(timeoutInMillis >= 0)) throw exception('Invalid argument: timeoutInMillis');
    if (this.state.owner === 'add-on') return true;
    const clock = this.context.clock;
    const wait = this.state.owner === 'other' ? Math.max(0, this.state.otherUntil - clock.nowMs()) : 0;
    if (wait <= timeoutInMillis) {
      clock.advance(wait);
      this.state.owner = 'add-on';
      return true;
    }
    clock.advance(timeoutInMillis);
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw exception('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    if (this.state.owner === 'add-on') this.state.owner = null;
  }

  hasLock(): boolean {
    return this.state.owner === 'add-on';
  }
}

export function createLockService(context: SandboxContext) {
  const states: Record<LockKind, LockState> = {
    document: { owner: null, otherUntil: 0 },
    script: { owner: null, otherUntil: 0 },
    user: { owner: null, otherUntil: 0 },
  };
  // An execution's locks are released when it ends.
  context.executionEnded.add(() => {
    for (const state of Object.values(states)) if (state.owner === 'add-on') state.owner = null;
  });
  const service = {
    getDocumentLock: () => new FakeLock(states.document, context),
    getScriptLock: () => new FakeLock(states.script, context),
    getUserLock: () => new FakeLock(states.user, context),
  };
  /**
   * Sandbox only: another execution takes the lock, until `release()` or, with `forMs`, until the clock has moved
   * that far. Refuses while the add-on itself holds it.
   */
  function holdLock(kind: LockKind, forMs = Number.POSITIVE_INFINITY): { release(): void } {
    const state = states[kind];
    const now = context.clock.nowMs();
    const heldByOther = state.owner === 'other' && state.otherUntil > now;
    if (state.owner === 'add-on' || heldByOther) throw new Error(`The ${kind} lock is already held.`);
    state.owner = 'other';
    state.otherUntil = now + forMs;
    return {
      release() {
        if (state.owner === 'other') state.owner = null;
      },
    };
  }
  return { service, holdLock };
}
