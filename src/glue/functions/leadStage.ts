// =LEADSTAGE(score, thresholds, [labels], [header]): the stage of each score, e.g. Discard, Nurture or Sales-ready.

import { stageLabels, stageOf } from '../../core/leadStage';
import { headerArgument, isLeftOut, numberListArgument, textListArgument } from '../parse/arguments';
import { isSingleCell, readScoreCell } from '../parse/scoreCells';
import { type SheetValue, toGrid } from '../parse/sheetValues';
import { resultText } from '../format/resultText';
import type { FunctionHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary: 'The stage of each score, e.g. Discard, Nurture or Sales-ready, from ascending thresholds.',
  params: [
    {
      name: 'score',
      example: 'G1:G',
      help: 'Scores: one value or a range (text in its first row is a header and gives "Stage").',
    },
    {
      name: 'thresholds',
      example: 'K1:L1',
      help: 'Ascending scores where each stage above the first starts, e.g. {30, 60}; a score equal to a threshold is in the higher stage.',
    },
    {
      name: 'labels',
      example: 'K2:N2',
      help: 'One more label than thresholds, lowest stage first, e.g. {"Cold", "Nurture", "MQL", "SQL"}. Defaults: Not qualified/Qualified for 1 threshold, Discard/Nurture/Sales-ready for 2.',
      optional: true,
    },
    {
      name: 'header',
      example: '"Stage"',
      help: 'The text of the header cell, e.g. in the sheet’s language (default "Stage").',
      optional: true,
    },
  ],
  returns: 'One stage per score, the same shape as score.',
  examples: [{ args: [[[10], [45], [70]], [[30, 60]]], result: [['Discard'], ['Nurture'], ['Sales-ready']] }],
};

export function LEADSTAGE(
  score: unknown,
  thresholds: unknown,
  labels?: unknown,
  header?: unknown,
): SheetValue | SheetValue[][] {
  const grid = toGrid(score, 'score');
  const cuts = numberListArgument(thresholds, 'thresholds');
  const names = stageLabels(cuts, isLeftOut(labels) ? undefined : textListArgument(labels, 'labels'));
  const headerText = resultText(headerArgument(header, 'Stage'));
  const out = grid.map((row, r) =>
    row.map((_, c): SheetValue => {
      const cell = readScoreCell(grid, r, c, 'Score');
      if (cell.kind === 'header') return headerText;
      return cell.kind === 'number' ? resultText(stageOf(cell.value, cuts, names)) : '';
    }),
  );
  return isSingleCell(score) ? out[0][0] : out;
}
