// Suggests points for every value of every attribute from the leads' outcomes: a scoring model ready to use.

import { type AttributeKind, attributeKind, attributeKindOfGroups } from './attributeKind';
import { type CellValue, cellNumber } from './cellValue';
import { countByCode } from './closeRates';
import { describeCriterion, textCriterion } from './criteria';
import { InputError } from './inputError';
import { binCriteria, binOf, quantileCutsOf } from './numericBins';
import { differencePoints, oddsPoints, type PointsMethod, ratioPoints } from './points';
import { priorStrength, shrunkRate } from './shrinkage';
import { blankLabel, groupValues, type LeadColumn, type ValueGroups } from './valueGroups';
import { wilsonInterval } from './wilson';

export interface Attribute extends LeadColumn {
  /** The column's header. */
  readonly name: string;
}

export interface SuggestPointsOptions {
  method?: PointsMethod;
  /** Values seen in fewer leads get 0 points (default 10). */
  minLeads?: number;
  /** At most this many bins per numeric attribute (default 5). */
  maxBins?: number;
}

export interface SuggestedPoints {
  attribute: string;
  /** A criterion: the value itself (`Google`, `(blank)`) or a numeric bin (`>=10 <20`). */
  value: string;
  points: number;
  leads: number;
  conversions: number;
  closeRate: number;
  /** closeRate ÷ overall close rate; NaN when no lead converted at all. */
  lift: number;
  /** The 95% Wilson interval of the close rate. */
  low: number;
  high: number;
}

export interface SuggestPointsResult {
  rows: SuggestedPoints[];
  /** Attributes left out because they hold dates. */
  skipped: string[];
  overallRate: number;
}

/** The values an attribute is scored by: their criteria texts and each lead's index among them. */
export interface ScoredValues {
  values: string[];
  codes: Int32Array;
}

/** The criterion text of a value: `(blank)` for the empty value, else equal to its label (`=(blank)` for that text). */
function valueText(groups: ValueGroups, g: number): string {
  return groups.keys[g] === '' ? blankLabel : describeCriterion(textCriterion(groups.labels[g]));
}

const isCells = (column: readonly CellValue[] | LeadColumn): column is readonly CellValue[] =>
  Array.isArray(column);

/** How many cells hold text (not the empty text) and how many hold something else (not empty). */
function cellKinds(column: LeadColumn): { textCells: number; otherCells: number } {
  let textCells = 0;
  let otherCells = 0;
  if (column.groups) {
    const { cells, counts } = column.groups.spellings;
    for (let s = 0; s < cells.length; s++) {
      const cell = cells[s];
      if (typeof cell === 'string') {
        if (cell !== '') textCells += counts[s];
      } else if (cell !== null && cell !== undefined) otherCells += counts[s];
    }
    return { textCells, otherCells };
  }
  const { cells } = column;
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    if (typeof cell === 'string') {
      if (cell !== '') textCells++;
    } else if (cell !== null && cell !== undefined) otherCells++;
  }
  return { textCells, otherCells };
}

/**
 * Groups a column by value; a numeric column's numbers become quantile bins, its other cells stay values.
 * Undefined for a date column. Shared by suggested and predictive points, so both score the same values.
 */
