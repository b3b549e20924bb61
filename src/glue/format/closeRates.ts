// Lays out close-rate results as the rows Sheets shows.

import { numberInText } from '../../core/cellValue';
import type { ValueCloseRate } from '../../core/closeRates';
import type { SuggestedPoints } from '../../core/suggestPoints';
import type { SheetValue } from '../parse/sheetValues';
import { resultText } from './resultText';

/** A ratio that has no value (no lead converted) shows as an empty cell, never as a wrong number. */
const ratioCell = (x: number): number | '' => (Number.isFinite(x) ? x : '');

/** =CLOSERATE's table: a header row, then one row per value; numbers stay numbers. */
export function closeRateRows(header: string, table: readonly ValueCloseRate[]): SheetValue[][] {
  return [
    [resultText(header), 'Leads', 'Conversions', 'Close rate', 'Lift'],
    ...table.map((row) => [
      numberInText(row.value) ?? resultText(row.value),
      row.leads,
      row.conversions,
      row.closeRate,
      ratioCell(row.lift),
    ]),
  ];
}

/** =SUGGESTPOINTS' table: its first three columns are a scoring model. */
export function suggestedPointsRows(rows: readonly SuggestedPoints[]): SheetValue[][] {
  return [
    ['Attribute', 'Value', 'Points', 'Leads', 'Conversions', 'Close rate', 'Lift', 'Low', 'High'],
    ...rows.map((r) => [
      resultText(r.attribute),
      resultText(r.value),
      r.points,
      r.leads,
      r.conversions,
      r.closeRate,
      ratioCell(r.lift),
      r.low,
      r.high,
    ]),
  ];
}
