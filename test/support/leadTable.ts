// Leads written row by row, as people read a sheet, turned into the column-wise table the core scores.
import type { CellValue } from '../../src/core/cellValue';
import type { LeadTable } from '../../src/core/scoreLeads';

/** A lead table from the column names and one row of cells per lead. */
export function leadTable(names: string[], ...rows: CellValue[][]): LeadTable {
  return { names, columns: names.map((_, j) => rows.map((row) => row[j])) };
}
