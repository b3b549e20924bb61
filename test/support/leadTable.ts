// Leads written row by row, as people read a sheet, turned into the column-wise table the core scores.
import type { CellValue } from '../../src/core/cellValue';
import type { LeadTable } from '../../src/core/scoreLeads';

/** A lead table from the column names and one row of cells per lead. */
export function leadTable(names: string[], ...rows: CellValue[][]): LeadTable {
  return { names, columns: names.map((_, j) => rows.map((row) => row[j])) };
}

/**
 * Five leads with each sort of cell a criterion meets: a source in three spellings and as
 * another value, visits as numbers and as text, an empty occupation and country, and a lead with nothing filled.
 */
export const fiveLeads: LeadTable = leadTable(
  ['Lead Source', 'Visits', 'Occupation', 'Country'],
  ['Webinar', 12, 'Student', 'India'],
  ['Google', 3, 'Working Professional', ''],
  [' webinar ', '7', '', 'Spain'],
  ['', '', '', ''],
  ['Google Ads', 5, 'Unemployed', 'India'],
);
