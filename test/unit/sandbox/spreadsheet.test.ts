import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

function leads() {
  const sandbox = createSandbox();
  const sheet = sandbox.spreadsheet.getActiveSheet();
  sheet.setName('Leads');
  return { sandbox, spreadsheet: sandbox.spreadsheet, sheet };
}

describe('a fake spreadsheet', () => {
  it('starts with one empty 1000 × 26 sheet called Sheet1', () => {
    const { spreadsheet } = createSandbox();
    const [sheet] = spreadsheet.getSheets();
    expect(sheet.getName()).toBe('Sheet1');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
    expect(sheet.getSheetId()).toBe(0);
  });

  it('refuses a second sheet with the same name, whatever its case, with Apps Script’s message', () => {
    const { spreadsheet } = leads();
    expect(() => spreadsheet.insertSheet('Leads')).toThrow(
      'A sheet with the name "Leads" already exists. Please enter another name.',
    );
    expect(() => spreadsheet.insertSheet('LEADS')).toThrow('already exists');
    expect(spreadsheet.getNumSheets()).toBe(1);
  });

  it('inserts sheets at an index, makes them active and names unnamed ones Sheet<n>', () => {
    const { spreadsheet } = leads();
    const model = spreadsheet.insertSheet('Model', 0);
    const unnamed = spreadsheet.insertSheet();
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Model', 'Leads', 'Sheet3']);
    expect(spreadsheet.getActiveSheet()).toBe(unnamed);
    expect(model.getIndex()).toBe(1);
    expect(spreadsheet.getSheetByName('Model')).toBe(model);
    expect(spreadsheet.getSheetByName('model')).toBeNull();
  });

  it('deletes sheets but never the last one', () => {
    const { spreadsheet, sheet } = leads();
    const model = spreadsheet.insertSheet('Model');
    spreadsheet.deleteSheet(model);
    expect(spreadsheet.getActiveSheet()).toBe(sheet);
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow('You can’t remove all the sheets in a document.');
  });

  it('finds ranges by A1 notation with a sheet name, quoted or not', () => {
    const { spreadsheet, sheet } = leads();
    spreadsheet.insertSheet('Lead list');
    expect(spreadsheet.getRange('Leads!A1:C').getNumRows()).toBe(1000);
    expect(spreadsheet.getRange("'Lead list'!B2").getSheet().getName()).toBe('Lead list');
    spreadsheet.setActiveSheet(sheet);
    expect(spreadsheet.getRange('B2:C3').getSheet()).toBe(sheet);
    expect(() => spreadsheet.getRange('Nowhere!A1')).toThrow('Range not found');
    expect(() => spreadsheet.getRange('A1001')).toThrow('Range not found');
  });
});

