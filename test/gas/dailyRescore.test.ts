// The daily re-score from dist/Code.js in the sandbox: menu, triggers on a fake clock, logs, faults and large sheets.
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { dist, runDueTriggers, tabValues, writeRows } from '../support/sandbox';
import { attribute, leadSettings } from '../support/settings';

const day = 24 * 3600 * 1000;
const start = new Date('2026-03-02T05:00:00Z'); // a Monday, 06:00 in Paris

const rules = [
  { attribute: 'Source', value: 'Referral', points: 30, dimension: 'Fit' },
  { attribute: 'Source', value: 'Ads', points: 5, dimension: 'Fit' },
  { attribute: 'Title', value: 'Student', points: -10, dimension: 'Fit' },
  { attribute: 'Visits', value: '>=5', points: 40, dimension: 'Engagement' },
  { attribute: 'Visits', value: '>=1 <5', points: 10, dimension: 'Engagement' },
];

const settings = leadSettings({
  leadId: 'Lead ID',
  lastActivity: 'Last activity',
  attributes: [attribute('Source'), attribute('Title'), attribute('Visits', 'number', 'Engagement')],
  halfLifeDays: 7,
  gradeCuts: { fit: [0, 5, 10, 30], engagement: [5, 10, 20, 40] },
});

type Row = (string | number | Date)[];

/** Leads: L1 a referral with many visits (sales-ready), L2 an ad lead, L3 a student. */
function leadRows(lastActivity: Date): Row[] {
  return [
    ['Lead ID', 'Source', 'Title', 'Visits', 'Last activity', 'Converted'],
    ['L1', 'Referral', 'CTO', 8, lastActivity, 'yes'],
    ['L2', 'Ads', 'Manager', 2, lastActivity, 'no'],
    ['L3', 'Web', 'Student', 0, '', 'no'],
  ];
}

/** The model applied from the sidebar in values mode, the day before `start`, with the leads last active then. */
function setUp(rows = leadRows(new Date('2026-03-01T00:00:00+01:00'))) {
  const sandbox = createSandbox({ now: new Date(start.getTime() - day), timeZone: 'Europe/Paris' });
  const leads = sandbox.spreadsheet.insertSheet('Leads');
  writeRows(leads, rows);
  const addOn = loadAddOn(dist, sandbox);
  const applied = addOn.call('applyModel', settings, rules) as { applied?: unknown };
  expect(applied.applied).toBeDefined();
  sandbox.clock.set(start);
  return { sandbox, addOn, leads };
}

describe('Re-score now', () => {
  it('rewrites Fit score, Engagement score, Score, Grade, Stage and Why as of today, and logs the run', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('rescoreNow');
    const values = tabValues(sandbox, 'Leads');
    expect(values[0]).toEqual([
      'Lead ID',
      'Source',
      'Title',
      'Visits',
      'Last activity',
      'Converted',
      'Fit score',
      'Engagement score',
      'Score',
      'Grade',
      'Stage',
      'Why',
    ]);
    // L1: fit 30; engagement 40 cooled for 1 day at a 7-day half-life: 40 × 0.5^(1/7) = 36.2 (one decimal).
    expect(values[1].slice(6)).toEqual([
      30,
      36.2,
      66.2,
      'A2',
      'Sales-ready',
      '+40 Visits >=5; +30 Source = Referral',
    ]);
    expect(values[2].slice(6)).toEqual([5, 9.1, 14.1, 'C4', 'Discard', '+10 Visits >=1 <5; +5 Source = Ads']);
    // L3 has no activity date: nothing to cool down.
    expect(values[3].slice(6)).toEqual([-10, 0, -10, 'E5', 'Discard', '−10 Title = Student']);
    const log = tabValues(sandbox, 'LeadLift Log');
    expect(log[0]).toEqual([
      'Time',
      'Run',
      'Rows scored',
      'Rows changed',
      'Stages',
      'Duration (s)',
      'Status',
      'Message',
    ]);
    expect(log[1].slice(1, 5)).toEqual(['Manual', 3, 2, 'Discard 2 · Nurture 0 · Sales-ready 1']);
    expect(log[1][6]).toBe('Finished');
    expect(sandbox.ui.toasts.at(-1)).toMatchObject({ title: 'LeadLift: Finished' });
  });

  it('the menu offers Re-score now', () => {
    const sandbox = createSandbox({ authMode: 'NONE' });
    loadAddOn(dist, sandbox).call('onOpen', { authMode: 'NONE' });
    expect(sandbox.ui.menus[0].items).toContainEqual({ caption: 'Re-score now', functionName: 'rescoreNow' });
  });

  it('refuses, in words, when no model was applied', () => {
    const sandbox = createSandbox();
    const addOn = loadAddOn(dist, sandbox);
    addOn.call('rescoreNow');
    expect(sandbox.ui.toasts.at(-1)?.message).toMatch(/no model to re-score with yet/);
  });
});

