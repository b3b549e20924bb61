// Which output suits a sheet: live formulas re-run over the whole leads range on every edit, within 30 seconds.

import type { OutputMode } from './settings';

/**
 * The largest leads range (rows × lead columns) live formulas are advised for. `npm run bench` (formulasMode)
 * applies live formulas to growing sheets of 11 lead columns and times every custom-function cell against Sheets'
 * 30 s scaled by Apps Script's slowdown. Measured: every call within budget at 20,000 rows (220,000 cells, LEADREASONS
 * the slowest at 2.0 s of 3 s); LEADREASONS over it at 50,000 rows (550,000 cells, 3.3 s). 200,000 cells keeps a
 * margin under the last size that passed.
 */
export const formulasModeMaxCells = 200_000;

/** True when the leads range is small enough for live formulas to recalculate within Sheets' time limit. */
export function formulasModeServes(leads: number, leadColumns: number): boolean {
  return leads * Math.max(leadColumns, 1) <= formulasModeMaxCells;
}

/** The output the sidebar starts with: live formulas while they keep up, values beyond. */
export function defaultOutputMode(leads: number, leadColumns: number): OutputMode {
  return formulasModeServes(leads, leadColumns) ? 'formulas' : 'values';
}
