// =SCOREDECAY(score, last_activity, [half_life_days], [as_of]): scores halved every half-life since the last activity.

import { InputError } from '../../core/inputError';
import { calendarDaysBetween, decayedScore } from '../../core/scoreDecay';
import {
  cellPlace,
  isLeftOut,
  isSingleCell,
  readScoreCell,
  sameShapeGrids,
  shownArgument,
} from '../parse/scoreCells';
import { isDate, isEmptyCell, quoteCell, sheetsErrorOf, type SheetValue, toGrid } from '../parse/sheetValues';
import { sheetNow, spreadsheetTimeZone } from '../sheets/timeZone';
import type { FunctionHelp } from '../functionHelp';

function parseHalfLife(argument: unknown): number {
  if (isLeftOut(argument)) return 30;
  const grid = toGrid(argument, 'half_life_days');
  const value = grid[0][0];
  if (
    grid.length !== 1 ||
    grid[0].length !== 1 ||
    typeof value !== 'number' ||
    !(value > 0) ||
    !Number.isFinite(value)
  ) {
    throw new InputError(
      `half_life_days must be a number of days above 0, such as 30; it is ${shownArgument(grid)}.`,
    );
  }
  return value;
}

function parseAsOf(argument: unknown): Date {
  // Today, when left out: Sheets recalculates custom functions only when their arguments change, hence TODAY().
  // Today on the spreadsheet's clock, like the dates Sheets hands in (see sheets/timeZone).
  if (isLeftOut(argument)) return sheetNow(spreadsheetTimeZone());
  const grid = toGrid(argument, 'as_of');
  const value = grid[0][0];
  if (grid.length !== 1 || grid[0].length !== 1 || !isDate(value)) {
    throw new InputError(`as_of must be one date, such as TODAY(); it is ${shownArgument(grid)}.`);
  }
  return value;
}

export const help: FunctionHelp = {
  summary: 'Cools down scores of inactive leads: score × 0.5^(days since last activity ÷ half-life).',
  params: [
    {
      name: 'score',
      example: 'G1:G',
      help: 'Scores: one value or a range (text in its first row is a header and gives "Decayed score").',
    },
    {
      name: 'last_activity',
      example: 'E1:E',
      help: 'The date of each lead’s last activity, the same shape as score. An empty date leaves the score as it is.',
    },
    {
      name: 'half_life_days',
      example: '30',
      help: 'Days after which a score is halved (default 30).',
      optional: true,
    },
    {
      name: 'as_of',
      example: 'TODAY()',
      help: 'The day to decay to. Pass TODAY() so the scores are recalculated every day.',
      optional: true,
    },
  ],
  returns: 'The decayed scores, the same shape as score; an activity dated in the future means no decay.',
};

export function SCOREDECAY(
  score: unknown,
  last_activity: unknown,
  half_life_days?: unknown,
  as_of?: unknown,
): SheetValue | SheetValue[][] {
  const [scoreGrid, activityGrid] = sameShapeGrids([
    { name: 'score', value: score },
    { name: 'last_activity', value: last_activity },
  ]);
  const halfLife = parseHalfLife(half_life_days);
  const asOf = parseAsOf(as_of);
  const out = scoreGrid.map((row, r) =>
    row.map((_, c): SheetValue => {
      const cell = readScoreCell(scoreGrid, r, c, 'Score');
      if (cell.kind === 'header') return 'Decayed score';
      if (cell.kind === 'empty') return '';
      const activity = activityGrid[r][c];
      if (isEmptyCell(activity)) return cell.value;
      if (!isDate(activity)) {
        const error = sheetsErrorOf(activity);
        throw new InputError(
          error
            ? `Last activity in ${cellPlace(activityGrid, r, c)} is the error ${error}: fix that cell first.`
            : `Last activity in ${cellPlace(activityGrid, r, c)} is ${quoteCell(activity)}, not a date: give a date, or leave the cell empty for no decay.`,
        );
      }
      return decayedScore(cell.value, calendarDaysBetween(activity, asOf), halfLife);
    }),
  );
  return isSingleCell(score) ? out[0][0] : out;
}