describe('the daily trigger', () => {
  it('installing twice keeps one hourly trigger; a new hour keeps it too; removing deletes it', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('installDailyRescore', 6);
    addOn.call('installDailyRescore', 6);
    // At most hourly, as add-ons may: the day's run starts at the first firing at or after the hour.
    expect(sandbox.triggers.map((t) => [t.handlerFunction, t.everyHours])).toEqual([['runDailyRescore', 1]]);
    const id = sandbox.triggers[0].uniqueId;
    const status = addOn.call('installDailyRescore', 7) as { installed: boolean; hour: number };
    expect(status).toMatchObject({ installed: true, hour: 7, owner: 'you', timeZone: 'Europe/Paris' });
    expect(sandbox.triggers.map((t) => t.uniqueId)).toEqual([id]);
    expect(addOn.call('removeDailyRescore')).toMatchObject({ installed: false });
    expect(sandbox.triggers).toEqual([]);
  });

  it('refuses an hour outside 0–23', () => {
    const { addOn } = setUp();
    expect(() => addOn.call('installDailyRescore', 24)).toThrow(/whole number from 0 to 23/);
  });

  it('over a week, decay moves a lead down a stage and the changes tab records it', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('installDailyRescore', 6);
    for (let d = 0; d < 7; d++) {
      sandbox.clock.advance(day);
      runDueTriggers(sandbox, addOn);
    }
    const log = tabValues(sandbox, 'LeadLift Log');
    expect(log.slice(1).map((row) => [row[1], row[6]])).toEqual(Array(7).fill(['Daily', 'Finished']));
    const scores = tabValues(sandbox, 'Leads').map((row) => row[8]);
    // After 8 days L1's engagement is 40 × 0.5^(8/7) = 18.1: fit 30 + 18.1 is below 60.
    expect(scores[1]).toBe(48.1);
    const changes = tabValues(sandbox, 'LeadLift Changes');
    expect(changes[0]).toEqual(['Time', 'Lead ID', 'Old stage', 'New stage', 'Old score', 'New score']);
    expect(changes.slice(1).map((row) => row.slice(1, 4))).toEqual([['L1', 'Sales-ready', 'Nurture']]);
    const status = addOn.call('getDailyRescoreStatus') as { lastRun: { status: string; run: string } };
    expect(status.lastRun).toMatchObject({ status: 'Finished', run: 'Daily' });
  });

  it('grows the changes tab when it is full, as typing below its last row would', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('rescoreNow');
    const changes = sandbox.spreadsheet.getSheetByName('LeadLift Changes')!;
    const filler = Array.from({ length: changes.getMaxRows() - 1 }, (_, i) => [
      start,
      `old ${i}`,
      'a',
      'b',
      1,
      2,
    ]);
    changes.getRange(2, 1, filler.length, 6).setValues(filler);
    sandbox.clock.advance(8 * day);
    addOn.call('rescoreNow');
    const rows = tabValues(sandbox, 'LeadLift Changes');
    expect(rows.at(-1)?.slice(1, 4)).toEqual(['L1', 'Sales-ready', 'Nurture']);
  });

  it('never overwrites what the user typed around its columns', () => {
    const { sandbox, addOn, leads } = setUp();
    addOn.call('rescoreNow');
    leads.getRange('M1:N4').setValues([
      ['Owner', 'Notes'],
      ['Ana', 'x'],
      ['Bo', '=1+1'],
      ['Cy', 'z'],
    ]);
    leads.getRange('A6:F6').setValues([['typed', 'below', 'the', 'leads', '', '']]);
    const before = leads.getRange('A1:N6').getFormulas();
    const userCells = tabValues(sandbox, 'Leads').map((row) => [...row.slice(0, 6), ...row.slice(12)]);
    addOn.call('installDailyRescore', 6);
    for (let d = 0; d < 5; d++) {
      sandbox.clock.advance(day);
      runDueTriggers(sandbox, addOn);
      addOn.call('rescoreNow');
    }
    const after = tabValues(sandbox, 'Leads').map((row) => [...row.slice(0, 6), ...row.slice(12)]);
    expect(after).toEqual(userCells);
    expect(leads.getRange('A1:N6').getFormulas()).toEqual(before);
  });
});