describe('a fake range', () => {
  it('reads back what was written, with "" for empty cells and fresh Dates', () => {
    const { sheet } = leads();
    const when = new Date('2026-01-02T10:00:00Z');
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Source', 'Score', 'Created'],
      ['Google', 12.5, when],
    ]);
    const values = sheet.getRange('A1:D3').getValues();
    expect(values).toEqual([
      ['Source', 'Score', 'Created', ''],
      ['Google', 12.5, when, ''],
      ['', '', '', ''],
    ]);
    (values[1][2] as Date).setFullYear(1999);
    expect(sheet.getRange('C2').getValue()).toEqual(when);
  });

  it('refuses data of the wrong shape with Apps Script’s messages', () => {
    const { sheet } = leads();
    const range = sheet.getRange('A1:C2');
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => range.setValues([1, 2, 3] as unknown)).toThrow(/don’t match the method signature/);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses blocks outside the sheet until rows are inserted', () => {
    const { sheet } = leads();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    sheet.getRange(1005, 1).setValue('last');
    expect(sheet.getLastRow()).toBe(1005);
  });

  it('tracks the used area: getLastRow, getLastColumn and getDataRange', () => {
    const { sheet } = leads();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C7').setValue(3);
    sheet.getRange('B2').setFormula('=C7*2');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
    sheet.getRange('C7').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 2]);
  });

  it('reads whole columns "A:A" and open blocks "A2:F" to the bottom of the sheet', () => {
    const { sheet } = leads();
    sheet.appendRow(['header']);
    sheet.appendRow([1]);
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    const open = sheet.getRange('A2:F');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns(), open.getA1Notation()]).toEqual([
      2,
      999,
      6,
      'A2:F',
    ]);
  });

  it('treats written text as Sheets does: "=…" is a formula, "42" a number, "\'42" text', () => {
    const { sheet } = leads();
    sheet.getRange('A1:E1').setValues([['=SUM(B1:C1)', '42', "'42", 'TRUE', '12.5%']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['', 42, '42', true, 0.125]]);
    expect(sheet.getRange('A1:E1').getFormulas()).toEqual([['=SUM(B1:C1)', '', '', '', '']]);
    expect(sheet.getRange('E1').getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange('E1').getDisplayValue()).toBe('12.5%');
  });

  it('keeps text as text in a plain-text (@) cell', () => {
    const { sheet } = leads();
    sheet.getRange('A1').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe('007');
  });

  it('setValue and setFormula fill every cell of the range', () => {
    const { sheet } = leads();
    sheet.getRange('A1:B2').setValue(0);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [0, 0],
      [0, 0],
    ]);
    sheet.getRange('C1:C2').setFormula('=A1+1');
    expect(sheet.getRange('C1:C2').getFormulas()).toEqual([['=A1+1'], ['=A1+1']]);
  });

  it('offsets and cells keep to the sheet', () => {
    const { sheet } = leads();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => range.offset(-5, 0)).toThrow('The starting row of the range is too small.');
  });

  it('appendRow writes below the last row and adds a row when the sheet is full', () => {
    const { sheet } = leads();
    sheet.getRange(1000, 1).setValue('bottom');
    sheet.appendRow(['new', 1]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:B1001').getValues()).toEqual([['new', 1]]);
  });

  it('inserting columns shifts the cells to their right', () => {
    const { sheet } = leads();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnAfter(1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
  });

  it('deleting rows shifts the rows below up', () => {
    const { sheet } = leads();
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [4]]);
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(1, 998)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('deleting columns shifts the columns to their right and tells listeners which were removed', () => {
    const { spreadsheet, sheet } = leads();
    const changes: string[] = [];
    spreadsheet.onChange((_name, a1) => changes.push(a1));
    sheet.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    sheet.deleteColumns(2, 2);
    expect(sheet.getMaxColumns()).toBe(24);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'd']]);
    expect(changes).toEqual(['A1:D1', 'B:X']);
    expect(() => sheet.deleteColumns(24, 2)).toThrow('Those columns are out of bounds.');
  });

  it('tells listeners that inserting rows moved everything below', () => {
    const { spreadsheet, sheet } = leads();
    const changes: string[] = [];
    spreadsheet.onChange((_name, a1) => changes.push(a1));
    sheet.insertRowsAfter(10, 5);
    sheet.insertColumnsBefore(26, 2);
    expect(changes).toEqual(['11:1005', 'Z:AB']);
  });

  it('refuses growth past 10 million cells', () => {
    const { sheet } = leads();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  it('keeps frozen rows and notes', () => {
    const { sheet } = leads();
    sheet.setFrozenRows(1);
    sheet.getRange('A1').setNote('Header row');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['Header row', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('accepts presentation calls as chainable no-ops and refuses a bad font weight', () => {
    const { sheet } = leads();
    const range = sheet.getRange('A1');
    expect(range.setFontWeight('bold').setBackground('#eeeeee').setWrap(true)).toBe(range);
    expect(() => range.setFontWeight('heavy')).toThrow('Invalid argument: fontWeight');
  });

  it('tells onChange listeners which sheet and block were written', () => {
    const { spreadsheet, sheet } = leads();
    const changes: string[] = [];
    const stop = spreadsheet.onChange((name, a1) => changes.push(`${name}!${a1}`));
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.appendRow(['x']);
    stop();
    sheet.getRange('C3').setValue(1);
    expect(changes).toEqual(['Leads!A1:B2', 'Leads!A3']);
  });
});

describe('the selection', () => {
  it('is A1 until something is selected, and each sheet keeps its own', () => {
    const { sandbox, spreadsheet, sheet } = leads();
    const { SpreadsheetApp } = sandbox.globals;
    expect(SpreadsheetApp.getActiveRange().getA1Notation()).toBe('A1');
    sheet.getRange('H2:H40').activate();
    const model = spreadsheet.insertSheet('Model');
    model.getRange('B3').activate();
    expect(SpreadsheetApp.getActiveSheet()).toBe(model);
    spreadsheet.setActiveSheet(sheet);
    expect(SpreadsheetApp.getActiveRange().getA1Notation()).toBe('H2:H40');
    expect(SpreadsheetApp.getCurrentCell().getA1Notation()).toBe('H2');
    expect(() => sheet.setActiveRange(model.getRange('A1'))).toThrow('The range must be on the sheet');
  });
});

describe('what Sheets reads from written text', () => {
  it('reads ISO and en_US dates as dates at midnight in the spreadsheet’s time zone', () => {
    const { sheet } = leads();
    sheet.getRange('A1:C1').setValues([['2026-01-15', '1/15/2026', '2026-01-15 14:30']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([
      [new Date('2026-01-14T23:00:00Z'), new Date('2026-01-14T23:00:00Z'), new Date('2026-01-15T13:30:00Z')],
    ]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([
      ['2026-01-15', '1/15/2026', '2026-01-15 14:30:00'],
    ]);
  });

  it('keeps impossible dates and number-like text Sheets does not read as text', () => {
    const { sheet } = leads();
    sheet.getRange('A1:C1').setValues([['2026-02-30', '1 234', '12-3']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['2026-02-30', '1 234', '12-3']]);
  });
});

describe('named ranges, hidden sheets and calculated values', () => {
  it('finds a named range by name, in any case', () => {
    const { spreadsheet, sheet } = leads();
    spreadsheet.setNamedRange('LeadScores', sheet.getRange('H2:H'));
    expect(spreadsheet.getRangeByName('leadscores')?.getA1Notation()).toBe('H2:H');
    expect(spreadsheet.getRangeByName('Missing')).toBeNull();
    expect(() => spreadsheet.setNamedRange('A1', sheet.getRange('A1'))).toThrow('Invalid argument: name');
    spreadsheet.removeNamedRange('LeadScores');
    expect(spreadsheet.getRangeByName('LeadScores')).toBeNull();
  });

  it('hides sheets but never the last visible one', () => {
    const { spreadsheet, sheet } = leads();
    const model = spreadsheet.insertSheet('Model').hideSheet();
    expect(model.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow('You can’t hide all the sheets in a document.');
  });

  it('setCalculatedValues stores formula results without touching formulas or firing changes', () => {
    const { sandbox, spreadsheet, sheet } = leads();
    sheet.getRange('B1:B2').setFormulas([['=A1*2'], ['=A2*2']]);
    const changes: string[] = [];
    spreadsheet.onChange((_name, a1) => changes.push(a1));
    sandbox.setCalculatedValues('Leads!B1:B2', [[4], [6]]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[4], [6]]);
    expect(sheet.getRange('B1:B2').getFormulas()).toEqual([['=A1*2'], ['=A2*2']]);
    expect(changes).toEqual([]);
  });
});
