// The "Start here" tab: example formulas for the custom functions this build of Code.js defines, laid out to spill.

import { guessOutcome } from '../core/columnGuesses';
import { columnLetter } from '../core/columnLetters';
import { goals } from '../core/settings';
import { isOutcomeValue } from '../glue/parse/outcome';
import type { CellValue } from './formulas/engine';

export interface StarterSheet {
  name: string;
  rows: CellValue[][];
}

/** One example: shown only when the build defines every function it calls. */
interface Example {
  needs: string[];
  what: string;
  formula: string;
  /** A result spills a table: leave room below it. */
  table?: number;
}

/** A sheet name as a formula writes it: quoted when it holds anything but letters, digits and underscores. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Finds a column by its header (1-based), e.g. the lead source, or the first column that is not `taken`. */
function columnOf(header: readonly CellValue[], pattern: RegExp, taken: number[]): number {
  const index = header.findIndex((cell) => typeof cell === 'string' && pattern.test(cell));
  if (index >= 0) return index + 1;
  for (let column = 2; column <= header.length; column++) if (!taken.includes(column)) return column;
  return 1;
}

/** Header words that name a won/lost column when no goal's words do ("Status", "Result"). */
const outcomeHeaders = /status|result|outcome|deal|closed|stage/i;

/**
 * The leads' outcome column (1-based), as the sidebar guesses it: a column whose every cell reads as an outcome
 * (yes/no, won/lost, TRUE/FALSE, 1/0) and whose header names one for any goal (Converted, Won, Customer, churn…),
 * or else says status or result. `candidates` are the outcome-like columns, for the message when none is found.
 */
export function findOutcome(
  header: readonly CellValue[],
  rows: readonly CellValue[][],
): { column?: number; candidates: string[] } {
  const names = header.map((cell) => (typeof cell === 'string' ? cell.trim() : String(cell ?? '')));
  const outcomeLike = names.map((name, j) => {
    const cells = rows.map((row) => row[j] ?? '');
    return name !== '' && cells.some((c) => c !== '') && cells.every((c) => isOutcomeValue(c));
  });
  const candidates = names.filter((_, j) => outcomeLike[j]);
  for (const goal of goals) {
    const found = guessOutcome(goal, names, outcomeLike);
    if (found !== undefined) return { column: names.indexOf(found) + 1, candidates };
  }
  const byHeader = names.findIndex((name, j) => outcomeLike[j] && outcomeHeaders.test(name));
  return { column: byHeader >= 0 ? byHeader + 1 : undefined, candidates };
}

/** The tab the scoring examples read their model from. */
export const modelTabName = 'Suggested points';

/**
 * =SUGGESTPOINTS over up to six attribute columns next to the outcome (never the outcome itself, nor column A,
 * usually an ID): a ready model for =LEADSCORE.
 */
export function suggestedModelFormula(leads: string, header: readonly CellValue[], outcome: number): string {
  const p = sheetPrefix(leads);
  const width = Math.max(header.length, 2);
  const before: [number, number] = [2, Math.min(outcome - 1, 7)];
  const after: [number, number] = [outcome + 1, Math.min(width, outcome + 6)];
  const size = ([from, to]: [number, number]) => to - from + 1;
  const [from, to] = size(after) > size(before) ? after : before;
  const o = columnLetter(outcome);
  return `=SUGGESTPOINTS(${p}${columnLetter(from)}1:${columnLetter(to)}, ${p}${o}1:${o})`;
}

/** The value of a column to show one close rate for: "Referral" when there is one, else the most common value. */
function exampleValue(rows: readonly CellValue[][], column: number): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = String(row[column - 1] ?? '').trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (counts.has('Referral')) return 'Referral';
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Referral';
}

/** A text as a formula's string literal. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

function examples(
  leads: string,
  header: readonly CellValue[],
  rows: readonly CellValue[][],
  outcomeColumn: number,
): Example[] {
  const p = sheetPrefix(leads);
  const width = Math.max(header.length, 1);
  const outcome = columnLetter(outcomeColumn);
  const sourceColumn = columnOf(header, /source|channel/i, [outcomeColumn]);
  const source = columnLetter(sourceColumn);
  const activity = columnLetter(columnOf(header, /activity$/i, [outcomeColumn, sourceColumn]));
  const last = columnLetter(width);
  const outcomeRange = `${p}${outcome}2:${outcome}`;
  const value = exampleValue(rows, sourceColumn);
  return [
    {
      needs: ['CONVERSIONRATE'],
      what: 'Share of all leads that converted',
      formula: `=CONVERSIONRATE(${outcomeRange})`,
    },
    {
      needs: ['CLOSERATE'],
      what: `Close rate of leads whose ${String(header[sourceColumn - 1] ?? 'source')} is ${quoted(value)}`,
      formula: `=CLOSERATE(${p}${source}2:${source}, ${outcomeRange}, ${quoted(value)})`,
    },
    {
      needs: ['CLOSERATE'],
      what: 'Close rate per lead source (a table that spills)',
      formula: `=CLOSERATE(${p}${source}2:${source}, ${outcomeRange})`,
      table: 12,
    },
    {
      needs: ['CLOSERATE'],
      what: 'Close rate per last activity',
      formula: `=CLOSERATE(${p}${activity}2:${activity}, ${outcomeRange})`,
      table: 12,
    },
    {
      needs: ['SUGGESTPOINTS'],
      what: 'Suggested points per attribute value',
      formula: suggestedModelFormula(leads, header, outcomeColumn),
      table: 60,
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
 * the live formula in the cell below; single results first, then tables, each with room to spill. Without an
 * outcome column it says which column to pick instead of showing examples that could only fail.
 */
export function starterSheet(
  leads: string,
  header: readonly CellValue[],
  rows: readonly CellValue[][],
  functions: readonly string[],
): StarterSheet {
  const intro: CellValue[][] = [
    ['LeadLift playground'],
    [
      `Your leads are on the "${leads}" tab. Click a cell and type to edit it; formulas recalculate as you type.`,
    ],
    ['Open the sidebar from Extensions → LeadLift. Try your own formula in any empty cell.'],
    [''],
  ];
  const outcome = findOutcome(header, rows);
  if (outcome.column === undefined) {
    const candidates = outcome.candidates.length
      ? `Columns whose values could be outcomes: ${outcome.candidates.join(', ')}.`
      : 'No column of the tab holds only such values yet.';
    return {
      name: starterName,
      rows: [
        ...intro,
        [`The examples need an outcome column, and no column of "${leads}" is named like one.`],
        [
          'Pick the column that says whether each lead converted (yes/no, won/lost, TRUE/FALSE or 1/0) as Outcome in the sidebar, or rename its header to Converted.',
        ],
        [candidates],
      ],
    };
  }
  const available = examples(leads, header, rows, outcome.column).filter((e) =>
    e.needs.every((name) => functions.includes(name)),
  );
  const sheet = [...intro];
  const ordered = [...available.filter((e) => !e.table), ...available.filter((e) => e.table)];
  for (const example of ordered) {
    sheet.push([`${example.what}:   ${example.formula}`], [example.formula]);
    for (let i = 0; i < (example.table ?? 1); i++) sheet.push(['']);
  }
  return { name: starterName, rows: sheet };
}

export const starterName = 'Start here';
