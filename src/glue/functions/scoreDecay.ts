// =SCOREDECAY(score, last_activity, [half_life_days], [as_of]): scores cooled by time since the last activity.

import { calendarDaysBetween, checkHalfLife, decayScore } from '../../core/scoreDecay';
import { cellName, cellwiseInput, cellwiseOutput } from '../parse/cellwise';
import { isOmitted, readDate, readNumber } from '../parse/numbers';
import { isEmptyCell, type SheetGrid, type SheetValue } from '../parse/sheetValues';
import { spreadsheetTimeZone } from '../sheets/timeZone';

export function SCOREDECAY(
  score: unknown,
  last_activity: unknown,
  half_life_days?: unknown,
  as_of?: unknown,
): SheetValue | SheetGrid {
  const input = cellwiseInput([
    ['score', score],
    ['last_activity', last_activity],
  ]);
  const halfLife = isOmitted(half_life_days)
    ? 30
    : readNumber(half_life_days as SheetValue, 'The half_life_days');
  checkHalfLife(halfLife);
  const asOf = isOmitted(as_of) ? new Date() : readDate(as_of as SheetValue, 'The as_of date');
  const timeZone = spreadsheetTimeZone();
  const [scores, activities] = input.grids;
  return cellwiseOutput(input, 'Score', (row, column) => {
    const cell = scores[row][column];
    if (isEmptyCell(cell)) return '';
    const value = readNumber(cell, cellName('Score', input, row, column));
    const activity = activities[row][column];
    if (isEmptyCell(activity)) return value;
    const lastActivity = readDate(activity, cellName('Last activity', input, row, column));
    return decayScore(value, calendarDaysBetween(lastActivity, asOf, timeZone), halfLife);
  });
}
