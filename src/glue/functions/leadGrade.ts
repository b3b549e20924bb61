// =LEADGRADE(fit, engagement, [fit_cuts], [engagement_cuts]): grades like B2, cell by cell.

import { checkCuts, type GradeCuts, leadGrade, quintileCuts } from '../../core/leadGrade';
import { cellName, cellwiseInput, cellwiseOutput } from '../parse/cellwise';
import { isOmitted, readNumber, readNumberList } from '../parse/numbers';
import { isEmptyCell, type SheetGrid, type SheetValue } from '../parse/sheetValues';

export function LEADGRADE(
  fit: unknown,
  engagement: unknown,
  fit_cuts?: unknown,
  engagement_cuts?: unknown,
): SheetValue | SheetGrid {
  const input = cellwiseInput([
    ['fit', fit],
    ['engagement', engagement],
  ]);
  const [fitGrid, engagementGrid] = input.grids;
  const numbersOf = (grid: SheetGrid, label: string): (number | undefined)[][] =>
    grid.map((line, row) =>
      line.map((cell, column) =>
        (row === 0 && input.header) || isEmptyCell(cell)
          ? undefined
          : readNumber(cell, cellName(label, input, row, column)),
      ),
    );
  const fitScores = numbersOf(fitGrid, 'Fit');
  const engagementScores = numbersOf(engagementGrid, 'Engagement');
  const cutsFor = (
    argument: unknown,
    name: string,
    scores: (number | undefined)[][],
    what: string,
  ): GradeCuts =>
    isOmitted(argument)
      ? quintileCuts(
          scores.flat().filter((score): score is number => score !== undefined),
          what,
        )
      : checkCuts(readNumberList(argument, name), name);
  const fitCuts = cutsFor(fit_cuts, 'fit_cuts', fitScores, 'fit');
  const engagementCuts = cutsFor(engagement_cuts, 'engagement_cuts', engagementScores, 'engagement');
  return cellwiseOutput(input, 'Grade', (row, column) => {
    const fitScore = fitScores[row][column];
    const engagementScore = engagementScores[row][column];
    if (fitScore === undefined || engagementScore === undefined) return '';
    return leadGrade(fitScore, engagementScore, fitCuts, engagementCuts);
  });
}
