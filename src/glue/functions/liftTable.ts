// =LIFTTABLE(scores, outcome, [bands]): score bands of equal lead counts with their close rates and lift.

import { type LiftBand, liftTable } from '../../core/liftTable';
import { parseScoredOutcomes } from '../parse/scoredOutcomes';
import { countArgument } from '../parse/scoreCells';
import type { SheetValue } from '../parse/sheetValues';

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

/** The band's mean predicted probability, beside its close rate. */
const predictedColumn: LiftColumn = { header: 'Predicted', value: (b) => b.meanScore };

export function LIFTTABLE(scores: unknown, outcome: unknown, bands?: unknown): SheetValue[][] {
  const count = countArgument(bands, 'bands', 10);
  const parsed = parseScoredOutcomes(scores, outcome);
  const table = liftTable(parsed.scores, parsed.converted, count);
  // Probabilities (every score from 0 to 1, as =LEADPROBABILITY gives) get a calibration check: does 30% mean 30%?
  const probabilities = Array.prototype.every.call(parsed.scores, (s: number) => s >= 0 && s <= 1);
  const columns = probabilities ? [...liftColumns, predictedColumn] : liftColumns;
  return [columns.map((c) => c.header), ...table.map((band) => columns.map((c) => c.value(band)))];
}