describe('switching output modes', () => {
  const headers = ['Fit score', 'Engagement score', 'Score', 'Grade', 'Stage', 'Why'];

  it('live → values → live → values: clean headers, and Re-score now and the daily trigger finish', () => {
    const { sandbox, addOn, leads } = setUp();
    addOn.call('installDailyRescore', 6);
    for (const outputMode of ['formulas', 'values', 'formulas', 'values']) {
      const result = addOn.call('applyModel', { ...settings, outputMode }, rules) as {
        applied: { columns: string[] };
      };
      expect(result.applied.columns).toEqual(['G', 'H', 'I', 'J', 'K', 'L']);
    }
    expect(leads.getRange('G1:L1').getValues()[0]).toEqual(headers);
    expect(leads.getRange('G1:L1').getFormulas()[0]).toEqual(['', '', '', '', '', '']);
    addOn.call('rescoreNow');
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    expect(tabValues(sandbox, 'Leads')[0].slice(6)).toEqual(headers);
    const log = tabValues(sandbox, 'LeadLift Log');
    expect(log.slice(1).map((row) => [row[1], row[2], row[6]])).toEqual([
      ['Manual', 3, 'Finished'],
      ['Daily', 3, 'Finished'],
    ]);
  });

  it('a header cell showing an error is still found by LeadLift’s note, so the re-score still runs', () => {
    const { sandbox, addOn, leads } = setUp();
    // What a broken formula's header shows, over LeadLift's own note.
    leads.getRange('J1').setValue('#REF!');
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.[6]).toBe('Finished');
    expect(addOn.call('applyModel', settings, rules)).toMatchObject({
      applied: { columns: ['G', 'H', 'I', 'J', 'K', 'L'] },
    });
    expect(leads.getRange('J1').getValue()).toBe('Grade');
  });

  it('a re-score of live formulas writes nothing over them and says so', () => {
    const { sandbox, addOn, leads } = setUp();
    addOn.call('applyModel', { ...settings, outputMode: 'formulas' }, rules);
    const formulas = leads.getRange('G1:L4').getFormulas();
    addOn.call('rescoreNow');
    expect(leads.getRange('G1:L4').getFormulas()).toEqual(formulas);
    expect(
      leads
        .getRange('G2:L4')
        .getValues()
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    const last = tabValues(sandbox, 'LeadLift Log').at(-1)!;
    expect(last[6]).toBe('Finished');
    expect(last[7]).toMatch(/live formulas, which Sheets recalculates by itself/);
  });
});

