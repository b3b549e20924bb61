// What real Sheets does that a single-user, single-zone fake would hide: collaborators, property quotas, trigger
// limits, partial consent, text re-read by locale, and a Changes tab that must not grow forever.
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { dist, runDueTriggers, tabValues } from '../support/sandbox';
import { attribute, leadSettings } from '../support/settings';
import type { Settings } from '../../src/core/settings';

const day = 24 * 3600 * 1000;
const start = new Date('2026-03-02T05:00:00Z'); // a Monday, 06:00 in Paris

const rulesA = [
  { attribute: 'Source', value: 'Referral', points: 70, dimension: 'Fit' },
  { attribute: 'Source', value: 'Ads', points: 5, dimension: 'Fit' },
];
const rulesB = [
  { attribute: 'Source', value: 'Referral', points: 10, dimension: 'Fit' },
  { attribute: 'Source', value: 'Ads', points: 90, dimension: 'Fit' },
];

const settingsWith = (extra: Partial<Settings> = {}) =>
  leadSettings({
    leadId: 'Lead ID',
    attributes: [attribute('Source')],
    halfLifeDays: 7,
    gradeCuts: { fit: [0, 5, 10, 30], engagement: [5, 10, 20, 40] },
    ...extra,
  });

function setUp(options: { locale?: string } = {}) {
  const sandbox = createSandbox({
    now: new Date(start.getTime() - day),
    timeZone: 'Europe/Paris',
    ...options,
  });
  const leads = sandbox.spreadsheet.insertSheet('Leads');
  leads.getRange('A1:A4').setNumberFormat('@'); // the lead IDs were typed as text, as leading zeros need
  leads.getRange('A1:C4').setValues([
    ['Lead ID', 'Source', 'Converted'],
    ['00123', 'Referral', 'yes'],
    ['00124', 'Ads', 'no'],
    ['0125', 'Web', 'no'],
  ]);
  const addOn = loadAddOn(dist, sandbox);
  return { sandbox, addOn, leads };
}

describe('two users applying models', () => {
  it("the owner's daily trigger scores with the model a collaborator applied last", () => {
    const { sandbox, addOn } = setUp();
    sandbox.actAs('owner', { email: 'owner@example.com' });
    addOn.call('applyModel', settingsWith(), rulesA);
    sandbox.clock.set(start);
    addOn.call('installDailyRescore', 6);
    // A collaborator re-applies with other points and other stage names.
    sandbox.actAs('ana');
    const labels = ['Cold', 'Warm', 'Hot'];
    addOn.call('applyModel', settingsWith({ stageLabels: labels }), rulesB);
    expect(addOn.call('getDailyRescoreStatus')).toMatchObject({
      installed: true,
      hour: 6,
      owner: 'someone else',
      ownerEmail: 'owner@example.com',
    });
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    const leads = tabValues(sandbox, 'Leads');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.slice(1, 2)).toEqual(['Daily']);
    // Ads now 90 points (Hot), Referral 10 (Cold): the collaborator's model, not the installer's copy.
    expect(leads.slice(1).map((row) => [row[0], row[5], row[7]])).toEqual([
      ['00123', 10, 'Cold'],
      ['00124', 90, 'Hot'],
      ['0125', 0, 'Cold'],
    ]);
    sandbox.actAs('owner');
    expect(addOn.call('getDailyRescoreStatus')).toMatchObject({ owner: 'you' });
  });

  it('a collaborator turning it off stops the owner’s trigger at its next firing', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('applyModel', settingsWith(), rulesA);
    sandbox.clock.set(start);
    addOn.call('installDailyRescore', 6);
    sandbox.actAs('ana');
    expect(addOn.call('removeDailyRescore')).toMatchObject({ installed: false });
    sandbox.clock.advance(day);
    runDueTriggers(sandbox, addOn);
    expect(sandbox.triggers).toEqual([]);
    expect(sandbox.spreadsheet.getSheetByName('LeadLift Log')).toBeNull();
  });
});

