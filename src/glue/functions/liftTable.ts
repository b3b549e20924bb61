// =LIFTTABLE(scores, outcome, [bands]): score bands of equal lead counts with their close rates and lift.

import { type LiftBand, liftTable } from '../../core/liftTable';
import { countArgument } from '../parse/arguments';
import { parseScoredOutcomes } from '../parse/scoredOutcomes';
import type { SheetValue } from '../parse/sheetValues';
import { type FunctionHelp, outcomeHelp } from '../functionHelp';

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

export const help: FunctionHelp = {
  summary:
    'How well scores separate buyers: score bands of equal lead counts, from the top, with close rate, lift and the share of conversions captured.',
  params: [
    {
      name: 'scores',
      example: 'G1:G',
      help: 'The scores, e.g. =LEADSCORE output. Empty cells are left out.',
    },
    { name: 'outcome', example: 'H1:H', help: outcomeHelp },
    {
      name: 'bands',
      example: '10',
      help: 'How many bands (default 10). Tied scores are never split, so there may be fewer.',
      optional: true,
    },
  ],
  returns:
    'Band | From | To | Leads | Conversions | Close rate | Lift | Conversions captured, band 1 the top scores.',
  examples: [
    {
      args: [[[90], [80], [70], [60], [50], [40]], [[true], [true], [false], [true], [false], [false]], 2],
      result: [
        ['Band', 'From', 'To', 'Leads', 'Conversions', 'Close rate', 'Lift', 'Conversions captured'],
        [1, 70, 90, 3, 2, 2 / 3, 4 / 3, 2 / 3],
        [2, 40, 60, 3, 1, 1 / 3, 2 / 3, 1],
      ],
    },
  ],
};

export function LIFTTABLE(scores: unknown, outcome: unknown, bands?: unknown): SheetValue[][] {
  const count = countArgument(bands, 'bands', { fallback: 10 });
  const parsed = parseScoredOutcomes(scores, outcome);
  const table = liftTable(parsed.scores, parsed.converted, count);
  // Probabilities (every score from 0 to 1 and some between, as =LEADPROBABILITY gives) get a calibration check:
  // does 30% mean 30%? Points of 0 and 1, or all 0, are no probabilities.
  const given = Array.from(parsed.scores);
  const probabilities = given.every((s) => s >= 0 && s <= 1) && given.some((s) => s > 0 && s < 1);
  const columns = probabilities ? [...liftColumns, predictedColumn] : liftColumns;
  return [columns.map((c) => c.header), ...table.map((band) => columns.map((c) => c.value(band)))];
}
