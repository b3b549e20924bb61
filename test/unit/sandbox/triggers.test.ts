import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

// 2026-01-15T09:00:00Z is 10:00 in Paris.
const daily = (sandbox: ReturnType<typeof createSandbox>, hour: number) =>
  sandbox.globals.ScriptApp.newTrigger('runDailyScoring')
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone('Europe/Paris')
    .create();

describe('fake ScriptApp triggers', () => {
  it('reads atHour in the script time zone (Etc/UTC), not the spreadsheet one, without inTimezone', () => {
    const sandbox = createSandbox({ timeZone: 'America/Los_Angeles', scriptTimeZone: 'Etc/UTC' });
    sandbox.globals.ScriptApp.newTrigger('runDailyScoring').timeBased().everyDays(1).atHour(6).create();
    expect(sandbox.triggers[0].runAt).toEqual(new Date('2026-01-16T06:00:00Z'));
  });

  it('installs a daily trigger due at the next atHour in its time zone', () => {
    const sandbox = createSandbox();
    const trigger = daily(sandbox, 6);
    expect(trigger.getHandlerFunction()).toBe('runDailyScoring');
    expect(trigger.getEventType()).toBe('CLOCK');
    expect(trigger.getTriggerSource()).toBe('CLOCK');
    expect(sandbox.triggers).toEqual([
      expect.objectContaining({
        kind: 'clock',
        handlerFunction: 'runDailyScoring',
        everyDays: 1,
        atHour: 6,
        uniqueId: trigger.getUniqueId(),
        runAt: new Date('2026-01-16T05:00:00Z'),
      }),
    ]);
  });

  it('fires each due time once and moves on to the next day', () => {
    const sandbox = createSandbox();
    daily(sandbox, 11);
    expect(sandbox.dueTriggers()).toEqual([]);
    sandbox.clock.advance(3_600_000);
    expect(sandbox.dueTriggers().map((t) => t.handlerFunction)).toEqual(['runDailyScoring']);
    expect(sandbox.dueTriggers()).toEqual([]);
    expect(sandbox.triggers[0].runAt).toEqual(new Date('2026-01-16T10:00:00Z'));
    sandbox.clock.advance(3 * 86_400_000);
    expect(sandbox.dueTriggers()).toHaveLength(1);
    expect(sandbox.triggers[0].runAt).toEqual(new Date('2026-01-19T10:00:00Z'));
  });

  it('builds the event object Apps Script passes a time-driven handler', () => {
    const sandbox = createSandbox();
    const trigger = daily(sandbox, 11);
    sandbox.clock.advance(3_600_000);
    const [due] = sandbox.dueTriggers();
    expect(sandbox.clockEvent(due)).toEqual({
      authMode: 'FULL',
      triggerUid: trigger.getUniqueId(),
      year: 2026,
      month: 1,
      'day-of-month': 15,
      'day-of-week': 4,
      hour: 10,
      minute: 0,
      second: 0,
      timezone: 'UTC',
    });
  });

  it('keeps the wall-clock hour across a daylight saving change', () => {
    const sandbox = createSandbox({ now: new Date('2026-03-28T12:00:00Z') });
    daily(sandbox, 6);
    expect(sandbox.triggers[0].runAt).toEqual(new Date('2026-03-29T04:00:00Z'));
    sandbox.clock.set(new Date('2026-03-29T04:00:00Z'));
    sandbox.dueTriggers();
    expect(sandbox.triggers[0].runAt).toEqual(new Date('2026-03-30T04:00:00Z'));
  });

  it('runs a one-off trigger once after its delay and keeps it listed until deleted', () => {
    const sandbox = createSandbox();
    const { ScriptApp } = sandbox.globals;
    const trigger = ScriptApp.newTrigger('finishImport').timeBased().after(3_600_000).create();
    sandbox.clock.advance(3_600_000);
    expect(sandbox.dueTriggers().map((t) => t.after)).toEqual([3_600_000]);
    sandbox.clock.advance(86_400_000);
    expect(sandbox.dueTriggers()).toEqual([]);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    ScriptApp.deleteTrigger(trigger);
    expect(ScriptApp.getUserTriggers(sandbox.spreadsheet)).toEqual([]);
    expect(sandbox.triggers).toEqual([]);
  });

  it('allows an add-on one time-based trigger per user and document', () => {
    const sandbox = createSandbox();
    daily(sandbox, 6);
    expect(() => daily(sandbox, 7)).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  });

  it('refuses schedules Apps Script refuses', () => {
    const { ScriptApp } = createSandbox().globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(5)).toThrow(
      /more often than once an hour/,
    );
    // One-off triggers too: an add-on's "continue in a minute" is refused.
    expect(() => ScriptApp.newTrigger('f').timeBased().after(60_000)).toThrow(/more often than once an hour/);
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(24)).toThrow('Invalid argument: hour');
    expect(() => ScriptApp.newTrigger('f').timeBased().create()).toThrow(/needs exactly one of/);
  });

  it('cannot install triggers outside AuthMode.FULL', () => {
    const sandbox = createSandbox({ authMode: 'LIMITED' });
    expect(() => daily(sandbox, 6)).toThrow('You do not have permission to call ScriptApp.newTrigger.');
    expect(sandbox.globals.ScriptApp.AuthMode.NONE).toBe('NONE');
  });

  it('reports whether the user must authorize again', () => {
    const sandbox = createSandbox();
    const { ScriptApp } = sandbox.globals;
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe(
      'NOT_REQUIRED',
    );
    sandbox.authorization.required = true;
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe('REQUIRED');
  });
});
