// The daily re-score in the sandbox: "Re-score now" on 10k, 100k and 500k leads × 10 attributes, a 20-rule model.
// It shows how the job's time grows with rows, which sets the block size and the 6-minute budget's margin.
import { join } from 'node:path';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { attribute, leadSettings } from '../support/settings';

const SIZES = [10_000, 100_000, 500_000];
const SOURCES = ['Google', 'Referral', 'Direct', 'Olark Chat', 'Organic Search', 'Facebook'];
export const HEADER = [
  'Lead ID',
  'Source',
  'Country',
  'Visits',
  'Pages',
  'Minutes',
  'Title',
  'Email',
  'Size',
  'Last activity',
  'Converted',
];

export function leadRows(rows: number): unknown[][] {
  const base = Date.UTC(2026, 0, 1);
  const data: unknown[][] = [HEADER];
  for (let r = 0; r < rows; r++) {
    data.push([
      `L${r}`,
      SOURCES[r % SOURCES.length],
      r % 3 === 0 ? 'India' : 'Spain',
      r % 13,
      (r * 7) % 11,
      (r * 37) % 200,
      r % 9 === 0 ? 'Student' : 'Manager',
      r % 2 === 0 ? 'yes' : 'no',
      (r * 17) % 500,
      new Date(base + (r % 60) * 86_400_000),
      r % 6 === 0 ? 'yes' : 'no',
    ]);
  }
  return data;
}

export function rules() {
  const list: { attribute: string; value: string; points: number; dimension: string }[] = [];
  const add = (attribute: string, value: string, points: number, dimension: string) =>
    list.push({ attribute, value, points, dimension });
  SOURCES.forEach((source, k) => add('Source', source, k * 3 - 5, 'Fit'));
  add('Country', 'India', -5, 'Fit');
  add('Country', 'Spain', 3, 'Fit');
  add('Title', 'Student', -15, 'Fit');
  add('Size', '>=100', 10, 'Fit');
  add('Size', '>=300', 10, 'Fit');
  add('Email', 'yes', 5, 'Engagement');
  add('Visits', '>=5', 10, 'Engagement');
  add('Visits', '>=10', 10, 'Engagement');
  add('Pages', '>=5', 5, 'Engagement');
  add('Pages', '>=10', 5, 'Engagement');
  add('Minutes', '<10', -5, 'Engagement');
  add('Minutes', '>=60 <120', 5, 'Engagement');
  add('Minutes', '>=120', 12, 'Engagement');
  return list;
}

export const settings = leadSettings({
  leadId: 'Lead ID',
  lastActivity: 'Last activity',
  attributes: ['Source', 'Country', 'Title', 'Size', 'Email', 'Visits', 'Pages', 'Minutes'].map((header) =>
    attribute(
      header,
      ['Size', 'Visits', 'Pages', 'Minutes'].includes(header) ? 'number' : 'category',
      ['Email', 'Visits', 'Pages', 'Minutes'].includes(header) ? 'Engagement' : 'Fit',
    ),
  ),
  stageThresholds: [20, 40],
});

/**
 * A sandbox whose Leads tab holds the given number of lead rows in 17 columns (Sheets holds at most 10 million
 * cells: that leaves room for 500,000 leads and the 6 output columns), with the model applied in the given mode.
 */
export function appliedLeads(rows: number, now: Date, outputMode: 'values' | 'formulas') {
  const sandbox = createSandbox({ now });
  const leads = sandbox.spreadsheet.insertSheet('Leads');
  leads.deleteColumns(18, leads.getMaxColumns() - 17);
  leads.insertRowsAfter(leads.getMaxRows(), rows + 1 - leads.getMaxRows());
  const data = leadRows(rows);
  leads.getRange(1, 1, data.length, HEADER.length).setValues(data);
  const addOn = loadAddOn(join(import.meta.dirname, '../../dist'), sandbox);
  addOn.call('applyModel', { ...settings, outputMode }, rules());
  return { sandbox, leads, addOn };
}

function rescoreOnce(rows: number): { seconds: number; logged: unknown[] } {
  const { sandbox, addOn } = appliedLeads(rows, new Date('2026-03-02T05:00:00Z'), 'values');
  sandbox.clock.advance(86_400_000);
  const start = performance.now();
  addOn.call('rescoreNow');
  const seconds = (performance.now() - start) / 1000;
  const log = sandbox.spreadsheet.getSheetByName('LeadLift Log')!;
  return { seconds, logged: log.getRange(log.getLastRow(), 1, 1, 8).getValues()[0] };
}

export default function dailyRescore(): void {
  console.log(
    'Re-score now in the sandbox: 10 attributes, a 20-rule model applied in values mode, then re-scored a day later',
  );
  let first: number | undefined;
  for (const rows of SIZES) {
    const { seconds, logged } = rescoreOnce(rows);
    if (logged[6] !== 'Finished') throw new Error(`The run did not finish: ${String(logged[7])}`);
    first ??= seconds / rows;
    console.log(
      `  ${rows.toLocaleString('en-US').padStart(9)} leads: ${(seconds * 1000).toFixed(0).padStart(6)} ms, ` +
        `${Math.round(rows / seconds).toLocaleString('en-US')} leads/s, time per lead ×${(seconds / rows / first).toFixed(2)} of 10k's`,
    );
  }
}
