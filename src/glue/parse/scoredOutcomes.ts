// Reads a score column beside an outcome column, as =SCOREAUC and =LIFTTABLE take them.

import { shownNumber } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { outcomeHasHeader, usedHeight } from './columns';
import { parseOutcome } from './outcome';
import { readScoreCell } from './scoreCells';
import { toColumn, toGrid } from './sheetValues';

export interface ScoredOutcomes {
  scores: Float64Array;
  /** 1 for a lead that converted, else 0. */
  converted: Uint8Array;
}

/**
 * The scored leads: rows with an empty score (an empty lead row of =LEADSCORE) are left out. The first row is a
 * header when the score there is text or the outcome there is text that is not an outcome.
 */
export function parseScoredOutcomes(scores: unknown, outcome: unknown): ScoredOutcomes {
  toColumn(scores, 'scores');
  const outcomeCells = toColumn(outcome, 'outcome');
  const scoreGrid = toGrid(scores, 'scores');
  const height = usedHeight([
    { name: 'scores', grid: scoreGrid },
    { name: 'outcome', grid: toGrid(outcome, 'outcome') },
  ]);
  const firstScore = height > 0 ? readScoreCell(scoreGrid, 0, 0, 'Score') : undefined;
  const start = firstScore?.kind === 'header' || outcomeHasHeader(outcomeCells) ? 1 : 0;
  const picked: number[] = [];
  const won: number[] = [];
  for (let row = start; row < height; row++) {
    const cell = readScoreCell(scoreGrid, row, 0, 'Score');
    if (cell.kind === 'header') throw new InputError(`Score in row ${row + 1} is text, not a number.`);
    if (cell.kind === 'empty') continue;
    // Scores Sheets shows alike (0.1 + 0.2 and 0.3) are a tie.
    picked.push(shownNumber(cell.value));
    won.push(parseOutcome(outcomeCells[row], row + 1) ? 1 : 0);
  }
  if (picked.length === 0) throw new InputError('There are no scored leads: the scores are empty.');
  return { scores: Float64Array.from(picked), converted: Uint8Array.from(won) };
}
