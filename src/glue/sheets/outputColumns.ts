// Finds LeadLift's output columns next to the leads by their header text, and tells LeadLift's from the user's.

import { columnLetter } from '../../core/columnLetters';
import { InputError } from '../../core/inputError';
import { type OutputHeader, outputHeaderOf, outputHeaders } from '../../core/sheetWords';

export { type OutputHeader, outputHeaders };

/** The note LeadLift leaves on the header cells it writes: how it recognises its own columns later. */
export const ownedNote =
  'Written by LeadLift: this column is recalculated when the model is applied or re-scored.';

/** The output a header cell's formula gives, when it is one of LeadLift's formulas. */
export function formulaOutput(formula: string): OutputHeader | undefined {
  const f = formula.replace(/\s+/g, '').toUpperCase();
  if (f.startsWith('=LEADSCORE(') || f.startsWith('=SCOREDECAY(LEADSCORE('))
    return f.includes('"FIT"') ? 'Fit score' : f.includes('"ENGAGEMENT"') ? 'Engagement score' : undefined;
  // The Score column is an array literal: its header in any language, then the sum of fit and engagement.
  if (/^=\{"(?:[^"]|"")*";ARRAYFORMULA\(IF\(.*ROUND\(/.test(f)) return 'Score';
  if (f.startsWith('=LEADGRADE(')) return 'Grade';
  if (f.startsWith('=LEADSTAGE(')) return 'Stage';
  if (f.startsWith('=LEADREASONS(')) return 'Why';
  return undefined;
}

export interface OutputLayout {
  /** The sheet column (1-based) of each output header, in `outputHeaders` order. */
  columns: number[];
  /** The lead columns are 1..leadWidth: every header-row column left of the first output column. */
  leadWidth: number;
  /** Output headers that were not found and get new columns. */
  added: OutputHeader[];
  /** Output columns found by header text that LeadLift did not write: they may hold the user's data. */
  foreign: { header: string; column: number }[];
}

/**
 * Reads the header row once and places the output columns: found ones where they are, missing ones after the last
 * used column. Refuses when an output column sits left of a lead column (its formulas would read themselves).
 */
export function locateOutputColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headerRow: number,
): OutputLayout {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(headerRow, 1, 1, width);
  const texts = header.getDisplayValues()[0].map((t) => t.trim().toLowerCase());
  const formulas = header.getFormulas()[0];
  const notes = header.getNotes()[0];
  const columns: number[] = [];
  const added: OutputHeader[] = [];
  const foreign: { header: string; column: number }[] = [];
  const found = new Set<number>();
  let next = texts.every((t) => t === '') ? 1 : width + 1;
  for (const name of outputHeaders) {
    let index = formulas.findIndex((f, i) => formulaOutput(f) === name && !found.has(i));
    // By header text in any of LeadLift's languages, so a sheet applied in French is found after a switch to English.
    if (index < 0) index = texts.findIndex((t, i) => outputHeaderOf(t) === name && !found.has(i));
    if (index >= 0) {
      found.add(index);
      columns.push(index + 1);
      if (notes[index] !== ownedNote && formulaOutput(formulas[index]) !== name)
        foreign.push({ header: name, column: index + 1 });
    } else {
      columns.push(next++);
      added.push(name);
    }
  }
  // A header cell LeadLift wrote may show something else for a while (an error of its formula, a value a
  // collaborator typed over it): its note still says it is LeadLift's. Missing outputs take such columns, in order.
  const missing = added.map((name) => outputHeaders.indexOf(name));
  const owned = notes.flatMap((note, i) => (note === ownedNote && !found.has(i) ? [i] : []));
  if (missing.length > 0 && owned.length === missing.length) {
    missing.forEach((k, n) => {
      found.add(owned[n]);
      columns[k] = owned[n] + 1;
    });
    added.length = 0;
  }
  // The leads are every used column that is not an output column; they must all lie left of the outputs.
  let leadWidth = 0;
  for (let i = 0; i < width; i++) if (!found.has(i) && texts[i] !== '') leadWidth = i + 1;
  const firstOutput = Math.min(...columns);
  if (firstOutput <= leadWidth) {
    throw new InputError(
      `LeadLift's column "${outputHeaders[columns.indexOf(firstOutput)]}" (column ${columnLetter(firstOutput)}) is left of lead column ${columnLetter(leadWidth)}: move the output columns to the right of the leads, or rename that column.`,
    );
  }
  return { columns, leadWidth, added, foreign };
}

/** True when the output columns sit side by side in `outputHeaders` order, so one write covers them. */
export function contiguous(layout: OutputLayout): boolean {
  return layout.columns.every((c, i) => c === layout.columns[0] + i);
}
