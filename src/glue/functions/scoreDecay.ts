// =SCOREDECAY(score, last_activity, [half_life_days], [as_of], [header]): scores halved every half-life since the last activity.

import { InputError } from '../../core/inputError';
import { calendarDay, decayedScore } from '../../core/scoreDecay';
import { dateArgument, headerArgument, numberArgument } from '../parse/arguments';
import { cellPlace, isSingleCell, readScoreCell, sameShapeGrids } from '../parse/scoreCells';
import { isBlank } from '../../core/cellValue';
import { isDate, quoteCell, sheetsErrorOf, type SheetValue } from '../parse/sheetValues';
import { sheetNow, spreadsheetTimeZone } from '../sheets/timeZone';
import { resultText } from '../format/resultText';
import type { FunctionHelp } from '../functionHelp';

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
      help: 'The day to decay to: a date, a date serial or a text date yyyy-mm-dd. Pass TODAY() so the scores are recalculated every day.',
      optional: true,
    },
    {
      name: 'header',
      example: '"Decayed score"',
      help: 'The text of the header cell, e.g. in the sheet’s language (default "Decayed score").',
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
  header?: unknown,
): SheetValue | SheetValue[][] {
  const [scoreGrid, activityGrid] = sameShapeGrids([
    { name: 'score', value: score },
    { name: 'last_activity', value: last_activity },
  ]);
  const halfLife = numberArgument(half_life_days, 'half_life_days', {
    fallback: 30,
    above: 0,
    atMost: 1_000_000,
    unit: 'days',
  });
  // Dates arrive on the spreadsheet's clock (see sheets/timeZone): their calendar day is the one Sheets shows.
  const dayOf = (date: Date) => calendarDay(date);
  // Today, when left out: Sheets recalculates custom functions only when their arguments change, hence TODAY().
  const asOf = dateArgument(as_of, 'as_of', dayOf) ?? dayOf(sheetNow(spreadsheetTimeZone()));
  const headerText = resultText(headerArgument(header, 'Decayed score'));
  const out = scoreGrid.map((row, r) =>
    row.map((_, c): SheetValue => {
      const cell = readScoreCell(scoreGrid, r, c, 'Score');
      if (cell.kind === 'header') return headerText;
      if (cell.kind === 'empty') return '';
      const activity = activityGrid[r][c];
      if (isBlank(activity)) return cell.value;
      if (!isDate(activity)) {
        const error = sheetsErrorOf(activity);
        throw new InputError(
          error
            ? `Last activity in ${cellPlace(activityGrid, r, c)} is the error ${error}: fix that cell first.`
            : `Last activity in ${cellPlace(activityGrid, r, c)} is ${quoteCell(activity)}, not a date: give a date, or leave the cell empty for no decay.`,
        );
      }
      return decayedScore(cell.value, asOf - dayOf(activity), halfLife);
    }),
  );
  return isSingleCell(score) ? out[0][0] : out;
}