export function scoredValues(
  column: readonly CellValue[] | LeadColumn,
  maxBins: number,
): ScoredValues | undefined {
  const source: LeadColumn = isCells(column) ? { cells: column } : column;
  // Mostly text: group first (one map lookup per cell) and judge the kind from the distinct values. Mostly
  // numbers or dates: judge from the cells, so a million distinct numbers are never put in a map.
  const { textCells, otherCells } = cellKinds(source);
  let groups: ValueGroups | undefined;
  let kind: AttributeKind;
  if (textCells > otherCells) {
    groups = source.groups ?? groupValues(source.cells);
    kind = attributeKindOfGroups(groups);
  } else kind = attributeKind(source.cells);
  if (kind === 'date') return undefined;
  if (kind === 'categorical') {
    const grouped = groups ?? source.groups ?? groupValues(source.cells);
    return { values: grouped.keys.map((_, g) => valueText(grouped, g)), codes: grouped.codes };
  }
  // Numeric: a typed array of the numbers (dates by serial, as comparisons see them); the rest are values.
  const { cells } = source;
  const numbers = new Float64Array(cells.length);
  const otherRows: number[] = [];
  let count = 0;
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    const n = typeof cell === 'number' ? cell : cellNumber(cell);
    if (n === undefined || !Number.isFinite(n)) {
      numbers[row] = NaN;
      otherRows.push(row);
    } else {
      numbers[row] = n;
      count++;
    }
  }
  const numeric = new Float64Array(count);
  for (let row = 0, i = 0; row < cells.length; row++)
    if (!Number.isNaN(numbers[row])) numeric[i++] = numbers[row];
  const cuts = quantileCutsOf(numeric, maxBins);
  const values = binCriteria(cuts).map(describeCriterion);
  const codes = new Int32Array(cells.length);
  for (let row = 0; row < cells.length; row++)
    if (!Number.isNaN(numbers[row])) codes[row] = binOf(cuts, numbers[row]);
  if (otherRows.length > 0) {
    const rest = groupValues(otherRows.map((row) => cells[row]));
    const first = values.length;
    for (let g = 0; g < rest.keys.length; g++) values.push(valueText(rest, g));
    otherRows.forEach((row, i) => (codes[row] = first + rest.codes[i]));
  }
  return { values, codes };
}

/**
 * For each attribute (input order), one row per value, most points first. Points by `method`:
 * - `odds` (default): round(10 × log2(shrunk odds ÷ overall odds)), close rates shrunk toward the overall rate by
 *   empirical Bayes (see `priorStrength`); +10 points doubles the odds of converting;
 * - `ratio`: close rate ÷ overall rate, rounded; `difference`: close rate − overall rate in percentage points.
 * Values seen in fewer than `minLeads` leads get 0 points. Date attributes are skipped.
 * @example suggestPoints([{ name: 'Source', cells: ['Ads', 'Ads', 'Web'] }], Uint8Array.of(1, 0, 0), { minLeads: 1 })
 */
export function suggestPoints(
  attributes: readonly Attribute[],
  converted: Uint8Array,
  options: SuggestPointsOptions = {},
): SuggestPointsResult {
  const { method = 'odds', minLeads = 10, maxBins = 5 } = options;
  const leadCount = converted.length;
  if (leadCount === 0) throw new InputError('There are no leads: the ranges hold no data below the header.');
  let totalConversions = 0;
  for (let row = 0; row < leadCount; row++) totalConversions += converted[row];
  const overallRate = totalConversions / leadCount;
  const rows: SuggestedPoints[] = [];
  const skipped: string[] = [];
  for (const attribute of attributes) {
    const scored = scoredValues(attribute, maxBins);
    if (!scored) {
      skipped.push(attribute.name);
      continue;
    }
    const { leads, conversions } = countByCode(scored.codes, scored.values.length, converted);
    const strength = method === 'odds' ? priorStrength(leads, conversions) : 0;
    const attributeRows: SuggestedPoints[] = [];
    for (let v = 0; v < scored.values.length; v++) {
      if (leads[v] === 0) continue;
      const closeRate = conversions[v] / leads[v];
      let points = 0;
      if (leads[v] >= minLeads) {
        if (method === 'odds')
          points = oddsPoints(shrunkRate(conversions[v], leads[v], overallRate, strength), overallRate);
        else if (method === 'ratio') points = ratioPoints(closeRate, overallRate);
        else points = differencePoints(closeRate, overallRate);
      }
      const { low, high } = wilsonInterval(conversions[v], leads[v]);
      attributeRows.push({
        attribute: attribute.name,
        value: scored.values[v],
        points,
        leads: leads[v],
        conversions: conversions[v],
        closeRate,
        lift: closeRate / overallRate,
        low,
        high,
      });
    }
    attributeRows.sort((a, b) => b.points - a.points || b.closeRate - a.closeRate || b.leads - a.leads);
    rows.push(...attributeRows);
  }
  return { rows, skipped, overallRate };
}
