// The second and third steps' endpoints: close rates per value of each attribute, and the points they suggest.

import { columnQuality, type ColumnQuality, withoutValues } from '../../core/dataQuality';
import type { PointsMethod } from '../../core/points';
import type { Dimension, PointsRule, Settings } from '../../core/settings';
import { type SuggestedPoints, suggestPoints } from '../../core/suggestPoints';
import { parseOutcomes } from '../parse/outcome';
import { columnCells, columnIndex, readLeads } from './leadsData';

/** Values seen in fewer leads are flagged and get 0 points: too few to trust their close rate. */
export const minLeads = 10;

/** A value's row of =SUGGESTPOINTS, and whether it was seen in too few leads to earn points. */
export interface ValueAnalysis extends Omit<SuggestedPoints, 'attribute'> {
  tooFewLeads: boolean;
}

export interface AttributeAnalysis extends ColumnQuality {
  header: string;
  dimension: Dimension;
  values: ValueAnalysis[];
}

export interface Analysis {
  leads: number;
  conversions: number;
  overallRate: number;
  minLeads: number;
  attributes: AttributeAnalysis[];
  /** Date attributes, not scored by value. */
  skipped: string[];
}

export interface AnalyseOptions {
  method?: PointsMethod;
  /** Values (e.g. placeholders such as `Select`) to treat as empty cells. */
  treatAsEmpty?: string[];
}

/** Close rates, intervals and points per value of each attribute, by the core's suggestPoints. */
export function analyse(settings: Settings, options: AnalyseOptions = {}): Analysis {
  const data = readLeads(settings);
  const outcome = columnCells(data, columnIndex(data, settings.outcome, 'outcome', settings.sheetName));
  // Rows counted from the header row (row 1 of the range), so errors name the sheet row.
  const converted = parseOutcomes(outcome, settings.headerRow + 1);
  const raw = settings.attributes.map((a) =>
    columnCells(data, columnIndex(data, a.header, 'attribute', settings.sheetName)),
  );
  const cleaned = raw.map((cells) => withoutValues(cells, options.treatAsEmpty ?? []));
  const result = suggestPoints(
    settings.attributes.map((a, i) => ({ name: a.header, cells: cleaned[i] })),
    converted,
    { method: options.method ?? settings.pointsMethod, minLeads },
  );
  let conversions = 0;
  for (const c of converted) conversions += c;
  return {
    leads: converted.length,
    conversions,
    overallRate: result.overallRate,
    minLeads,
    skipped: result.skipped,
    attributes: settings.attributes
      .filter((a) => !result.skipped.includes(a.header))
      .map((a) => ({
        header: a.header,
        dimension: a.dimension,
        ...columnQuality(raw[settings.attributes.indexOf(a)]),
        values: result.rows
          .filter((r) => r.attribute === a.header)
          .map(({ value, leads, conversions, closeRate, lift, low, high, points }) => ({
            value,
            leads,
            conversions,
            closeRate,
            lift: Number.isFinite(lift) ? lift : 0,
            low,
            high,
            points,
            tooFewLeads: leads < minLeads,
          })),
      })),
  };
}

/** The suggested rules: one per value that earns points, with its attribute's dimension. */
export function suggest(settings: Settings, method: PointsMethod, treatAsEmpty: string[] = []): PointsRule[] {
  const analysis = analyse(settings, { method, treatAsEmpty });
  return analysis.attributes.flatMap((a) =>
    a.values
      .filter((v) => v.points !== 0)
      .map((v) => ({ attribute: a.header, value: v.value, points: v.points, dimension: a.dimension })),
  );
}
