// The second and third steps' endpoints: close rates per value of each attribute, and the points they suggest.

import { columnQuality, type ColumnQuality, withoutValues } from '../../core/dataQuality';
import type { CellValue } from '../../core/cellValue';
import { type JointPoints, jointPoints } from '../../core/jointPoints';
import type { SuggestMethod } from '../../core/points';
import type { Dimension, PointsRule, Settings } from '../../core/settings';
import { type SuggestedPoints, suggestPoints, type SuggestPointsResult } from '../../core/suggestPoints';
import { otherValue } from '../../core/modelTable';
import { parseOutcomes } from '../parse/outcome';
import { columnCells, columnIndex, readLeads } from './leadsData';

/** Values seen in fewer leads are flagged and get 0 points: too few to trust their close rate. */
export const minLeads = 10;

/** A value's row of =SUGGESTPOINTS, and whether it was seen in too few leads to earn points. */
export interface ValueAnalysis extends Omit<SuggestedPoints, 'attribute'> {
  tooFewLeads: boolean;
  /** A numeric bin's place in value order, from 1 for the lowest numbers; absent for other values. */
  bin?: number;
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
  /** With joint points: the odds of converting are multiplied by this for every 10 points of score. */
  oddsPer10Points?: number;
}

export interface AnalyseOptions {
  method?: SuggestMethod;
  /** Values (e.g. placeholders such as `Select`) to treat as empty cells. */
  treatAsEmpty?: string[];
}

/** The points of every value by the chosen method: joint points, or each value's close rate alone. */
export function suggestionOf(
  columns: readonly { name: string; cells: readonly CellValue[] }[],
  converted: Uint8Array,
  method: SuggestMethod,
): { result: SuggestPointsResult; joint?: JointPoints } {
  if (method === 'joint') {
    const joint = jointPoints(columns, converted, { minLeads });
    return { result: joint, joint };
  }
  return { result: suggestPoints(columns, converted, { method, minLeads }) };
}

/**
 * The rows that become rules: the values that earn points. Where an `(other)` row earns points, the attribute's
 * 0-point values keep their rules, or `(other)` would match them too.
 */
export function rowsThatCount<R extends { attribute: string; value: string; points: number }>(
  rows: readonly R[],
): R[] {
  const otherEarns = new Set(
    rows.filter((r) => r.value === otherValue && r.points !== 0).map((r) => r.attribute),
  );
  return rows.filter((r) => r.points !== 0 || otherEarns.has(r.attribute));
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
  const columns = settings.attributes.map((a, i) => ({ name: a.header, cells: cleaned[i] }));
  const { result, joint } = suggestionOf(columns, converted, options.method ?? settings.pointsMethod);
  let conversions = 0;
  for (const c of converted) conversions += c;
  return {
    leads: converted.length,
    conversions,
    overallRate: result.overallRate,
    minLeads,
    skipped: result.skipped,
    ...(joint ? { oddsPer10Points: Math.exp(10 * joint.logOddsPerPoint) } : {}),
    attributes: settings.attributes
      .filter((a) => !result.skipped.includes(a.header))
      .map((a) => ({
        header: a.header,
        dimension: a.dimension,
        ...columnQuality(raw[settings.attributes.indexOf(a)]),
        values: inValueOrder(
          result.rows
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
              tooFewLeads: leads < minLeads && value !== otherValue,
            })),
        ),
      })),
  };
}

/** The lower end of a numeric bin's criterion (`<4` → −∞, `>=2.1 <4` → 2.1, `>=10` → 10); undefined for other values. */
function binStart(value: string): number | undefined {
  if (/^<-?\d/.test(value)) return -Infinity;
  const match = /^>=(-?[\d.]+(?:e[-+]?\d+)?)(\s|$)/i.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** Numeric bins first, lowest numbers first and numbered from 1; the other values after them, as they came. */
function inValueOrder(values: ValueAnalysis[]): ValueAnalysis[] {
  const bins = values
    .map((v) => ({ v, start: binStart(v.value) }))
    .filter((b): b is { v: ValueAnalysis; start: number } => b.start !== undefined)
    .sort((a, b) => a.start - b.start);
  if (bins.length < 2) return values;
  const rest = values.filter((v) => binStart(v.value) === undefined);
  return [...bins.map((b, i) => ({ ...b.v, bin: i + 1 })), ...rest];
}

/**
 * The suggested rules: one per value that earns points, with its attribute's dimension. Where an `(other)` rule
 * earns points, the attribute's 0-point values keep their rules, or `(other)` would match them too.
 */
export function suggest(
  settings: Settings,
  method: SuggestMethod,
  treatAsEmpty: string[] = [],
): PointsRule[] {
  const analysis = analyse(settings, { method, treatAsEmpty });
  return analysis.attributes.flatMap((a) =>
    rowsThatCount(a.values.map((v) => ({ ...v, attribute: a.header }))).map((v) => ({
      attribute: a.header,
      value: v.value,
      points: v.points,
      dimension: a.dimension,
    })),
  );
}
