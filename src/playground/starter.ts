// The "Start here" tab: example formulas for the custom functions this build of Code.js defines, laid out to spill.

import { columnLetter } from '../core/columnLetters';
import type { CellValue } from './formulas/engine';

export interface StarterSheet {
  name: string;
  rows: CellValue[][];
  /** Number formats to apply, by A1 cell. */
  formats: Array<[a1: string, format: string]>;
}

/** One example: shown only when the build defines every function it calls. */
interface Example {
  needs: string[];
  what: string;
  formula: string;
  /** A result spills a table: leave room below it. */
  table?: number;
  format?: string;
  /** Number formats for the columns of a spilled table, left to right ('' leaves a column automatic). */
  columnFormats?: string[];
}

/** A sheet name as a formula writes it: quoted when it holds anything but letters, digits and underscores. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Finds a column by its header, e.g. the outcome ("Converted", "Won") or the lead source. */
function columnOf(header: readonly CellValue[], pattern: RegExp, fallback: number): number {
  const index = header.findIndex((cell) => typeof cell === 'string' && pattern.test(cell));
  return (index === -1 ? fallback : index) + 1;
}

/** Value | Leads | Conversions | Close rate | Lift. */
const closeRateTable = ['', '0', '0', '0.0%', '0.00'];

/** The tab the scoring examples read their model from. */
export const modelTabName = 'Suggested points';

/** =SUGGESTPOINTS over the leads' first attributes and their outcome: a ready model for =LEADSCORE. */
export function suggestedModelFormula(leads: string, header: readonly CellValue[]): string {
  const p = sheetPrefix(leads);
  const width = Math.max(header.length, 1);
  const outcome = columnLetter(columnOf(header, /convert|won|outcome|closed|customer/i, width - 1));
  return `=SUGGESTPOINTS(${p}B1:${columnLetter(Math.min(7, Math.max(2, width - 1)))}, ${p}${outcome}1:${outcome})`;
}

function examples(leads: string, header: readonly CellValue[]): Example[] {
  const p = sheetPrefix(leads);
  const width = Math.max(header.length, 1);
  const outcome = columnLetter(columnOf(header, /convert|won|outcome|closed|customer/i, width - 1));
  const source = columnLetter(columnOf(header, /source|channel/i, 1));
  const activity = columnLetter(columnOf(header, /activity$/i, 2));
  const last = columnLetter(width);
  const outcomeRange = `${p}${outcome}2:${outcome}`;
  return [
    {
      needs: ['CONVERSIONRATE'],
      what: 'Share of all leads that converted',
      formula: `=CONVERSIONRATE(${outcomeRange})`,
      format: '0.0%',
    },
    {
      needs: ['CLOSERATE'],
      what: `Close rate of leads whose source is "Referral"`,
      formula: `=CLOSERATE(${p}${source}2:${source}, ${outcomeRange}, "Referral")`,
      format: '0.0%',
    },
    {
      needs: ['CLOSERATE'],
      what: 'Close rate per lead source (a table that spills)',
      formula: `=CLOSERATE(${p}${source}2:${source}, ${outcomeRange})`,
      table: 12,
      columnFormats: closeRateTable,
    },
    {
      needs: ['CLOSERATE'],
      what: 'Close rate per last activity',
      formula: `=CLOSERATE(${p}${activity}2:${activity}, ${outcomeRange})`,
      table: 12,
      columnFormats: closeRateTable,
    },
    {
      needs: ['SUGGESTPOINTS'],
      what: 'Suggested points per attribute value',
      formula: suggestedModelFormula(leads, header),
      table: 60,
      columnFormats: ['', '', '0', '0', '0', '0.0%', '0.00', '0.0%', '0.0%'],
    },
    {
      needs: ['LEADSCORE'],
      what: 'Scores of the first 20 leads, from the live model on the "Suggested points" tab',
      formula: `=LEADSCORE(${p}A1:${last}21, '${modelTabName}'!A1:D)`,
      table: 20,
    },
  ];
}

/**
 * Builds the tab: a title, how to start, then each example as a line saying what it shows and its formula, with
 * the live formula in the cell below; single results first, then tables, each with room to spill.
 */
export function starterSheet(
  leads: string,
  header: readonly CellValue[],
  functions: readonly string[],
): StarterSheet {
  const available = examples(leads, header).filter((e) => e.needs.every((name) => functions.includes(name)));
  const rows: CellValue[][] = [
    ['LeadLift playground'],
    [
      `Your leads are on the "${leads}" tab. Click a cell and type to edit it; formulas recalculate as you type.`,
    ],
    ['Open the sidebar from Extensions → LeadLift. Try your own formula in any empty cell.'],
    [''],
  ];
  const formats: Array<[string, string]> = [];
  const ordered = [...available.filter((e) => !e.table), ...available.filter((e) => e.table)];
  for (const example of ordered) {
    rows.push([`${example.what}:   ${example.formula}`], [example.formula]);
    if (example.format) formats.push([`A${rows.length}`, example.format]);
    (example.columnFormats ?? []).forEach((format, i) => {
      const column = columnLetter(i + 1);
      if (format)
        formats.push([`${column}${rows.length}:${column}${rows.length + (example.table ?? 1) - 1}`, format]);
    });
    for (let i = 0; i < (example.table ?? 1); i++) rows.push(['']);
  }
  return { name: 'Start here', rows, formats };
}
