import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');

/** Adds a top-level function to the loaded script, as another file of the project would. */
function withProbe(source: string) {
  const sandbox = createSandbox();
  const addOn = loadAddOn(dist, sandbox);
  vm.runInContext(source, addOn.context);
  return { sandbox, addOn };
}

describe('loadAddOn', () => {
  it('copies arrays and Dates passed to call into the script’s realm', () => {
    const { addOn } = withProbe(
      'function probe(v) { return [v instanceof Array, v[0] instanceof Array, v[0][1] instanceof Date, v[0][1].getTime()]; }',
    );
    const when = new Date('2026-01-02T00:00:00Z');
    expect(addOn.call('probe', [['a', when]])).toEqual([true, true, true, when.getTime()]);
  });

  it('hands the script values of its own realm from Range.getValues', () => {
    const { sandbox, addOn } = withProbe(
      'function probe() { var v = SpreadsheetApp.getActiveSheet().getRange("A1:B1").getValues();' +
        ' return [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date, v[0][1]]; }',
    );
    sandbox.spreadsheet
      .getActiveSheet()
      .getRange('A1:B1')
      .setValues([[new Date('2026-01-02T00:00:00Z'), 7]]);
    expect(addOn.call('probe')).toEqual([true, true, true, 7]);
  });

  it('releases the locks a call took when it returns, as an execution ending does', () => {
    const { sandbox, addOn } = withProbe(
      'function probe() { return LockService.getDocumentLock().tryLock(0); }',
    );
    expect(addOn.call('probe')).toBe(true);
    expect(addOn.call('probe')).toBe(true);
    sandbox.holdLock('document');
    expect(addOn.call('probe')).toBe(false);
  });

  it('the script’s clock-reading Date still sees the cells’ Dates as instanceof Date', () => {
    const sandbox = createSandbox({ now: new Date('2026-03-01T08:00:00Z') });
    const addOn = loadAddOn(dist, sandbox);
    vm.runInContext(
      'function probe() { var v = SpreadsheetApp.getActiveSheet().getRange("A1").getValues()[0][0];' +
        ' return [new Date().toISOString(), Date.now(), new Date(0).getTime(), new Date() instanceof Date, v instanceof Date]; }',
      addOn.context,
    );
    sandbox.spreadsheet.getActiveSheet().getRange('A1').setValue(new Date('2020-01-01T00:00:00Z'));
    sandbox.clock.advance(1000);
    expect(addOn.call('probe')).toEqual([
      '2026-03-01T08:00:01.000Z',
      Date.parse('2026-03-01T08:00:01Z'),
      0,
      true,
      true,
    ]);
  });

  it('lists sheets in the script’s realm', () => {
    const { addOn } = withProbe(
      'function probe() { return SpreadsheetApp.getActiveSpreadsheet().getSheets() instanceof Array; }',
    );
    expect(addOn.call('probe')).toBe(true);
  });

  it('says so when Code.js has no such function', () => {
    const addOn = loadAddOn(dist, createSandbox());
    expect(() => addOn.call('noSuchFunction')).toThrow('Code.js has no top-level function noSuchFunction.');
  });
});

describe('time inside the loaded add-on', () => {
  it('new Date() and Date.now() read the fake clock, and dates stay real Dates', () => {
    const sandbox = createSandbox({ now: new Date('2026-03-01T08:00:00Z') });
    const addOn = loadAddOn(join(import.meta.dirname, '../../dist'), sandbox);
    const read = () =>
      vm.runInContext(
        '[new Date().toISOString(), Date.now(), new Date(2020, 0, 2) instanceof Date, Object.prototype.toString.call(new Date())]',
        addOn.context,
      ) as unknown[];
    expect(read()).toEqual([
      '2026-03-01T08:00:00.000Z',
      Date.parse('2026-03-01T08:00:00Z'),
      true,
      '[object Date]',
    ]);
    sandbox.clock.advance(24 * 3600 * 1000);
    expect(read()[0]).toBe('2026-03-02T08:00:00.000Z');
  });
});
