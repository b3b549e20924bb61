// Reads the leads and model arguments of the scoring functions: a header-named lead table and a model table.

import { InputError } from '../../core/inputError';
import { type Model, parseModelTable } from '../../core/modelTable';
import { type LeadRows, ruleColumns } from '../../core/scoreLeads';
import { columnHeaders } from './attributes';
import { usedHeight } from './columns';
import { isEmptyCell, type SheetGrid, sheetsErrorOf, toGrid } from './sheetValues';

export interface ParsedLeads {
  /** The leads below the header row, down to the last row that holds anything. */
  table: LeadRows;
  /** How many rows the range has, header included: the output column is this tall, so it stays aligned. */
  rangeHeight: number;
}

/** The model argument as a Model; its errors name the model row. */
export function parseModelArgument(model: unknown): Model {
  return parseModelTable(toGrid(model, 'model'));
}

/** The range's columns, dropping trailing columns that are empty from the header down (`A1:Z` on a narrower table). */
function usedWidth(grid: SheetGrid): number {
  let width = grid[0]?.length ?? 0;
  while (width > 0 && grid.every((row) => isEmptyCell(row[width - 1]))) width--;
  return width;
}

/**
 * The leads argument as a LeadTable. Columns a rule reads are checked for Sheets error cells, reported by row;
 * an attribute that names no column throws with the list of columns.
 */
export function parseLeadsArgument(leads: unknown, model: Model): ParsedLeads {
  const full = toGrid(leads, 'leads');
  const width = usedWidth(full);
  if (width === 0)
    throw new InputError(
      'The leads range is empty: give the leads with their column names in the first row.',
    );
  // Rows are read up to `width`, never copied: a whole-column range can hold a million of them.
  const grid = full;
  const names = columnHeaders([grid[0].slice(0, width)], 'leads');
  const height = Math.max(1, usedHeight([{ name: 'leads', grid }]));
  const checked = [...new Set(ruleColumns(names, model.rules))];
  // One pass over the rows, as Sheets hands them, for error cells; the rows are then scored in place.
  for (let row = 1; row < height; row++) {
    const cells = grid[row];
    for (const j of checked) {
      const cell = cells[j];
      if (typeof cell === 'string' && cell[0] === '#') {
        const error = sheetsErrorOf(cell);
        if (error) {
          throw new InputError(
            `Leads column "${names[j]}" in row ${row + 1} is the error ${error}: fix that cell first.`,
          );
        }
      }
    }
  }
  return { table: { names, rows: grid, first: 1, count: height - 1 }, rangeHeight: full.length };
}
