// The public X Education leads for real-data tests, and Debian's python3 tools that check LeadLift against them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
