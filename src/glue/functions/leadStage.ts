// =LEADSTAGE(score, thresholds, [labels]): the stage of each score, e.g. Discard, Nurture or Sales-ready.

import { stageLabels, stageOf } from '../../core/leadStage';
import { isLeftOut, isSingleCell, numberList, readScoreCell, textList } from '../parse/scoreCells';
import { type SheetValue, toGrid } from '../parse/sheetValues';

export function LEADSTAGE(
  score: unknown,
  thresholds: unknown,
  labels?: unknown,
): SheetValue | SheetValue[][] {
  const grid = toGrid(score, 'score');
  const cuts = numberList(thresholds, 'thresholds');
  const names = stageLabels(cuts, isLeftOut(labels) ? undefined : textList(labels, 'labels'));
  const out = grid.map((row, r) =>
    row.map((_, c): SheetValue => {
      const cell = readScoreCell(grid, r, c, 'Score');
      if (cell.kind === 'header') return 'Stage';
      return cell.kind === 'number' ? stageOf(cell.value, cuts, names) : '';
    }),
  );
  return isSingleCell(score) ? out[0][0] : out;
}
