// Reads the closed leads SUGGESTPOINTS and PREDICTMODEL learn from: attribute columns under a header row and the
// outcome column. A whole sheet selected as it comes is welcome: empty columns, columns that identify leads and
// the outcome column itself are left out, and the result says so in one line.

import { isBlank, valueKey } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { identifiesLeads, identifiesLeadsByGroups } from '../../core/leadIdColumn';
import type { LeadColumn } from '../../core/valueGroups';
import { readAttributeColumns } from './attributes';
import { usedHeight } from './columns';
import { isOutcomeValue, parseOutcomes } from './outcome';
import { quoteCell, type SheetGrid, type SheetValue, sheetsErrorOf, toColumn, toGrid } from './sheetValues';

export interface HistoryColumn extends LeadColumn {
  readonly name: string;
}

export interface History {
  attributes: HistoryColumn[];
  /** 1 for a lead that converted, else 0. */
  converted: Uint8Array;
  /** Columns left out, grouped by why: `Prospect ID, Lead Number (they identify leads)`. */
  skipped: string[];
}

const normalName = (name: string) => name.trim().toLowerCase();

/**
 * The header row is required, so its outcome cell must be text. A text that reads as an outcome ("yes", "TRUE")
 * is a lead whose header row was left out; "Won" is a name.
 */
function checkOutcomeHeader(cells: readonly SheetValue[], functionName: string): string {
  const first = cells[0];
  const fix = `${functionName} needs a header row, so start both ranges at the column names (for example A1:F and H1:H).`;
  if (typeof first !== 'string' || isBlank(first)) {
    const shown = isBlank(first)
      ? 'empty'
      : typeof first === 'boolean'
        ? String(first).toUpperCase()
        : quoteCell(first);
    throw new InputError(`The first row of outcome is ${shown}, not a column name: ${fix}`);
  }
  // Won, Win, Lost and Loss may name the column; the other outcome words (yes, no, TRUE, 1) never do.
  if (isOutcomeValue(first) && !/^(won|win|lost|loss)$/.test(normalName(first))) {
    throw new InputError(
      `The first row of outcome is ${quoteCell(first.trim())}, an outcome rather than a column name: ${fix}`,
    );
  }
  return first.trim();
}

/**
 * True when every lead holds the same value in column `column` of `grid` (from row 1) and in `outcomes`: the
 * outcome column, selected with the attributes.
 */
function sameCells(grid: SheetGrid, column: number, outcomes: readonly SheetValue[]): boolean {
  for (let i = 0; i < outcomes.length; i++)
    if (valueKey(grid[i + 1][column]) !== valueKey(outcomes[i])) return false;
  return true;
}

/** True when a column holds only empty cells; only they have the empty value key. */
function isEmptyColumn(column: LeadColumn): boolean {
  // Not destructured: reading `cells` copies a grouped column.
  return column.groups ? column.groups.keys.every((key) => key === '') : column.cells.every(isBlank);
}

/** True when (nearly) every lead has its own value in the column (see `identifiesLeads`). */
const identifies = (column: LeadColumn) =>
  column.groups ? identifiesLeadsByGroups(column.groups) : identifiesLeads(column.cells);

/** The column under its name, its cells still copied only when asked for. */
function named(name: string, column: LeadColumn): HistoryColumn {
  return {
    name,
    groups: column.groups,
    get cells() {
      return column.cells;
    },
  };
}

/**
 * The history as attribute columns and outcomes. `rangeName` names the attributes argument in messages
 * (`attributes`, `history`); `functionName` is the function that reads it.
 */
export function parseHistory(
  attributes: unknown,
  outcome: unknown,
  rangeName: string,
  functionName: string,
): History {
  const grid = toGrid(attributes, rangeName);
  const outcomeCells = toColumn(outcome, 'outcome');
  const height = usedHeight([
    { name: rangeName, grid },
    { name: 'outcome', grid: toGrid(outcome, 'outcome') },
  ]);
  if (height === 0) throw new InputError('There are no leads: the ranges are empty.');
  const outcomeName = checkOutcomeHeader(outcomeCells, functionName);
  if (height <= 1) throw new InputError('There are no leads: the ranges hold no data below the header.');
  const outcomeRows = outcomeCells.slice(1, height);
  const converted = parseOutcomes(outcomeRows, 2);
  const headers = grid[0];
  headers.forEach((cell, j) => {
    const error = sheetsErrorOf(cell);
    if (error)
      throw new InputError(
        `The header of column ${j + 1} of ${rangeName} is the error ${error}: fix that cell first.`,
      );
  });
  const names = headers.map((cell) =>
    typeof cell === 'string' ? cell.trim() : quoteCell(cell).replace(/^"|"$/g, ''),
  );
  const columns = readAttributeColumns(
    grid,
    1,
    height,
    names.map((name, j) => (name === '' ? `Column ${j + 1} of ${rangeName}` : `Attribute "${name}"`)),
  );
  const isEmpty = columns.map(isEmptyColumn);
  // Columns after the last one that holds anything are the rest of the selection (`A1:Z` on a narrower table).
  let width = names.length;
  while (width > 0 && names[width - 1] === '' && isEmpty[width - 1]) width--;
  const empty: string[] = [];
  const outcomeColumns: string[] = [];
  const identifiers: string[] = [];
  const kept: HistoryColumn[] = [];
  const keptAt: number[] = [];
  for (let j = 0; j < width; j++) {
    const name = names[j];
    if (isEmpty[j]) {
      empty.push(name === '' ? `column ${j + 1}` : name);
      continue;
    }
    if (name === '')
      throw new InputError(
        `Column ${j + 1} of ${rangeName} has no header: name every column in the first row.`,
      );
    if (normalName(name) === normalName(outcomeName) || sameCells(grid, j, outcomeRows)) {
      outcomeColumns.push(name);
      continue;
    }
    const twin = kept.findIndex((column) => normalName(column.name) === normalName(name));
    if (twin >= 0)
      throw new InputError(
        `Columns ${keptAt[twin] + 1} and ${j + 1} of ${rangeName} are both named "${kept[twin].name}": give each column its own name.`,
      );
    kept.push(named(name, columns[j]));
    keptAt.push(j);
  }
  const described = kept.filter((column) => {
    if (!identifies(column)) return true;
    identifiers.push(column.name);
    return false;
  });
  const skipped = [
    identifiers.length > 0 ? `${identifiers.join(', ')} (they identify leads)` : '',
    outcomeColumns.length > 0 ? `${outcomeColumns.join(', ')} (the outcome)` : '',
    empty.length > 0 ? `${empty.join(', ')} (empty)` : '',
  ].filter((part) => part !== '');
  if (described.length === 0) {
    throw new InputError(
      skipped.length > 0
        ? `No column describes the leads: left out ${skipped.join('; ')}. Give columns such as lead source or industry.`
        : `The ${rangeName} range has no columns: give columns such as lead source or industry.`,
    );
  }
  return { attributes: described, converted, skipped };
}

/** The note row a result ends its header with when columns were left out, or no row. */
export function skippedNote(skipped: readonly string[], width: number): SheetValue[][] {
  if (skipped.length === 0) return [];
  const row: SheetValue[] = new Array<SheetValue>(width).fill('');
  row[0] = '(note)';
  row[1] = `Left out: ${skipped.join('; ')}.`;
  return [row];
}