describe('a failed run is shown as failed', () => {
  it('in red in the log tab, and in the sidebar’s first answer until a run succeeds', () => {
    const { sandbox, addOn, leads } = setUp();
    addOn.call('installDailyRescore', 6);
    addOn.call('rescoreNow');
    leads.getRange('B1').setValue('Channel');
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    const log = sandbox.spreadsheet.getSheetByName('LeadLift Log')!;
    expect(log.getRange('G2:G3').getValues().flat()).toEqual(['Finished', 'Failed']);
    expect(log.getRange('A3:H3').getFontColors()[0]).toEqual(Array(8).fill('#cc0000'));
    expect(log.getRange('A2:H2').getFontColors()[0]).toEqual(Array(8).fill('#000000'));
    expect(addOn.call('getSetup')).toMatchObject({
      failedRun: { run: 'Daily', message: expect.stringMatching(/"Source"/) as unknown },
    });
    // Fixed: the next run finishes in black and the sidebar no longer warns.
    leads.getRange('B1').setValue('Source');
    addOn.call('rescoreNow');
    expect(log.getRange('A4:H4').getFontColors()[0]).toEqual(Array(8).fill('#000000'));
    expect((addOn.call('getSetup') as { failedRun?: unknown }).failedRun).toBeUndefined();
  });

  it('a daily run that could not reach the log still warns the sidebar', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('installDailyRescore', 6);
    sandbox.authorization.required = true;
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    sandbox.authorization.required = false;
    expect(addOn.call('getSetup')).toMatchObject({
      failedRun: { message: expect.stringMatching(/needs your permission again/) as unknown },
    });
  });
});

describe('faults are logged and nothing is written to the leads', () => {
  it('a renamed column: the run fails in words, the sidebar sees the error, the leads keep their scores', () => {
    const { sandbox, addOn, leads } = setUp();
    addOn.call('installDailyRescore', 6);
    addOn.call('rescoreNow');
    const scored = tabValues(sandbox, 'Leads');
    leads.getRange('E1').setValue('Last touch');
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    const log = tabValues(sandbox, 'LeadLift Log');
    expect(log.at(-1)?.[6]).toBe('Failed');
    expect(log.at(-1)?.[7]).toMatch(/last-activity column "Last activity" is no longer in sheet "Leads"/);
    const now = tabValues(sandbox, 'Leads');
    expect(now.map((row) => row.slice(6))).toEqual(scored.map((row) => row.slice(6)));
    expect(addOn.call('getDailyRescoreStatus')).toMatchObject({
      lastError: expect.stringMatching(/no longer in sheet "Leads"/) as unknown,
    });
  });

  it('a deleted model tab and a broken model rule are reported', () => {
    const { sandbox, addOn } = setUp();
    sandbox.spreadsheet.getSheetByName('LeadLift Model')!.getRange('C3').setValue('lots');
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.[7]).toMatch(/model row 3 .* not a number/);
    sandbox.spreadsheet.deleteSheet(sandbox.spreadsheet.getSheetByName('LeadLift Model')!);
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.[7]).toMatch(/model tab "LeadLift Model" is gone/);
    expect(tabValues(sandbox, 'Leads')[0]).toHaveLength(12);
  });

  it('an emptied sheet is reported, not scored', () => {
    const { sandbox, addOn, leads } = setUp();
    leads.getRange('A2:F4').clearContent();
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.[7]).toMatch(/no leads below its header row/);
    expect(tabValues(sandbox, 'Leads')[1].slice(6, 9)).toEqual([30, 40, 70]);
  });

  it('two runs at once: the second is skipped while the first holds the spreadsheet', () => {
    const { sandbox, addOn } = setUp();
    const held = sandbox.holdLock('document', 60_000);
    addOn.call('rescoreNow');
    held.release();
    const log = tabValues(sandbox, 'LeadLift Log');
    expect(log.at(-1)?.slice(6)).toEqual([
      'Skipped',
      'Another LeadLift run held the lock for too long; this run was skipped.',
    ]);
    // Another execution's lease on this spreadsheet, still fresh: kept with the document, not the script.
    sandbox.globals.PropertiesService.getDocumentProperties().setProperty(
      'leadlift.lease',
      JSON.stringify({ owner: 'Daily-other', until: sandbox.clock.now().getTime() + 60_000 }),
    );
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.[7]).toMatch(
      /Another LeadLift re-score of this spreadsheet is running/,
    );
    expect(tabValues(sandbox, 'Leads')[0]).toHaveLength(12);
  });

  it('an update that needs authorisation again: the trigger records why and writes nothing', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('installDailyRescore', 6);
    sandbox.authorization.required = true;
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    expect(sandbox.spreadsheet.getSheetByName('LeadLift Log')).toBeNull();
    sandbox.authorization.required = false;
    expect(addOn.call('getDailyRescoreStatus')).toMatchObject({
      lastError: expect.stringMatching(/needs your permission again/) as unknown,
    });
  });

  it('a trigger whose schedule is gone deletes itself instead of firing every day', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('installDailyRescore', 6);
    sandbox.globals.PropertiesService.getUserProperties().deleteAllProperties();
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    expect(sandbox.triggers).toEqual([]);
  });
});

