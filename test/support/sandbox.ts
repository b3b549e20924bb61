// The built add-on in the sandbox, set up as the sandbox tests need it: the sample leads, grids of any size,
// tabs read back, and triggers run as Apps Script's scheduler runs them.
import { join } from 'node:path';
import type { SheetCell } from '../../src/core/cellValue';
import {
  createSandbox,
  type FakeSheet,
  type LoadedAddOn,
  loadAddOn,
  type Sandbox,
  type SandboxOptions,
} from '../../src/sandbox';
import { writeSampleLeads } from './sampleLeads';

/** dist/, where `node build.js` writes Code.js, Sidebar.html and the manifest. */
export const dist = join(import.meta.dirname, '../../dist');

/** A sandbox whose active tab, Leads, holds the sample leads, with the built add-on loaded. */
export function sampleLeadsAddOn(options: SandboxOptions = {}) {
  const sandbox = createSandbox(options);
  const sheet = sandbox.spreadsheet.getActiveSheet();
  sheet.setName('Leads');
  writeSampleLeads(sheet);
  return { sandbox, sheet, addOn: loadAddOn(dist, sandbox) };
}

/** Writes rows from A1, adding the rows and columns the sheet lacks; a short row is padded with empty cells. */
export function writeRows(sheet: FakeSheet, rows: readonly (readonly SheetCell[])[]): void {
  const width = Math.max(...rows.map((row) => row.length));
  if (rows.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? '')));
}

/** Every value of a tab, its header row included. */
export const tabValues = (sandbox: Sandbox, name: string) =>
  sandbox.spreadsheet.getSheetByName(name)!.getDataRange().getValues();

/** Runs every trigger due now, each as the user who created it, as Apps Script's scheduler does. */
export function runDueTriggers(sandbox: Sandbox, addOn: LoadedAddOn): void {
  for (const trigger of sandbox.dueTriggers()) {
    sandbox.actAs(trigger.owner);
    addOn.call(trigger.handlerFunction, sandbox.clockEvent(trigger));
  }
}
