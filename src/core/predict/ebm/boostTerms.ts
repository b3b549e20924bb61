// Cyclic boosting of one bag: each round visits every term once and grows one small tree on it, with Newton leaf
// values shrunk by the learning rate; rounds stop when the bag's validation leads stop getting better.

import { type LeafLimits, type Histogram, type TermSplit } from './termSplits';

/** A term: a feature, or a pair of features, whose cells each get a learnt value. */
export interface Term {
  /** How many cells the term's table has. */
  cells: number;
  /** Each lead's cell. */
  codes: Uint16Array;
  /** Grows the step's tree from the training leads' histogram. */
  split: (histogram: Histogram) => TermSplit | undefined;
}

export interface BoostOptions extends LeafLimits {
  learningRate: number;
  maxRounds: number;
  /** Rounds without a better validation loss after which boosting stops (InterpretML's early_stopping_rounds). */
  patience: number;
  /** A round counts as better when it lowers the validation log-loss by more than this. */
  tolerance: number;
}

export interface BoostedBag {
  /** Each term's table, in log-odds, at the round with the best validation loss. */
  tables: Float64Array[];
  rounds: number;
  validationLoss: number;
}

/** Log-loss of one lead: ln(1 + e^z) − y·z, computed without overflow. */
function leadLoss(z: number, y: number): number {
  const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
  return softplus - y * z;
}

/**
 * Boosts `terms` on one bag: `validation[lead]` is 1 for the leads that judge when to stop, 0 for those that learn;
 * `startScores` are the leads' log-odds before these terms (the intercept, plus main effects when boosting pairs).
 * @example boostBag(terms, converted, validation, startScores, options).tables
 */
export function boostBag(
  terms: readonly Term[],
  converted: Uint8Array,
  validation: Uint8Array,
  startScores: Float64Array,
  options: BoostOptions,
): BoostedBag {
  const n = converted.length;
  let trainCount = 0;
  for (let i = 0; i < n; i++) trainCount += validation[i] ? 0 : 1;
  const validCount = n - trainCount;
  const train = new Int32Array(trainCount);
  const valid = new Int32Array(validCount);
  for (let i = 0, t = 0, v = 0; i < n; i++) {
    if (validation[i]) valid[v++] = i;
    else train[t++] = i;
  }
  // Contiguous copies of what the inner loops read, one per term and side.
  const gather = (codes: Uint16Array, rows: Int32Array) => Uint16Array.from(rows, (i) => codes[i]);
  const trainCodes = terms.map((term) => gather(term.codes, train));
  const validCodes = terms.map((term) => gather(term.codes, valid));
  const trainLeads = terms.map((term, t) => {
    const leads = new Float64Array(term.cells);
    for (const c of trainCodes[t]) leads[c]++;
    return leads;
  });
  const trainY = Uint8Array.from(train, (i) => converted[i]);
  const validY = Uint8Array.from(valid, (i) => converted[i]);
  // Training leads are kept as odds e^z, so a step multiplies by e^step of the lead's cell instead of calling exp.
  const odds = Float64Array.from(train, (i) => Math.exp(startScores[i]));
  const validScore = Float64Array.from(valid, (i) => startScores[i]);
  const validationLoss = () => {
    let loss = 0;
    for (let i = 0; i < validCount; i++) loss += leadLoss(validScore[i], validY[i]);
    return loss / Math.max(1, validCount);
  };
  /** The gradient and hessian sums of term t's cells, from the current odds. */
  const histogramOf = (t: number): Histogram => {
    const gradients = new Float64Array(terms[t].cells);
    const hessians = new Float64Array(terms[t].cells);
    const codes = trainCodes[t];
    for (let i = 0; i < trainCount; i++) {
      const e = odds[i];
      const p = e / (1 + e);
      gradients[codes[i]] += p - trainY[i];
      hessians[codes[i]] += p * (1 - p);
    }
    return { gradients, hessians, leads: trainLeads[t] };
  };

  const tables = terms.map((term) => new Float64Array(term.cells));
  let best = { tables: tables.map((t) => t.slice()), rounds: 0, validationLoss: validationLoss() };
  if (terms.length === 0) return best;
  let histogram = histogramOf(0);
  for (let round = 1; round <= options.maxRounds; round++) {
    for (let t = 0; t < terms.length; t++) {
      const next = (t + 1) % terms.length;
      const split = terms[t].split(histogram);
      if (!split) {
        histogram = histogramOf(next);
        continue;
      }
      const cells = terms[t].cells;
      const { gradients: g, hessians: h } = histogram;
      const leafG = new Float64Array(split.leaves);
      const leafH = new Float64Array(split.leaves);
      for (let c = 0; c < cells; c++) {
        leafG[split.leafOf[c]] += g[c];
        leafH[split.leafOf[c]] += h[c];
      }
      const step = new Float64Array(cells);
      const factor = new Float64Array(cells);
      for (let c = 0; c < cells; c++) {
        const leaf = split.leafOf[c];
        // Newton's step for the leaf, shrunk by the learning rate.
        step[c] = leafH[leaf] > 0 ? (-options.learningRate * leafG[leaf]) / leafH[leaf] : 0;
        factor[c] = Math.exp(step[c]);
        tables[t][c] += step[c];
      }
      // One pass applies the step and builds the next term's histogram.
      const codes = trainCodes[t];
      const nextCodes = trainCodes[next];
      const gradients = new Float64Array(terms[next].cells);
      const hessians = new Float64Array(terms[next].cells);
      for (let i = 0; i < trainCount; i++) {
        const e = (odds[i] *= factor[codes[i]]);
        const p = e / (1 + e);
        const c = nextCodes[i];
        gradients[c] += p - trainY[i];
        hessians[c] += p * (1 - p);
      }
      histogram = { gradients, hessians, leads: trainLeads[next] };
      const vCodes = validCodes[t];
      for (let i = 0; i < validCount; i++) validScore[i] += step[vCodes[i]];
    }
    const loss = validationLoss();
    if (loss < best.validationLoss - options.tolerance) {
      best = { tables: tables.map((table) => table.slice()), rounds: round, validationLoss: loss };
    } else if (round - best.rounds >= options.patience) break;
  }
  return best;
}
