// The public X Education leads for real-data tests, and Debian's python3 tools that check LeadLift against them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/cellValue';

export const dataFile = join(import.meta.dirname, '../../../shared/data/leads-x-education.csv');
export const dataReady = existsSync(dataFile);
export const python = '/usr/bin/python3';
export const referenceScript = (name: string) => join(import.meta.dirname, '../reference', name);

/** True when Debian's python3 can import the module (pandas, sklearn). */
export function pythonHas(module: string): boolean {
  return (
    existsSync(python) && spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0
  );
}

/** Why a test that needs the dataset and a python module cannot run here, or '' when it can. */
export function skipReasonFor(module: string): string {
  if (!dataReady) return 'the dataset ../shared/data/leads-x-education.csv is absent';
  if (!pythonHas(module)) return `Debian python3 with ${module} is absent`;
  return '';
}

/** RFC 4180 CSV: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A cell as Sheets would hold it after import: numbers as numbers, the rest as text. */
/** A cell as Sheets would hold it after import: numbers as numbers, the rest as text. */
export const asCell = (text: string): CellValue => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/**
 * The X Education attributes a marketer knows before sales talks to the lead (Tags, Lead Quality and the like are
 * filled in by sales and leak the outcome); the real-data tests score and fit on these.
 */
export const xEducationAttributes = [
  'Lead Origin',
  'Lead Source',
  'Do Not Email',
  'TotalVisits',
  'Total Time Spent on Website',
  'Page Views Per Visit',
  'Last Activity',
  'Country',
  'Specialization',
  'What is your current occupation',
  'City',
];

/** Of those, the numeric ones. */
export const xEducationNumbers = ['TotalVisits', 'Total Time Spent on Website', 'Page Views Per Visit'];

/** The dataset as CSV text rows: its header and its leads (the file's empty last line left out). */
export function readXEducation(): { header: string[]; leads: string[][] } {
  const rows = parseCsv(readFileSync(dataFile, 'utf8'));
  return { header: rows[0], leads: rows.slice(1).filter((r) => r.length > 1) };
}

/** One column of some of the leads, each cell as Sheets holds it after import. */
export const columnOf = (header: string[], leads: string[][], name: string): CellValue[] =>
  leads.map((r) => asCell(r[header.indexOf(name)]));

/** The Converted column of some of the leads, as 1 and 0. */
export const convertedOf = (header: string[], leads: string[][]): Uint8Array =>
  Uint8Array.from(leads, (r) => Number(r[header.indexOf('Converted')]));
