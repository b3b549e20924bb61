// =LEADGRADE(fit, engagement, [fit_cuts], [engagement_cuts]): the grade A1 to E5 of each lead.

import { type GradeCuts, gradeCuts, gradeOf, quintileCuts } from '../../core/leadGrade';
import {
  isLeftOut,
  isSingleCell,
  numberList,
  readScoreCell,
  sameShapeGrids,
  type ScoreCell,
} from '../parse/scoreCells';
import type { SheetGrid, SheetValue } from '../parse/sheetValues';

function readAll(grid: SheetGrid, label: string): ScoreCell[][] {
  return grid.map((row, r) => row.map((_, c) => readScoreCell(grid, r, c, label)));
}

function cutsOf(argument: unknown, cells: ScoreCell[][], name: 'fit' | 'engagement'): GradeCuts {
  if (!isLeftOut(argument)) return gradeCuts(numberList(argument, `${name} cuts`), name);
  const scores = cells.flat().flatMap((cell) => (cell.kind === 'number' ? [cell.value] : []));
  return quintileCuts(scores, name);
}

export function LEADGRADE(
  fit: unknown,
  engagement: unknown,
  fit_cuts?: unknown,
  engagement_cuts?: unknown,
): SheetValue | SheetValue[][] {
  const [fitGrid, engagementGrid] = sameShapeGrids([
    { name: 'fit', value: fit },
    { name: 'engagement', value: engagement },
  ]);
  const fitCells = readAll(fitGrid, 'Fit');
  const engagementCells = readAll(engagementGrid, 'Engagement');
  const fitCutsUsed = cutsOf(fit_cuts, fitCells, 'fit');
  const engagementCutsUsed = cutsOf(engagement_cuts, engagementCells, 'engagement');
  const out = fitCells.map((row, r) =>
    row.map((f, c): SheetValue => {
      const e = engagementCells[r][c];
      if (f.kind === 'header' || e.kind === 'header') return 'Grade';
      if (f.kind !== 'number' || e.kind !== 'number') return '';
      return gradeOf(f.value, e.value, fitCutsUsed, engagementCutsUsed);
    }),
  );
  return isSingleCell(fit) ? out[0][0] : out;
}
