// Reads the leads and model arguments of the scoring functions: a header-named lead table and a model table.

import { InputError } from '../../core/inputError';
import { type Model, parseModelTable } from '../../core/modelTable';
import { type LeadRows, ruleColumns, type ScoreOptions } from '../../core/scoreLeads';
import { columnHeaders } from './attributes';
import { usedHeight } from './columns';
import { isBlank } from '../../core/cellValue';
import { type SheetGrid, sheetsErrorOf, toGrid } from './sheetValues';

export interface ParsedLeads {
  /** The leads below the header row, down to the last row that holds anything, read in place. */
  table: LeadRows;
  /** How many rows the range has, header included: the output column is this tall, so it stays aligned. */
  rangeHeight: number;
  /** Refuses Sheets error cells in every column a rule of the model reads: give it to scoreLeads as it is. */
  checkCells: NonNullable<ScoreOptions['checkCells']>;
}

/** The model argument as a Model; its errors name the model row. */
export function parseModelArgument(model: unknown): Model {
  return parseModelTable(toGrid(model, 'model'));
}

/** The range's columns, dropping trailing columns that are empty from the header down (`A1:Z` on a narrower table). */
function usedWidth(grid: SheetGrid): number {
  let width = grid[0]?.length ?? 0;
  while (width > 0 && grid.every((row) => isBlank(row[width - 1]))) width--;
  return width;
}

/**
 * The leads argument, its rows read in place (never copied: a whole-column range can hold a million of them), and
 * the check that refuses a Sheets error cell in a column a rule reads, reported by row. An attribute that names no
 * column throws with the list of columns.
 */
export function parseLeadsArgument(leads: unknown, model: Model): ParsedLeads {
  const full = toGrid(leads, 'leads');
  const width = usedWidth(full);
  if (width === 0)
    throw new InputError(
      'The leads range is empty: give the leads with their column names in the first row.',
    );
  const names = columnHeaders([full[0].slice(0, width)], 'leads');
  const height = Math.max(1, usedHeight([{ name: 'leads', grid: full }]));
  const columns = [...new Set(ruleColumns(names, model.rules))];
  // An error cell is one of a column's distinct cells, so scoring looks only at those; the rows again only to say where.
  const check = (_: number, cells: readonly unknown[]) => {
    if (cells.some((cell) => sheetsErrorOf(cell) !== undefined))
      refuseFirstErrorCell(full, height, names, columns);
  };
  return {
    table: { names, rows: full, first: 1, count: height - 1 },
    rangeHeight: full.length,
    checkCells: { columns, check },
  };
}

/** Throws for the first Sheets error cell of the checked columns, by row, then by the columns' order. */
function refuseFirstErrorCell(
  grid: SheetGrid,
  height: number,
  names: readonly string[],
  checked: readonly number[],
): void {
  for (let row = 1; row < height; row++) {
    for (const j of checked) {
      const error = sheetsErrorOf(grid[row][j]);
      if (error) {
        throw new InputError(
          `Leads column "${names[j]}" in row ${row + 1} is the error ${error}: fix that cell first.`,
        );
      }
    }
  }
}
