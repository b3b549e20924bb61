// =LIFTTABLE(scores, outcome, [bands]): score bands of equal lead counts with their close rates and lift.

import { InputError } from '../../core/inputError';
import { type LiftBand, liftTable } from '../../core/liftTable';
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

/** One column of the table: a further column (a band's mean predicted probability, say) is one more entry. */
interface LiftColumn {
  header: string;
  value: (band: LiftBand) => number;
}

const liftColumns: readonly LiftColumn[] = [
  { header: 'Band', value: (b) => b.band },
  { header: 'From', value: (b) => b.from },
  { header: 'To', value: (b) => b.to },
  { header: 'Leads', value: (b) => b.leads },
  { header: 'Conversions', value: (b) => b.conversions },
  { header: 'Close rate', value: (b) => b.closeRate },
  { header: 'Lift', value: (b) => b.lift },
  { header: 'Conversions captured', value: (b) => b.captured },
];

export function LIFTTABLE(scores: unknown, outcome: unknown, bands?: unknown): SheetValue[][] {
  const count = parseBands(bands);
  const parsed = parseScoredOutcomes(scores, outcome);
  const table = liftTable(parsed.scores, parsed.converted, count);
  return [liftColumns.map((c) => c.header), ...table.map((band) => liftColumns.map((c) => c.value(band)))];
}
