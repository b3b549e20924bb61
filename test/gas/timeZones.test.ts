// Dates in a spreadsheet whose zone differs from the script's (Etc/UTC, the manifest's): the days the sheet shows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { attribute, leadSettings } from '../support/settings';

const dist = join(import.meta.dirname, '../../dist');
const zones = ['Europe/Paris', 'America/Los_Angeles', 'Asia/Tokyo'] as const;

/** A sheet of leads typed in as Sheets users type dates: midnights (and one evening) on the sheet's clock. */
function sheetIn(timeZone: string) {
  const sandbox = createSandbox({ timeZone, scriptTimeZone: 'Etc/UTC' });
  sandbox.spreadsheet
    .getActiveSheet()
    .getRange('A1:B6')
    .setValues([
      ['Created', 'Customer'],
      ['2026-01-14', 'no'],
      ['2026-01-15', 'yes'],
      ['2026-01-15', 'yes'],
      ['2026-01-15 20:00', 'no'],
      ['2026-01-16', 'no'],
    ]);
  return { sandbox, addOn: loadAddOn(dist, sandbox) };
}

describe.each(zones)('a spreadsheet in %s with the script in Etc/UTC', (timeZone) => {
  it('runs the script in Etc/UTC and the sheet in its own zone', () => {
    const { addOn } = sheetIn(timeZone);
    const script = addOn.context as { Session: GoogleAppsScript.Base.Session; Date: DateConstructor };
    expect(script.Session.getScriptTimeZone()).toBe('Etc/UTC');
    expect(new script.Date(2026, 0, 15).toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });
  it('=CLOSERATE finds the leads of the day the sheet shows', () => {
    const { addOn } = sheetIn(timeZone);
    const dates = { range: 'A1:A6' };
    const won = { range: 'B1:B6' };
    // Two midnights of the 15th; the evening is a time, not the date.
    expect(addOn.evaluate('CLOSERATE', dates, won, '2026-01-15')).toEqual({ value: 1 });
    // The 15th, its evening and the 16th: 2 of 4 won.
    expect(addOn.evaluate('CLOSERATE', dates, won, '>=2026-01-15')).toEqual({ value: 0.5 });
    // An evening of the 15th is still the 15th, wherever the sheet is.
    expect(addOn.evaluate('CLOSERATE', dates, won, '<2026-01-16')).toEqual({ value: 0.5 });
  });
  it('=CLOSERATE labels each value with the date the sheet shows', () => {
    const { addOn } = sheetIn(timeZone);
    const result = addOn.evaluate('CLOSERATE', { range: 'A1:A6' }, { range: 'B1:B6' }) as {
      value: unknown[][];
    };
    expect(result.value.map((row) => row[0]).sort()).toEqual(
      ['2026-01-14', '2026-01-15', '2026-01-15 20:00:00', '2026-01-16', 'Created'].sort(),
    );
  });
  it('=SCOREDECAY counts the calendar days the sheet shows', () => {
    const { sandbox, addOn } = sheetIn(timeZone);
    sandbox.spreadsheet
      .getActiveSheet()
      .getRange('D1:D2')
      .setValues([['2026-01-05'], ['2026-01-15']]);
    // 10 days between the two dates, half-life 10: half the score.
    expect(addOn.evaluate('SCOREDECAY', 80, { range: 'D1' }, 10, { range: 'D2' })).toEqual({ value: 40 });
  });
});

describe('error notes', () => {
  it('carry the message alone, without "(line N)" into Code.js', () => {
    const { addOn } = sheetIn('Europe/Paris');
    const result = addOn.evaluate('CLOSERATE', { range: 'A1:A6' }, { range: 'B1:B6' }, '>=soon');
    expect(result).toMatchObject({ error: '#ERROR!' });
    expect((result as { note: string }).note).toMatch(/^Criterion ">=soon"/);
    expect((result as { note: string }).note).not.toMatch(/\(line \d+\)/);
  });
});

describe('the daily re-score hour', () => {
  it('is the hour on the spreadsheet clock, in Los Angeles as in Tokyo', () => {
    for (const [timeZone, due] of [
      ['America/Los_Angeles', '2026-01-15T14'],
      ['Asia/Tokyo', '2026-01-15T21'],
    ] as const) {
      const { sandbox, addOn } = sheetIn(timeZone);
      const settings = leadSettings({
        sheetName: 'Sheet1',
        outcome: 'Customer',
        attributes: [attribute('Created', 'date')],
      });
      sandbox.globals.PropertiesService.getDocumentProperties().setProperty(
        'leadlift.settings',
        JSON.stringify(settings),
      );
      const status = addOn.call('installDailyRescore', 6) as { hour: number; timeZone: string };
      expect(status).toMatchObject({ hour: 6, timeZone });
      // The clock reads 2026-01-15 09:00 UTC: 01:00 in Los Angeles, 18:00 in Tokyo. Hour by hour, as the trigger fires.
      let firstRun: string | undefined;
      for (let hour = 0; hour < 30 && !firstRun; hour++) {
        sandbox.clock.advance(3_600_000);
        for (const trigger of sandbox.dueTriggers())
          addOn.call(trigger.handlerFunction, sandbox.clockEvent(trigger));
        if (sandbox.spreadsheet.getSheetByName('LeadLift Log')) firstRun = sandbox.clock.now().toISOString();
      }
      expect(firstRun?.slice(0, 13)).toBe(due);
    }
  });
});
