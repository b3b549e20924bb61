// How complete a column is: its share of empty cells and the placeholder values that mean "not given".

import { type CellValue, isBlank } from './cellValue';

/** Values that forms and CRMs put where nothing was given, compared trimmed and without case. */
export const placeholderValues: ReadonlySet<string> = new Set([
  'select',
  'n/a',
  'na',
  '-',
  '--',
  'none',
  'null',
  'test',
  'unknown',
  '?',
  'not given',
  'not provided',
  'not specified',
]);

export interface ColumnQuality {
  /** Empty cells ÷ cells; 0 for no cells. */
  emptyShare: number;
  /** Each placeholder as spelled most often in the column, with how many cells hold it, most first. */
  placeholders: { value: string; leads: number }[];
}

/**
 * @example columnQuality(['Google', '', 'Select', ' select ']) // { emptyShare: 0.25, placeholders: [{ value: 'Select', leads: 2 }] }
 */
export function columnQuality(cells: readonly CellValue[]): ColumnQuality {
  let empty = 0;
  const found = new Map<string, { value: string; leads: number }>();
  for (const cell of cells) {
    if (isBlank(cell)) {
      empty++;
      continue;
    }
    if (typeof cell !== 'string') continue;
    const key = cell.trim().toLowerCase();
    if (!placeholderValues.has(key)) continue;
    const entry = found.get(key);
    if (entry) entry.leads++;
    else found.set(key, { value: cell.trim(), leads: 1 });
  }
  return {
    emptyShare: cells.length === 0 ? 0 : empty / cells.length,
    placeholders: [...found.values()].sort((a, b) => b.leads - a.leads),
  };
}

/** The cells with the given values (trimmed, any case) made empty: placeholders the marketer treats as not given. */
export function withoutValues(cells: readonly CellValue[], values: readonly string[]): CellValue[] {
  if (values.length === 0) return [...cells];
  const drop = new Set(values.map((v) => v.trim().toLowerCase()));
  return cells.map((cell) => (typeof cell === 'string' && drop.has(cell.trim().toLowerCase()) ? '' : cell));
}
