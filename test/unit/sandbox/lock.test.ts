import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

describe('fake LockService', () => {
  it('gives a free lock at once and releases it', () => {
    const sandbox = createSandbox();
    const lock = sandbox.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(sandbox.clock.now()).toEqual(new Date('2026-01-15T09:00:00Z'));
  });

  it('waitLock throws Apps Script’s timeout after waiting on the fake clock while another execution holds it', () => {
    const sandbox = createSandbox();
    const other = sandbox.holdLock('document');
    const lock = sandbox.globals.LockService.getDocumentLock();
    const start = sandbox.clock.now().getTime();
    expect(() => lock.waitLock(10_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(sandbox.clock.now().getTime() - start).toBe(10_000);
    expect(lock.tryLock(0)).toBe(false);
    other.release();
    expect(lock.tryLock(0)).toBe(true);
  });

  it('gets the lock once the other execution lets go within the timeout', () => {
    const sandbox = createSandbox();
    sandbox.holdLock('script', 3_000);
    const start = sandbox.clock.now().getTime();
    expect(sandbox.globals.LockService.getScriptLock().tryLock(5_000)).toBe(true);
    expect(sandbox.clock.now().getTime() - start).toBe(3_000);
  });

  it('keeps document, script and user locks apart', () => {
    const sandbox = createSandbox();
    sandbox.holdLock('document');
    expect(sandbox.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(sandbox.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(sandbox.globals.LockService.getDocumentLock().tryLock(0)).toBe(false);
  });

  it('holding a lock the add-on holds is a mistake in the test', () => {
    const sandbox = createSandbox();
    sandbox.globals.LockService.getDocumentLock().waitLock(0);
    expect(() => sandbox.holdLock('document')).toThrow('The document lock is already held.');
  });
});
