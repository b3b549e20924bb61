import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectBridge } from '../../src/playground/bridge';
import { Workbook } from '../../src/playground/workbook';
import { zip } from '../unit/playground/zip';

const dist = join(import.meta.dirname, '../../dist');

function csvFile(name: string, text: string): string {
  const dir = join(tmpdir(), `leadlift-playground-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A customer export as a billing tool writes it: 0/1 and Yes/No columns besides the churn outcome. */
function customerExport(customers: number): string {
  const contracts = ['Month-to-month', 'One year', 'Two year'];
  const payments = ['Electronic check', 'Mailed check', 'Card'];
  const lines = [
    'customerID,gender,SeniorCitizen,Partner,churn,tenure,Contract,PaymentMethod,MonthlyCharges',
  ];
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 1; i <= customers; i++) {
    const contract = Math.floor(next() * 3);
    const churned = next() < [0.45, 0.12, 0.03][contract];
    lines.push(
      [
        `C-${String(i).padStart(4, '0')}`,
        next() < 0.5 ? 'Female' : 'Male',
        next() < 0.16 ? 1 : 0,
        next() < 0.5 ? 'Yes' : 'No',
        churned ? 'Yes' : 'No',
        Math.floor(next() * 72),
        contracts[contract],
        payments[Math.floor(next() * 3)],
        (20 + next() * 100).toFixed(2),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

describe('the playground workbook over dist/Code.js', () => {
  it('opens on a starter tab whose examples call only functions the build defines', () => {
    const book = new Workbook(dist);
    expect(book.sheetNames()).toEqual(['Start here', 'Leads', 'Suggested points']);
    const view = book.view('Start here');
    const called = Object.values(view.formulas).map((f) => /^=([A-Z]+)\(/.exec(f)?.[1]);
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect(book.customFunctions).toContain(name);
    expect(view.display[5][0]).toMatch(/^\d+\.\d%$/);
  });

  it('builds the LeadLift menu with onOpen', () => {
    expect(new Workbook(dist).menus()).toEqual([
      {
        title: 'LeadLift',
        items: [
          { caption: 'Open LeadLift', functionName: 'showSidebar' },
          { caption: 'Re-score now', functionName: 'rescoreNow' },
        ],
      },
    ]);
  });

  it('recalculates a formula when a cell it reads is edited', () => {
    const book = new Workbook(dist);
    book.edit('Start here', 30, 8, 'Won');
    book.edit('Start here', 31, 8, 'yes');
    book.edit('Start here', 32, 8, 'no');
    book.edit('Start here', 30, 9, '=CONVERSIONRATE(H31:H32)');
    expect(book.view('Start here').display[29][8]).toBe('50.0%');
    book.edit('Start here', 32, 8, 'yes');
    expect(book.view('Start here').display[29][8]).toBe('100.0%');
  });

  it('reads typed text as Sheets does: a date, a percentage, a boolean', () => {
    const book = new Workbook(dist);
    book.edit('Start here', 30, 12, '2026-01-15');
    book.edit('Start here', 31, 12, '12.5%');
    book.edit('Start here', 32, 12, 'true');
    const values = book.sandbox.spreadsheet.getSheetByName('Start here')!.getRange('L30:L32').getValues();
    expect(values.map((row) => row[0])).toEqual([new Date(Date.UTC(2026, 0, 15)), 0.125, true]);
    expect(
      book
        .view('Start here')
        .display.slice(29, 32)
        .map((row) => row[11]),
    ).toEqual(['2026-01-15', '12.5%', 'TRUE']);
  });

  it('passes the leads column to the add-on exactly as typed: dates as Dates, TRUE/FALSE as booleans', () => {
    const book = new Workbook(dist);
    const column = book.sandbox.spreadsheet.getSheetByName('Leads')!.getRange('H2:K3').getValues();
    expect(Object.prototype.toString.call(column[0][0])).toBe('[object Date]');
    expect(typeof column[0][3]).toBe('boolean');
  });

  it('opens a CSV on a tab named after the file and keeps text that looks like a formula as text', () => {
    const file = csvFile('q3 leads.csv', 'Source,Converted\r\n=HYPERLINK("x"),TRUE\r\n+33 1 23,FALSE\r\n');
    const book = new Workbook(dist, file);
    expect(book.sheetNames()).toEqual(['Start here', 'q3 leads', 'Suggested points']);
    const view = book.view('q3 leads');
    expect(view.display.map((row) => row[0])).toEqual(['Source', '=HYPERLINK("x")', '+33 1 23']);
    expect(view.formulas).toEqual({});
    expect(book.view('Start here').display[5][0]).toBe('50.0%');
  });

  it('opens every sheet of an .xlsx workbook, the first as the leads', () => {
    const file = csvFile('book.xlsx', '');
    writeFileSync(
      file,
      zip({
        'xl/workbook.xml':
          '<workbook><sheets><sheet name="Deals" r:id="rId1"/><sheet name="Notes" r:id="rId2"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Target="worksheets/a.xml"/><Relationship Id="rId2" Target="worksheets/b.xml"/></Relationships>',
        'xl/worksheets/a.xml':
          '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Converted</t></is></c></row><row r="2"><c r="A2" t="b"><v>1</v></c></row><row r="3"><c r="A3" t="b"><v>0</v></c></row></sheetData></worksheet>',
        'xl/worksheets/b.xml':
          '<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>',
      }),
    );
    const book = new Workbook(dist, file);
    expect(book.sheetNames()).toEqual(['Start here', 'Deals', 'Notes', 'Suggested points']);
    expect(book.view('Start here').display[5][0]).toBe('50.0%');
  });

  it('builds the starter formulas on a customer export’s churn column, not on its last column', () => {
    const book = new Workbook(dist, csvFile('customers.csv', customerExport(300)));
    const view = book.view('Start here');
    const formulas = Object.values(view.formulas);
    expect(formulas, view.display.map((row) => row[0]).join('\n')).toContain(
      '=CONVERSIONRATE(customers!E2:E)',
    );
    expect(formulas.filter((f) => f.startsWith('=CLOSERATE('))).toHaveLength(3);
    for (const [at, text] of Object.entries(view.formulas)) {
      const [row, column] = at.split(',').map(Number) as [number, number];
      expect(view.display[row - 1][column - 1], `${text}: ${view.notes[at] ?? ''}`).not.toMatch(/^#|^=/);
    }
    expect(view.display[5][0]).toMatch(/^\d+\.\d%$/);
    const model = book.view('Suggested points');
    expect(model.formulas['1,1']).toBe('=SUGGESTPOINTS(customers!F1:I, customers!E1:E)');
    expect(model.display[1][0]).toBe('tenure');
  });

  it('takes a Status column of won/lost as the outcome when no header names one', () => {
    const file = csvFile(
      'deals.csv',
      'Deal,Source,Partner,Status\r\nD1,Web,Yes,Won\r\nD2,Ads,No,Lost\r\nD3,Web,No,won\r\n',
    );
    const book = new Workbook(dist, file);
    expect(Object.values(book.view('Start here').formulas)).toContain('=CONVERSIONRATE(deals!D2:D)');
  });

  it('says which column to pick, rather than showing errors, when no column is an outcome', () => {
    const file = csvFile('contacts.csv', 'Name,Source,Opted in,Visits\r\nAna,Web,Yes,3\r\nBo,Ads,No,1\r\n');
    const book = new Workbook(dist, file);
    const view = book.view('Start here');
    expect(view.formulas).toEqual({});
    const text = view.display.map((row) => row[0]).join('\n');
    expect(text).toContain('no column of "contacts" is named like one');
    expect(text).toContain('Columns whose values could be outcomes: Opted in.');
    expect(book.sheetNames()).toEqual(['Start here', 'contacts']);
  });

  it('opens the sidebar on the leads tab when it is opened from the starter tab', () => {
    const book = new Workbook(dist);
    expect(book.activeSheet()).toBe('Start here');
    book.runMenuItem('showSidebar');
    expect(book.activeSheet()).toBe('Leads');
  });

  it('shows a typed formula’s result in its own format, never the one the cell held', () => {
    const book = new Workbook(dist);
    book.edit('Start here', 30, 10, '12.5%');
    book.edit('Start here', 30, 10, '=CLOSERATE(Leads!B2:B, Leads!K2:K)');
    const view = book.view('Start here');
    expect(view.display[29].slice(9, 14)).toEqual(['Value', 'Leads', 'Conversions', 'Close rate', 'Lift']);
    expect(view.display[30][10]).toMatch(/^\d+$/);
    expect(view.display[30][12]).toMatch(/^\d+\.\d%$/);
    expect(view.display[30][13]).toMatch(/^\d\.\d\d$/);
    // Typed over a result's cell, a count shows as a count, not in the rate's percentage.
    book.edit('Start here', 30, 10, '');
    book.edit('Start here', 31, 13, '3875');
    expect(book.view('Start here').display[30][12]).toBe('3875');
  });

  it('refuses a file it cannot read with a sentence saying what to do', () => {
    expect(() => new Workbook(dist, csvFile('leads.ods', ''))).toThrow(
      'leads.ods: the playground opens .csv and .xlsx files; save it as one of those first.',
    );
  });

  it('runs a menu item and reports the sidebar it opened', () => {
    const book = new Workbook(dist);
    expect(book.runMenuItem('showSidebar').sidebars).toEqual([{ id: 0, title: 'LeadLift' }]);
    expect(() => book.runMenuItem('getSetup')).toThrow('No menu item runs getSetup.');
  });

  it('lists the clock triggers the add-on installed and runs one now with a clock event', () => {
    const book = new Workbook(dist);
    expect(book.clockTriggers()).toEqual([]);
    // Standing in for the daily job's setup: any top-level function can be a handler.
    book.sandbox.globals.ScriptApp.newTrigger('onOpen').timeBased().everyDays(1).atHour(6).create();
    const [trigger] = book.clockTriggers();
    expect(trigger).toMatchObject({ handlerFunction: 'onOpen', schedule: 'every day at 6:00' });
    book.sandbox.ui.menus.length = 0;
    book.runClockTrigger(trigger.id);
    expect(book.menus().map((m) => m.title)).toEqual(['LeadLift']);
    expect(() => book.runClockTrigger('gone')).toThrow('That trigger is not installed any more.');
  });

  it('answers sidebar calls by name and refuses names Code.js does not define', () => {
    const book = new Workbook(dist);
    const { result } = book.runServerFunction('getSetup', []);
    expect(result).toMatchObject({
      sheets: ['Start here', 'Leads', 'Suggested points'],
      activeSheet: 'Start here',
    });
    expect(() => book.runServerFunction('eval', ['1'])).toThrow('Script function not found: eval');
    expect(book.serverFunctions()).toContain('getSetup');
  });

  it('downloads a tab as the CSV of its displayed values', () => {
    const book = new Workbook(dist);
    const lines = book.csv('Leads').split('\r\n');
    expect(lines[0]).toMatch(/^Lead ID,Lead source,/);
    expect(lines[1]).toMatch(/^L-00001,[^,]+,.*,\d{4}-\d{2}-\d{2},/);
  });
});

describe('the google.script.run bridge in the sidebar', () => {
  it('goes first in <head>, before the sidebar’s own scripts', () => {
    const html = injectBridge('<html><head><title>x</title><script>app()</script></head></html>', [
      'getSetup',
    ]);
    expect(html.indexOf('window.google.script')).toBeGreaterThan(0);
    expect(html.indexOf('window.google.script')).toBeLessThan(html.indexOf('app()'));
    expect(html).toContain('["getSetup"]');
  });
});
