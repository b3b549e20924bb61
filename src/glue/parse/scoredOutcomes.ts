// Reads a score column and an outcome column side by side, for the report-card functions (AUC, lift table).

import { InputError } from '../../core/inputError';
import { outcomeHasHeader, usedHeight } from './columns';
import { isNumberCell, readNumber } from './numbers';
import { parseOutcome } from './outcome';
import { isEmptyCell, toColumn } from './sheetValues';

export interface ScoredOutcomes {
  scores: Float64Array;
  /** 1 for a lead that converted, 0 otherwise. */
  converted: Uint8Array;
}

/**
 * The leads that have a score, with their outcomes. A first row of text is a header; rows whose score is empty are
 * not scored leads and are left out.
 */
export function readScoredOutcomes(scoresArgument: unknown, outcomeArgument: unknown): ScoredOutcomes {
  const scoreCells = toColumn(scoresArgument, 'scores');
  const outcomeCells = toColumn(outcomeArgument, 'outcome');
  const height = usedHeight([
    { name: 'scores', grid: scoreCells.map((cell) => [cell]) },
    { name: 'outcome', grid: outcomeCells.map((cell) => [cell]) },
  ]);
  const first = scoreCells[0];
  const scoreHeader = typeof first === 'string' && !isEmptyCell(first) && !isNumberCell(first);
  const start = scoreHeader || outcomeHasHeader(outcomeCells) ? 1 : 0;
  const scores: number[] = [];
  const converted: number[] = [];
  for (let i = start; i < height; i++) {
    if (isEmptyCell(scoreCells[i])) continue;
    scores.push(readNumber(scoreCells[i], `Score in row ${i + 1}`));
    converted.push(parseOutcome(outcomeCells[i], i + 1) ? 1 : 0);
  }
  if (scores.length === 0) throw new InputError('There are no scores: the scores range is empty.');
  return { scores: Float64Array.from(scores), converted: Uint8Array.from(converted) };
}