describe('settings of 200 attributes', () => {
  it('fit in the property quotas, and 50 spreadsheets would too', () => {
    const sandbox = createSandbox({ now: start });
    const sheet = sandbox.spreadsheet.insertSheet('Leads');
    const headers = Array.from({ length: 200 }, (_, i) => `Form answer number ${i + 1} about the company`);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 210 - sheet.getMaxColumns());
    sheet.getRange(1, 1, 4, 202).setValues([
      ['Lead ID', 'Converted', ...headers],
      ['L1', 'yes', ...headers.map(() => 'a')],
      ['L2', 'no', ...headers.map(() => 'b')],
      ['L3', 'no', ...headers.map(() => 'a')],
    ]);
    const addOn = loadAddOn(dist, sandbox);
    const settings = settingsWith({
      outcome: 'Converted',
      attributes: headers.map((header) => ({ header, type: 'category', dimension: 'Fit' })),
    });
    const applied = addOn.call('applyModel', settings, [
      { attribute: headers[0], value: 'a', points: 50, dimension: 'Fit' },
    ]) as { applied?: unknown };
    expect(applied.applied).toBeDefined();
    expect(addOn.call('installDailyRescore', 6)).toMatchObject({ installed: true });
    const { PropertiesService } = sandbox.globals;
    const stores = [PropertiesService.getDocumentProperties(), PropertiesService.getUserProperties()];
    const bytes = (o: Record<string, string>) =>
      Object.entries(o).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    for (const store of stores)
      for (const value of Object.values(store.getProperties()))
        expect(Buffer.byteLength(value)).toBeLessThanOrEqual(9 * 1024);
    expect(bytes(stores[0].getProperties())).toBeLessThan(500 * 1024);
    // The user's store holds a few dozen bytes per spreadsheet, whatever its settings.
    expect(bytes(stores[1].getProperties()) * 50).toBeLessThan((500 * 1024) / 10);
    // The settings read back whole.
    expect(addOn.call('getDailyRescoreStatus')).toMatchObject({ installed: true });
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.[6]).toBe('Finished');
  });

  it('a refused trigger (the 20-per-user quota) is reported in words and leaves nothing installed', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('applyModel', settingsWith(), rulesA);
    for (let i = 0; i < 20; i++) sandbox.addTriggerElsewhere();
    expect(() => addOn.call('installDailyRescore', 6)).toThrow(
      /refused to create the daily re-score's trigger/,
    );
    expect(sandbox.triggers.filter((t) => t.documentId === sandbox.spreadsheet.getId())).toEqual([]);
    expect(addOn.call('getDailyRescoreStatus')).toMatchObject({ installed: false });
    expect(sandbox.globals.PropertiesService.getUserProperties().getKeys()).toEqual([]);
  });
});

describe('partial consent', () => {
  it('turning on the daily re-score without the trigger scope asks for it in words', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('applyModel', settingsWith(), rulesA);
    sandbox.grantScopes([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(() => addOn.call('installDailyRescore', 6)).toThrow(/needs two permissions to re-score every day/);
    expect(sandbox.triggers).toEqual([]);
  });
});

describe('text written as text', () => {
  it('lead IDs with leading zeros reach the Changes tab as written', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('applyModel', settingsWith(), rulesA);
    // Referral 70 → 10 points and Ads 5 → 90: both leads change stage at the next re-score.
    sandbox.spreadsheet
      .getSheetByName('LeadLift Model')!
      .getRange('C2:C3')
      .setValues([[10], [90]]);
    addOn.call('rescoreNow');
    const changes = tabValues(sandbox, 'LeadLift Changes');
    expect(changes.slice(1).map((row) => row[1])).toEqual(['00123', '00124']);
  });

  it('a model value 4.5 stays 4.5 in a comma-decimal spreadsheet', () => {
    const { sandbox, addOn, leads } = setUp({ locale: 'de_DE' });
    leads.getRange('B2:B4').setValues([[4.5], ['Ads'], ['Web']]); // typed 4,5 in de_DE
    addOn.call('applyModel', settingsWith(), [
      { attribute: 'Source', value: '4.5', points: 70, dimension: 'Fit' },
    ]);
    const model = tabValues(sandbox, 'LeadLift Model');
    expect(model[1].slice(0, 3)).toEqual(['Source', '4.5', 70]);
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'Leads')[1][5]).toBe(70);
  });
});

describe('the Changes tab', () => {
  it('keeps the last 90 days by default', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('applyModel', settingsWith(), rulesA);
    addOn.call('rescoreNow');
    const tab = sandbox.spreadsheet.getSheetByName('LeadLift Changes')!;
    const old = new Date(start.getTime() - 100 * day);
    const recent = new Date(start.getTime() - 10 * day);
    tab.getRange(2, 1, 3, 6).setValues([
      [old, 'X1', 'a', 'b', 1, 2],
      [old, 'X2', 'a', 'b', 1, 2],
      [recent, 'X3', 'a', 'b', 1, 2],
    ]);
    sandbox.spreadsheet
      .getSheetByName('LeadLift Model')!
      .getRange('C2:C3')
      .setValues([[10], [90]]);
    addOn.call('rescoreNow');
    expect(
      tabValues(sandbox, 'LeadLift Changes')
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(['X3', '00123', '00124']);
  });

  it('keeps as many days as the settings say', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('applyModel', settingsWith({ keepChangesDays: 5 }), rulesA);
    addOn.call('rescoreNow');
    const tab = sandbox.spreadsheet.getSheetByName('LeadLift Changes')!;
    tab.getRange(2, 1, 1, 6).setValues([[new Date(start.getTime() - 10 * day), 'X3', 'a', 'b', 1, 2]]);
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Changes')).toHaveLength(1);
  });
});

describe('per-document state', () => {
  it('a run leaves nothing in the script properties every user shares, and a stale lease expires', () => {
    const { sandbox, addOn } = setUp();
    addOn.call('applyModel', settingsWith(), rulesA);
    // A run killed mid-way seven minutes ago left its lease behind.
    sandbox.globals.PropertiesService.getDocumentProperties().setProperty(
      'leadlift.lease',
      JSON.stringify({ owner: 'Daily-killed', until: sandbox.clock.now().getTime() - 30_000 }),
    );
    addOn.call('rescoreNow');
    expect(tabValues(sandbox, 'LeadLift Log').at(-1)?.[6]).toBe('Finished');
    expect(sandbox.globals.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    expect(
      sandbox.globals.PropertiesService.getDocumentProperties().getProperty('leadlift.lease'),
    ).toBeNull();
  });
});
