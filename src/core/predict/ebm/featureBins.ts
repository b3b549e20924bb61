// The bins explainable boosting learns a value for: numbers by quantiles, categories with rare values pooled into
// `(other)`, and empty cells in a bin of their own.

import type { CellValue } from '../../cellValue';
import { otherValue } from '../../modelTable';
import { scoredValues } from '../../suggestPoints';
import { blankLabel } from '../../valueGroups';

export interface FeatureBins {
  attribute: string;
  /** Each bin's criterion (`<3`, `>=3 <7`, `Google`, `(blank)`) or `(other)`. */
  labels: string[];
  /** Each lead's bin. */
  codes: Uint16Array;
  /** Leads per bin. */
  counts: Float64Array;
  /** The first `orderedBins` bins are number ranges in increasing order; the rest are values (or blank). */
  orderedBins: number;
}

/** Values seen in fewer leads than this join `(other)`, as InterpretML pools categories (min_cat_samples). */
export const defaultMinCategoryLeads = 10;

/**
 * Bins a column: numbers into at most `maxBins` quantile bins (ties never split), other values each a bin, values of
 * fewer than `minLeads` leads pooled into `(other)`, at most `maxValues` values kept (the most frequent; the rest
 * pooled too). Undefined for a date column or one whose leads all share a bin: it tells no lead apart.
 * @example featureBins('Source', ['Ads', 'Web', 'Ads', ''], { maxBins: 8, minLeads: 1 })?.labels // ['Ads', 'Web', '(blank)']
 */
export function featureBins(
  attribute: string,
  cells: readonly CellValue[],
  options: { maxBins: number; minLeads?: number; maxValues?: number },
): FeatureBins | undefined {
  const { maxBins, minLeads = defaultMinCategoryLeads, maxValues = Infinity } = options;
  const scored = scoredValues(cells, maxBins);
  if (!scored) return undefined;
  const n = cells.length;
  const rawCounts = new Float64Array(scored.values.length);
  for (let i = 0; i < n; i++) rawCounts[scored.codes[i]]++;
  // Number ranges come first in scoredValues' values, in order, then the other values.
  let ranges = 0;
  while (ranges < scored.values.length && /^[<>]/.test(scored.values[ranges])) ranges++;
  const valueOrder = [...scored.values.keys()]
    .slice(ranges)
    .filter((v) => rawCounts[v] > 0)
    .sort((a, b) => rawCounts[b] - rawCounts[a] || a - b);
  const binOf = new Int32Array(scored.values.length).fill(-1);
  const labels: string[] = [];
  for (let v = 0; v < ranges; v++) {
    if (rawCounts[v] === 0) continue;
    binOf[v] = labels.length;
    labels.push(scored.values[v]);
  }
  const orderedBins = labels.length;
  let kept = 0;
  const pooled: number[] = [];
  for (const v of valueOrder) {
    const blank = scored.values[v] === blankLabel;
    if (blank || (rawCounts[v] >= minLeads && kept < maxValues)) {
      if (!blank) kept++;
      binOf[v] = labels.length;
      labels.push(scored.values[v]);
    } else pooled.push(v);
  }
  if (pooled.length > 0) {
    const other = labels.length;
    labels.push(otherValue);
    for (const v of pooled) binOf[v] = other;
  }
  if (labels.length < 2) return undefined;
  const codes = new Uint16Array(n);
  const counts = new Float64Array(labels.length);
  for (let i = 0; i < n; i++) {
    const bin = binOf[scored.codes[i]];
    codes[i] = bin;
    counts[bin]++;
  }
  return { attribute, labels, codes, counts, orderedBins };
}
