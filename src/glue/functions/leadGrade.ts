// =LEADGRADE(fit, engagement, [fit_cuts], [engagement_cuts], [header]): the grade A1 to E5 of each lead.

import { everyScoreTies, type GradeCuts, gradeCuts, gradeOf, quintileCuts } from '../../core/leadGrade';
import { headerArgument, isLeftOut, numberListArgument } from '../parse/arguments';
import { isSingleCell, readScoreCell, sameShapeGrids, type ScoreCell } from '../parse/scoreCells';
import type { SheetGrid, SheetValue } from '../parse/sheetValues';
import { resultText } from '../format/resultText';
import type { FunctionHelp } from '../functionHelp';

function readAll(grid: SheetGrid, label: string): ScoreCell[][] {
  return grid.map((row, r) => row.map((_, c) => readScoreCell(grid, r, c, label)));
}

/** The cuts given, or quintiles of the scores; `ties` when quintiles had nothing to tell apart. */
function cutsOf(
  argument: unknown,
  cells: ScoreCell[][],
  name: 'fit' | 'engagement',
): { cuts: GradeCuts; ties: boolean } {
  if (!isLeftOut(argument))
    return { cuts: gradeCuts(numberListArgument(argument, `${name}_cuts`), name), ties: false };
  const scores = cells.flat().flatMap((cell) => (cell.kind === 'number' ? [cell.value] : []));
  return { cuts: quintileCuts(scores, name), ties: everyScoreTies(scores) };
}

/** The header; when every score of an axis ties, it says so, since every lead then has that axis' lowest grade. */
function gradeHeader(named: string, fitTies: boolean, engagementTies: boolean): string {
  const tied = [fitTies ? 'fit' : '', engagementTies ? 'engagement' : ''].filter((t) => t !== '');
  return tied.length === 0 ? named : `${named} (every lead ties on ${tied.join(' and ')})`;
}

export const help: FunctionHelp = {
  summary:
    'The lead grade: a letter for fit (A best to E) and a digit for engagement (1 most engaged to 5), e.g. B2.',
  params: [
    {
      name: 'fit',
      example: 'G1:G',
      help: 'Fit scores: one value or a range (text in its first row is a header and gives "Grade").',
    },
    { name: 'engagement', example: 'H1:H', help: 'Engagement scores, the same shape as fit.' },
    {
      name: 'fit_cuts',
      example: 'K1:N1',
      help: 'The lowest fit score of grades D, C, B and A, e.g. {20, 40, 60, 80}. Leave out to use quintiles of fit (A = top 20%).',
      optional: true,
    },
    {
      name: 'engagement_cuts',
      example: 'K2:N2',
      help: 'The lowest engagement score of 4, 3, 2 and 1, e.g. {5, 10, 20, 40}. Leave out to use quintiles of engagement.',
      optional: true,
    },
    {
      name: 'header',
      example: '"Grade"',
      help: 'The text of the header cell, e.g. in the sheet’s language (default "Grade").',
      optional: true,
    },
  ],
  returns: 'One grade per lead, e.g. A1 or C4, the same shape as fit; an empty score gives an empty cell.',
  examples: [{ args: [80, 30, [[20, 40, 60, 80]], [[5, 10, 20, 40]]], result: 'A2' }],
};

export function LEADGRADE(
  fit: unknown,
  engagement: unknown,
  fit_cuts?: unknown,
  engagement_cuts?: unknown,
  header?: unknown,
): SheetValue | SheetValue[][] {
  const [fitGrid, engagementGrid] = sameShapeGrids([
    { name: 'fit', value: fit },
    { name: 'engagement', value: engagement },
  ]);
  const fitCells = readAll(fitGrid, 'Fit');
  const engagementCells = readAll(engagementGrid, 'Engagement');
  const fitCuts = cutsOf(fit_cuts, fitCells, 'fit');
  const engagementCuts = cutsOf(engagement_cuts, engagementCells, 'engagement');
  const headerText = resultText(
    gradeHeader(headerArgument(header, 'Grade'), fitCuts.ties, engagementCuts.ties),
  );
  const out = fitCells.map((row, r) =>
    row.map((f, c): SheetValue => {
      const e = engagementCells[r][c];
      if (f.kind === 'header' || e.kind === 'header') return headerText;
      if (f.kind !== 'number' || e.kind !== 'number') return '';
      return gradeOf(f.value, e.value, fitCuts.cuts, engagementCuts.cuts);
    }),
  );
  return isSingleCell(fit) ? out[0][0] : out;
}
