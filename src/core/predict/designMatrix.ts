// The leads as features for a predictive model: one indicator per value of each attribute (numbers by quantile bin,
// as =SUGGESTPOINTS bins them), rare values folded into `(other)`. Stored sparsely: each lead has exactly one
// active feature per attribute.

import type { CellValue } from '../cellValue';
import { otherValue } from '../modelTable';
import { scoredValues } from '../suggestPoints';

export interface Feature {
  attribute: string;
  /** A criterion (`Google`, `>=10 <20`, `(blank)`) or `(other)`. */
  value: string;
  /** Leads with this feature. */
  leads: number;
}

export interface DesignMatrix {
  features: Feature[];
  /** `active[lead * width + a]` is the feature index of lead's value of attribute a (one per used attribute). */
  active: Int32Array;
  width: number;
  leadCount: number;
  /** Attributes left out: dates, or a single value that tells leads nothing apart. */
  skipped: string[];
}

/** Values seen in fewer leads than this join `(other)`: a weight fitted on a handful of leads is noise. */
export const defaultMinLeads = 10;

/**
 * Builds the features of `attributes`, each a column of one cell per lead.
 * @example designMatrix([{ name: 'Source', cells: ['Ads', 'Web', 'Ads'] }], { minLeads: 1 }).features.map((f) => f.value)
 * // ['Ads', 'Web']
 */
export function designMatrix(
  attributes: readonly { name: string; cells: readonly CellValue[] }[],
  options: { minLeads?: number; maxBins?: number } = {},
): DesignMatrix {
  const { minLeads = defaultMinLeads, maxBins = 5 } = options;
  const leadCount = attributes[0]?.cells.length ?? 0;
  const features: Feature[] = [];
  const perAttribute: Int32Array[] = [];
  const skipped: string[] = [];
  for (const attribute of attributes) {
    const scored = scoredValues(attribute.cells, maxBins);
    if (!scored) {
      skipped.push(attribute.name);
      continue;
    }
    const counts = new Int32Array(scored.values.length);
    for (let i = 0; i < leadCount; i++) counts[scored.codes[i]]++;
    const featureOf = new Int32Array(scored.values.length).fill(-1);
    const first = features.length;
    let other = -1;
    scored.values.forEach((value, v) => {
      if (counts[v] === 0) return;
      if (counts[v] >= minLeads) {
        featureOf[v] = features.length;
        features.push({ attribute: attribute.name, value, leads: counts[v] });
      }
    });
    scored.values.forEach((_, v) => {
      if (counts[v] === 0 || featureOf[v] >= 0) return;
      if (other < 0) {
        other = features.length;
        features.push({ attribute: attribute.name, value: otherValue, leads: 0 });
      }
      featureOf[v] = other;
      features[other].leads += counts[v];
    });
    if (features.length - first < 2) {
      // One feature for every lead is the intercept again.
      features.length = first;
      skipped.push(attribute.name);
      continue;
    }
    const codes = new Int32Array(leadCount);
    for (let i = 0; i < leadCount; i++) codes[i] = featureOf[scored.codes[i]];
    perAttribute.push(codes);
  }
  const width = perAttribute.length;
  const active = new Int32Array(leadCount * width);
  for (let i = 0; i < leadCount; i++) {
    for (let a = 0; a < width; a++) active[i * width + a] = perAttribute[a][i];
  }
  return { features, active, width, leadCount, skipped };
}
