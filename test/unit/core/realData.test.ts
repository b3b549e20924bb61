import { spawnSync } from 'node:child_process';
import {
  columnOf,
  convertedOf,
  dataFile,
  dataReady,
  python,
  pythonHas,
  readXEducation,
  referenceScript,
  xEducationNumbers,
} from '../../support/realData';
import { beforeAll, describe, expect, it } from 'vitest';
import { valueKey } from '../../../src/core/cellValue';
import { closeRateTable, criterionCloseRate } from '../../../src/core/closeRates';
import { parseCriterion } from '../../../src/core/criteria';
import { suggestPoints } from '../../../src/core/suggestPoints';

const script = referenceScript('close_rates.py');
const pandasReady = pythonHas('pandas');
const skipReason = !dataReady
  ? 'the dataset ../shared/data/leads-x-education.csv is absent'
  : !pandasReady
    ? 'Debian python3 with pandas is absent'
    : '';

const columns = [
  'Lead Origin',
  'Lead Source',
  'Last Activity',
  'Country',
  'Specialization',
  'What is your current occupation',
  'City',
  'TotalVisits',
  'Page Views Per Visit',
  'Last Notable Activity',
];
const criteria: [string, string][] = [
  ['TotalVisits', '>=5'],
  ['Total Time Spent on Website', '>=500 <1000'],
  ['Lead Source', 'google'],
  ['Lead Source', '*search*'],
  ['Country', '(blank)'],
  ['Country', '(any)'],
  ['Specialization', '<>Select'],
  ['Page Views Per Visit', '<2.5'],
];

interface Answer {
  leads: number;
  conversions: number;
  columns: Record<string, Record<string, [number, number, number]>>;
  criteria: [string, string, number, number, number][];
}

/** Reads the dataset, scores its numeric columns, and asks pandas for the same counts and the bins' leads. */
function compareWithPandas() {
  const { header, leads: data } = readXEducation();
  const column = (name: string) => columnOf(header, data, name);
  const converted = convertedOf(header, data);
  const numericBins = xEducationNumbers.map((name) => ({
    name,
    cells: column(name),
  }));
  const bins = suggestPoints(numericBins, converted).rows;
  const request = JSON.stringify({
    columns,
    criteria: [...criteria, ...bins.map((r) => [r.attribute, r.value])],
  });
  const run = spawnSync(python, [script, dataFile, 'Converted'], { input: request, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return { data, column, converted, bins, answer: JSON.parse(run.stdout) as Answer };
}

// Loaded in beforeAll, so a machine without the dataset or pandas only skips these tests.
let real: ReturnType<typeof compareWithPandas>;

describe.skipIf(skipReason !== '')(
  `close rates on the X Education leads agree with pandas${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  { timeout: 60_000 },
  () => {
    beforeAll(() => {
      real = compareWithPandas();
    });

    it('reads the same 9,240 leads and 3,561 conversions', () => {
      const { data, converted, answer } = real;
      expect(data.length).toBe(answer.leads);
      expect(answer.leads).toBe(9240);
      expect(converted.reduce((a, b) => a + b, 0)).toBe(answer.conversions);
    });
    it.each(columns)('per-value close rates of %s agree to 1e-9', (name) => {
      const { column, converted, answer } = real;
      const table = closeRateTable(column(name), converted);
      const expected = answer.columns[name];
      expect(table.length).toBe(Object.keys(expected).length);
      for (const row of table) {
        const key = row.value === '(blank)' ? '' : valueKey(row.value);
        const [leads, conversions, rate] = expected[key];
        expect([row.leads, row.conversions]).toEqual([leads, conversions]);
        expect(Math.abs(row.closeRate - rate)).toBeLessThan(1e-9);
      }
    });
    it('close rates by criterion agree to 1e-9', () => {
      const { column, converted, answer } = real;
      for (const [name, criterion, leads, conversions, rate] of answer.criteria.slice(0, criteria.length)) {
        const got = criterionCloseRate(column(name), converted, parseCriterion(criterion));
        expect([name, criterion, got.leads, got.conversions]).toEqual([name, criterion, leads, conversions]);
        expect(Math.abs(got.closeRate - rate)).toBeLessThan(1e-9);
      }
    });
    it('numeric bins hold exactly the leads their criteria match', () => {
      const { bins: rows, answer } = real;
      expect(rows.some((r) => r.value.includes(' <'))).toBe(true);
      answer.criteria.slice(criteria.length).forEach(([name, criterion, leads, conversions], i) => {
        expect([name, criterion, leads, conversions]).toEqual([
          rows[i].attribute,
          rows[i].value,
          rows[i].leads,
          rows[i].conversions,
        ]);
      });
    });
  },
);