describe('a sheet too large for one run', () => {
  it('continues from where it stopped at the next hourly run, with the one trigger it always had, even when no trigger could be created', () => {
    const rows: (string | number | Date)[][] = [
      ['Lead ID', 'Source', 'Title', 'Visits', 'Last activity', 'Converted'],
    ];
    for (let i = 1; i <= 60_000; i++)
      rows.push([`L${i}`, i % 3 === 0 ? 'Referral' : 'Web', 'CTO', i % 7, '', i % 5 === 0 ? 'yes' : 'no']);
    const { sandbox, addOn, leads } = setUp(rows);
    // Writing costs time in Apps Script: 5 ms a row here, so a 20,000-row block takes 100 s of the 270 s budget.
    const range = leads.getRange('A1');
    const prototype = Object.getPrototypeOf(range) as {
      setValues: (this: unknown, values: unknown[][]) => unknown;
    };
    const setValues = prototype.setValues;
    prototype.setValues = function (this: unknown, values: unknown[][]) {
      sandbox.clock.advance(values.length * 5);
      return setValues.call(this, values);
    };
    try {
      addOn.call('installDailyRescore', 6);
      // The user's 20-trigger quota is now full: creating a continuation trigger would fail.
      for (let i = 0; i < 19; i++) sandbox.addTriggerElsewhere();
      sandbox.clock.advance(day);
      runDueTriggers(sandbox, addOn);
      let log = tabValues(sandbox, 'LeadLift Log');
      expect(log.at(-1)?.slice(1, 3)).toEqual(['Daily', 40_000]);
      expect(log.at(-1)?.[6]).toBe('Continues in the next run');
      expect(log.at(-1)?.[7]).toMatch(/continues from row 40002 within the hour/);
      expect(addOn.call('getDailyRescoreStatus')).toMatchObject({ continuing: true });
      // No trigger was created or deleted: the hourly trigger continues the run.
      const ours = () => sandbox.triggers.filter((t) => t.handlerFunction === 'runDailyRescore');
      expect(ours().map((t) => t.everyHours)).toEqual([1]);
      sandbox.clock.advance(3_600_000);
      runDueTriggers(sandbox, addOn);
      log = tabValues(sandbox, 'LeadLift Log');
      expect(log.at(-1)?.slice(1, 3)).toEqual(['Continued', 20_000]);
      expect(log.at(-1)?.[6]).toBe('Finished');
      expect(ours().map((t) => t.everyHours)).toEqual([1]);
      // The next hour has nothing to do: today's run is done.
      sandbox.clock.advance(3_600_000);
      runDueTriggers(sandbox, addOn);
      expect(tabValues(sandbox, 'LeadLift Log')).toHaveLength(log.length);
      const scores = tabValues(sandbox, 'Leads').map((row) => row[8]);
      expect(scores.slice(1).every((s) => typeof s === 'number')).toBe(true);
    } finally {
      prototype.setValues = setValues;
    }
  });
});
