// =LIFTTABLE(scores, outcome, [bands]): score bands of equal lead counts with their close rates and lift.

import { InputError } from '../../core/inputError';
import { liftTable } from '../../core/liftTable';
import { parseScoredOutcomes } from '../parse/scoredOutcomes';
import { isLeftOut, shownArgument } from '../parse/scoreCells';
import { type SheetValue, toGrid } from '../parse/sheetValues';

function parseBands(argument: unknown): number {
  if (isLeftOut(argument)) return 10;
  const grid = toGrid(argument, 'bands');
  const value = grid[0][0];
  if (
    grid.length !== 1 ||
    grid[0].length !== 1 ||
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1
  ) {
    throw new InputError(
      `bands must be a whole number of 1 or more, such as 10; it is ${shownArgument(grid)}.`,
    );
  }
  return value;
}

export function LIFTTABLE(scores: unknown, outcome: unknown, bands?: unknown): SheetValue[][] {
  const count = parseBands(bands);
  const parsed = parseScoredOutcomes(scores, outcome);
  return [
    ['Band', 'From', 'To', 'Leads', 'Conversions', 'Close rate', 'Lift', 'Conversions captured'],
    ...liftTable(parsed.scores, parsed.converted, count).map((b) => [
      b.band,
      b.from,
      b.to,
      b.leads,
      b.conversions,
      b.closeRate,
      b.lift,
      b.captured,
    ]),
  ];
}
