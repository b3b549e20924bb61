import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

describe('fake Ui', () => {
  it('records add-on and custom menus with items, separators and submenus; adding again replaces', () => {
    const sandbox = createSandbox();
    const ui = sandbox.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Open LeadLift', 'showSidebar')
      .addSeparator()
      .addItem('Help', 'showHelp')
      .addToUi();
    ui.createMenu('Scoring').addSubMenu(ui.createMenu('Model').addItem('Train', 'train')).addToUi();
    ui.createAddonMenu().addItem('Open LeadLift', 'showSidebar').addToUi();
    expect(sandbox.ui.menus).toEqual([
      {
        title: 'LeadLift',
        kind: 'addon',
        items: [{ caption: 'Open LeadLift', functionName: 'showSidebar' }],
      },
      {
        title: 'Scoring',
        kind: 'custom',
        items: [
          {
            caption: 'Model',
            subMenu: { title: 'Model', kind: 'custom', items: [{ caption: 'Train', functionName: 'train' }] },
          },
        ],
      },
    ]);
  });

  it('answers alerts and prompts as the test scripted, and OK when it did not', () => {
    const sandbox = createSandbox();
    const ui = sandbox.globals.SpreadsheetApp.getUi();
    sandbox.ui.answer({ button: 'NO' });
    sandbox.ui.answer({ button: 'OK', text: 'Converted' });
    expect(ui.alert('Replace scores?', 'Column H holds scores.', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const response = ui.prompt('Outcome column', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['OK', 'Converted']);
    expect(ui.alert('Done')).toBe('OK');
    expect(sandbox.ui.alerts.map((a) => [a.kind, a.title, a.prompt, a.buttons])).toEqual([
      ['alert', 'Replace scores?', 'Column H holds scores.', 'YES_NO'],
      ['prompt', '', 'Outcome column', 'OK_CANCEL'],
      ['alert', '', 'Done', 'OK'],
    ]);
  });

  it('refuses a scripted answer that is not a button of the dialog', () => {
    const sandbox = createSandbox();
    sandbox.ui.answer({ button: 'YES' });
    expect(() => sandbox.globals.SpreadsheetApp.getUi().alert('Saved')).toThrow('not a button of OK');
  });

  it('records sidebars and toasts', () => {
    const sandbox = createSandbox({ sidebarHtml: '<p>LeadLift</p>' });
    const { HtmlService, SpreadsheetApp } = sandbox.globals;
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('LeadLift'));
    SpreadsheetApp.getActiveSpreadsheet().toast('Scored 120 leads', 'LeadLift');
    expect(sandbox.ui.sidebars).toEqual([{ title: 'LeadLift', html: '<p>LeadLift</p>' }]);
    expect(sandbox.ui.toasts).toEqual([
      { message: 'Scored 120 leads', title: 'LeadLift', timeoutSeconds: 5 },
    ]);
  });

  it('HtmlService refuses a file the project does not have', () => {
    const { HtmlService } = createSandbox().globals;
    expect(() => HtmlService.createHtmlOutputFromFile('Sidebar')).toThrow(
      'No HTML file named Sidebar was found.',
    );
    expect(HtmlService.createHtmlOutput('<b>hi</b>').append('!').getContent()).toBe('<b>hi</b>!');
  });
});
