import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

const instant = new Date('2026-07-04T21:05:09.042Z');

describe('fake Utilities', () => {
  it('formats dates with SimpleDateFormat patterns in a time zone', () => {
    const { Utilities } = createSandbox().globals;
    expect(Utilities.formatDate(instant, 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2026-07-04T23:05:09.042+02:00',
    );
    expect(Utilities.formatDate(instant, 'America/New_York', 'EEE, MMM d, yy h:mm a')).toBe(
      'Sat, Jul 4, 26 5:05 PM',
    );
    expect(Utilities.formatDate(instant, 'GMT', 'EEEE d MMMM yyyy, HH:mm Z')).toBe(
      'Saturday 4 July 2026, 21:05 +0000',
    );
    expect(Utilities.formatDate(instant, 'UTC', "'Week' w, 'day' D")).toBe('Week 27, day 185');
    expect(Utilities.formatDate(instant, 'UTC', "'week' W 'of the month', F")).toBe('week 1 of the month, 1');
    expect(Utilities.formatDate(new Date('2026-01-15T09:00:00Z'), 'Europe/Paris', 'HH:mm z')).toBe(
      '10:00 CET',
    );
    expect(Utilities.formatDate(instant, 'America/New_York', 'HH:mm z')).toBe('17:05 EDT');
    expect(Utilities.formatDate(instant, 'Nowhere/City', 'HH:mm z')).toBe('21:05 GMT');
  });

  it('refuses pattern letters SimpleDateFormat does not know', () => {
    const { Utilities } = createSandbox().globals;
    expect(() => Utilities.formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  it('sleeps by moving the fake clock', () => {
    const sandbox = createSandbox();
    sandbox.globals.Utilities.sleep(1500);
    expect(sandbox.clock.now()).toEqual(new Date('2026-01-15T09:00:01.500Z'));
    expect(() => sandbox.globals.Utilities.sleep(300_001)).toThrow('Argument too large: milliseconds');
  });

  it('computes digests as signed bytes and round-trips Base64', () => {
    const { Utilities } = createSandbox().globals;
    const md5 = Utilities.computeDigest('MD5', 'abc');
    expect(Buffer.from(md5.map((b) => b & 0xff)).toString('hex')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5[0]).toBe(-112);
    expect(Utilities.base64Encode('LeadLift')).toBe('TGVhZExpZnQ=');
    expect(Buffer.from(Utilities.base64Decode('TGVhZExpZnQ=')).toString()).toBe('LeadLift');
    expect(Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('Logger and console write to the sandbox log', () => {
    const sandbox = createSandbox();
    sandbox.globals.Logger.log('scored %s rows', 12);
    sandbox.globals.Logger.log({ rows: 12 });
    sandbox.globals.console.warn('slow');
    expect(sandbox.logs).toEqual(['scored 12 rows', '{"rows":12}', 'WARN: slow']);
  });

  it('Session reports the locale and time zone and hides the user’s email', () => {
    const { Session } = createSandbox({
      timeZone: 'America/Chicago',
      scriptTimeZone: 'Etc/UTC',
      locale: 'fr_FR',
    }).globals;
    expect([Session.getActiveUserLocale(), Session.getScriptTimeZone()]).toEqual(['fr', 'Etc/UTC']);
    expect(Session.getActiveUser().getEmail()).toBe('');
  });
});
