import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');

describe('the LeadLift menu from dist/Code.js', () => {
  it('onOpen under AuthMode.NONE adds the add-on menu with "Open LeadLift" → showSidebar', () => {
    const sandbox = createSandbox({ authMode: 'NONE' });
    const addOn = loadAddOn(dist, sandbox);
    addOn.call('onOpen', { authMode: 'NONE', source: undefined });
    expect(sandbox.ui.menus).toEqual([
      {
        title: 'LeadLift',
        kind: 'addon',
        items: [
          { caption: 'Open LeadLift', functionName: 'showSidebar' },
          { caption: 'Re-score now', functionName: 'rescoreNow' },
        ],
      },
    ]);
  });

  it('onInstall adds the same menu', () => {
    const sandbox = createSandbox({ authMode: 'FULL' });
    loadAddOn(dist, sandbox).call('onInstall', { authMode: 'FULL' });
    expect(sandbox.ui.menus.map((m) => m.items)).toEqual([
      [
        { caption: 'Open LeadLift', functionName: 'showSidebar' },
        { caption: 'Re-score now', functionName: 'rescoreNow' },
      ],
    ]);
  });

  it('the menu item runs: showSidebar shows dist/Sidebar.html titled LeadLift', () => {
    const sandbox = createSandbox({ authMode: 'NONE' });
    const addOn = loadAddOn(dist, sandbox);
    addOn.call('onOpen', { authMode: 'NONE' });
    const item = sandbox.ui.menus[0].items[0];
    // Clicking a menu item authorizes the add-on and runs it under FULL.
    sandbox.authMode = 'FULL';
    addOn.call(typeof item === 'object' && 'functionName' in item ? item.functionName : '');
    expect(sandbox.ui.sidebars).toEqual([
      { title: 'LeadLift', html: readFileSync(join(dist, 'Sidebar.html'), 'utf8') },
    ]);
  });

  it('under AuthMode.NONE the spreadsheet cannot be read, as in Apps Script', () => {
    const sandbox = createSandbox({ authMode: 'NONE' });
    const addOn = loadAddOn(dist, sandbox);
    expect(() => addOn.call('getSetup')).toThrow(/You do not have permission to call SpreadsheetApp/);
  });

  it('getSetup reads the sheets, the active sheet and the user’s locale from the fake spreadsheet', () => {
    const sandbox = createSandbox();
    const sheet = sandbox.spreadsheet.getActiveSheet().setName('Lead list');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Source', 'Converted'],
      ['Google', true],
      ['Referral', false],
    ]);
    sandbox.spreadsheet.insertSheet('Model');
    sandbox.spreadsheet.setActiveSheet(sheet);
    const setup = loadAddOn(dist, sandbox).call('getSetup');
    expect(setup).toEqual({
      locale: 'en',
      spreadsheetLocale: 'en_US',
      sheets: ['Lead list', 'Model'],
      activeSheet: 'Lead list',
      leadsSheet: 'Lead list',
      problems: [],
    });
  });
});
