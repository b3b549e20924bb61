import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

describe('authorization modes', () => {
  it('under NONE only the Ui, HtmlService, Session, Cache and Lock answer', () => {
    const { globals } = createSandbox({ authMode: 'NONE' });
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    expect(() => globals.PropertiesService.getUserProperties()).toThrow('You do not have permission');
    expect(() => globals.ScriptApp.getProjectTriggers()).toThrow('You do not have permission');
    globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Open LeadLift', 'showSidebar').addToUi();
    expect(globals.Session.getScriptTimeZone()).toBe('Etc/UTC');
    expect(globals.CacheService.getDocumentCache().get('x')).toBeNull();
    expect(globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('a custom function reads the spreadsheet and Properties but writes nothing', () => {
    const sandbox = createSandbox();
    const sheet = sandbox.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue(5);
    sandbox.globals.PropertiesService.getDocumentProperties().setProperty('model', 'v1');
    sandbox.authMode = 'CUSTOM_FUNCTION';
    const { SpreadsheetApp, PropertiesService, ScriptApp } = sandbox.globals;
    const range = SpreadsheetApp.getActiveSpreadsheet().getRange('A1');
    expect(range.getValue()).toBe(5);
    expect(PropertiesService.getDocumentProperties().getProperty('model')).toBe('v1');
    expect(() => range.setValue(6)).toThrow('You do not have permission to call setValue');
    expect(() => range.setValues([[6]])).toThrow('You do not have permission to call setValues');
    expect(() => sheet.insertColumnAfter(1)).toThrow('You do not have permission to call insertColumnAfter');
    expect(() => SpreadsheetApp.getActiveSpreadsheet().insertSheet('Model')).toThrow(
      'You do not have permission to call insertSheet',
    );
    expect(() => PropertiesService.getDocumentProperties().setProperty('model', 'v2')).toThrow(
      'You do not have permission to call setProperty',
    );
    expect(() => SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(() => ScriptApp.newTrigger('f').timeBased().after(3_600_000).create()).toThrow(
      'You do not have permission',
    );
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });

  it('LIMITED opens the document and Properties but not other files or triggers', () => {
    const { globals, spreadsheet } = createSandbox({ authMode: 'LIMITED' });
    expect(globals.SpreadsheetApp.getActive()).toBe(spreadsheet);
    expect(() => globals.SpreadsheetApp.openById(spreadsheet.getId())).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('FULL opens the spreadsheet by id, and only this one', () => {
    const { globals, spreadsheet } = createSandbox();
    expect(globals.SpreadsheetApp.openById(spreadsheet.getId())).toBe(spreadsheet);
    expect(() => globals.SpreadsheetApp.openById('1abc')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});
