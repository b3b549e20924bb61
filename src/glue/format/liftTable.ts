// The lift table as Sheets shows it: one header row, then one row per band.

import type { LiftBand } from '../../core/liftTable';
import type { SheetGrid } from '../parse/sheetValues';

/** One column of the table; a further column (a band's mean predicted probability, say) is one more entry. */
export interface LiftColumn {
  header: string;
  value: (band: LiftBand) => number;
}

export const liftColumns: readonly LiftColumn[] = [
  { header: 'Band', value: (band) => band.band },
  { header: 'From', value: (band) => band.from },
  { header: 'To', value: (band) => band.to },
  { header: 'Leads', value: (band) => band.leads },
  { header: 'Conversions', value: (band) => band.conversions },
  { header: 'Close rate', value: (band) => band.closeRate },
  { header: 'Lift', value: (band) => band.lift },
  { header: 'Conversions captured', value: (band) => band.captured },
];

export function formatLiftTable(
  bands: readonly LiftBand[],
  columns: readonly LiftColumn[] = liftColumns,
): SheetGrid {
  return [
    columns.map((column) => column.header),
    ...bands.map((band) => columns.map((column) => column.value(band))),
  ];
}
