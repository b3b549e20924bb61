import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/sandbox';

/** The display text of `value` in a cell formatted with `format`, in a Paris spreadsheet. */
function shown(value: unknown, format?: string): string {
  const sheet = createSandbox({ timeZone: 'Europe/Paris' }).spreadsheet.getActiveSheet();
  const cell = sheet.getRange('A1');
  if (format !== undefined) cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

describe('display values under number formats', () => {
  it('shows numbers, booleans and text in the automatic format as Sheets does', () => {
    expect(shown(42)).toBe('42');
    expect(shown(0.1 + 0.2)).toBe('0.3');
    expect(shown(1 / 3)).toBe('0.3333333333');
    expect(shown(-2.5)).toBe('-2.5');
    expect(shown(1e21)).toBe('1E+21');
    expect(shown(true)).toBe('TRUE');
    expect(shown('Google')).toBe('Google');
    expect(shown('')).toBe('');
  });

  it('shows fixed decimals, rounding half away from zero', () => {
    expect(shown(3.14159, '0.00')).toBe('3.14');
    expect(shown(2.5, '0')).toBe('3');
    expect(shown(-2.5, '0')).toBe('-3');
    expect(shown(1.005, '0.00')).toBe('1.01');
    expect(shown(-5, '0.0')).toBe('-5.0');
    expect(shown(7, '0.##')).toBe('7');
    expect(shown(7.1, '0.##')).toBe('7.1');
  });

  it('shows percentages', () => {
    expect(shown(0.1234, '0.00%')).toBe('12.34%');
    expect(shown(0.5, '0%')).toBe('50%');
    expect(shown(1, '0.0%')).toBe('100.0%');
    expect(shown('7.5%')).toBe('7.5%');
  });

  it('groups thousands and keeps currency signs and quoted text', () => {
    expect(shown(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(shown(1234567, '$#,##0')).toBe('$1,234,567');
    expect(shown(45, '0 "pts"')).toBe('45 pts');
  });

  it('uses the negative section of a two-part format', () => {
    expect(shown(-1234, '#,##0;(#,##0)')).toBe('(1,234)');
    expect(shown(1234, '#,##0;(#,##0)')).toBe('1,234');
  });

  it('shows scientific notation', () => {
    expect(shown(12345.678, '0.00E+00')).toBe('1.23E+04');
  });

  it('shows dates in the spreadsheet’s time zone', () => {
    const when = new Date('2026-01-15T09:00:00Z'); // 10:00 in Paris
    expect(shown(when)).toBe('1/15/2026 10:00:00');
    expect(shown(when, 'yyyy-mm-dd')).toBe('2026-01-15');
    expect(shown(when, 'yyyy-mm-dd hh:mm')).toBe('2026-01-15 10:00');
    expect(shown(when, 'mmm d, yyyy')).toBe('Jan 15, 2026');
    expect(shown(when, 'dddd, mmmm d')).toBe('Thursday, January 15');
    expect(shown(new Date('2026-01-15T14:30:00Z'), 'h:mm am/pm')).toBe('3:30 PM');
  });

  it('gives a written Date a date-time format and shows a serial number under a date format', () => {
    const sheet = createSandbox().spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue(new Date('2026-01-15T09:00:00Z'));
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    sheet.getRange('B1').setNumberFormat('yyyy-mm-dd').setValue(46037);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2026-01-15');
    expect(sheet.getRange('B1').getValue()).toBe(46037);
  });

  it('reports the formats of a block, "General" where none was set', () => {
    const sheet = createSandbox().spreadsheet.getActiveSheet();
    sheet.getRange('A1:B2').setNumberFormats([
      ['0.00', '0%'],
      ['General', '@'],
    ]);
    expect(sheet.getRange('A1:C2').getNumberFormats()).toEqual([
      ['0.00', '0%', 'General'],
      ['General', '@', 'General'],
    ]);
    sheet.getRange('A1:C1').setValues([[1.5, 0.25, 3]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1.50', '25%', '3']]);
  });
});
