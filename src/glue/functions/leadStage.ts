// =LEADSTAGE(score, thresholds, [labels]): a lifecycle stage per score, cell by cell.

import { InputError } from '../../core/inputError';
import { leadStage, stageLabels } from '../../core/leadStage';
import { cellName, cellwiseInput, cellwiseOutput } from '../parse/cellwise';
import { isOmitted, readNumber, readNumberList } from '../parse/numbers';
import { isEmptyCell, type SheetGrid, type SheetValue } from '../parse/sheetValues';

export function LEADSTAGE(score: unknown, thresholds: unknown, labels?: unknown): SheetValue | SheetGrid {
  const input = cellwiseInput([['score', score]]);
  if (isOmitted(thresholds)) throw new InputError('Give the thresholds, e.g. {50, 80}.');
  const cuts = readNumberList(thresholds, 'thresholds');
  const names = stageLabels(cuts, isOmitted(labels) ? undefined : readLabels(labels));
  const [scores] = input.grids;
  return cellwiseOutput(input, 'Stage', (row, column) => {
    const cell = scores[row][column];
    if (isEmptyCell(cell)) return '';
    return leadStage(readNumber(cell, cellName('Score', input, row, column)), cuts, names);
  });
}

/** Labels from a range or an array literal, empty cells skipped. */
function readLabels(argument: unknown): string[] {
  const cells: unknown[] = Array.isArray(argument) ? (argument as unknown[]).flat() : [argument];
  return cells.filter((cell) => !isEmptyCell(cell)).map((cell) => String(cell).trim());
}
