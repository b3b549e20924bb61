// An explainable boosting machine (InterpretML's EBM, a GA²M): an intercept plus one learnt table per feature and
// one per chosen pair of features, boosted cyclically with small steps over seeded, stratified bags.

import type { CellValue } from '../../cellValue';
import { type FeatureBins, featureBins } from './featureBins';
import { boostBag, type BoostOptions, type Term } from './boostTerms';
import { pairCodes, rankPairs } from './fastPairs';
import { seededRandom, stratifiedSplit } from './seededRandom';
import { mainSplit, pairSplit } from './termSplits';

export interface BoostedOptions {
  /** How many pairs of features to boost after the main effects (the strongest by FAST). */
  pairs?: number;
  /** The same seed gives the same model. */
  seed?: number;
  /** Bags, each with its own 85/15 split; their tables are averaged. */
  bags?: number;
  /** At most this many quantile bins per number feature. */
  maxBins?: number;
  /** At most this many bins per feature of a pair (numbers by quantiles; the most frequent values, others pooled). */
  pairBins?: number;
  learningRate?: number;
  maxRounds?: number;
  patience?: number;
}

export const boostedDefaults = {
  pairs: 10,
  seed: 42,
  bags: 8,
  maxBins: 32,
  pairBins: 5,
  learningRate: 0.05,
  maxRounds: 2000,
  patience: 30,
  validationShare: 0.15,
} as const;

/** A learnt table: one value in log-odds per bin of a feature. */
export interface MainTable {
  bins: FeatureBins;
  values: Float64Array;
  /** Training leads per bin: the table's mean weighted by them is 0. */
  leads: Float64Array;
}

/** A learnt table of a pair: one value in log-odds per pair of bins, cell `first bin × second's bins + second bin`. */
export interface PairTable {
  bins: readonly [FeatureBins, FeatureBins];
  values: Float64Array;
  /** Training leads per cell: the table's mean weighted by them is 0. */
  leads: Float64Array;
}

export interface BoostedModel {
  /** The starting log-odds: the tables' weighted means are folded in, so each table averages 0. */
  intercept: number;
  mains: MainTable[];
  pairs: PairTable[];
  /** Attributes left out: dates, or a single bin. */
  skipped: string[];
  /** Boosting rounds each bag kept, mains then pairs. */
  rounds: { mains: number[]; pairs: number[] };
}

const limits = { minLeads: 4, minHessian: 1e-4 };

/**
 * Every lead's log-odds under the model (the leads it was fitted on).
 * @example boostedLogOdds(fitBoosted(attributes, converted))[0] // -1.23
 */
export function boostedLogOdds(model: BoostedModel): Float64Array {
  const n = model.mains[0]?.bins.codes.length ?? 0;
  const z = new Float64Array(n).fill(model.intercept);
  const terms = [
    ...model.mains.map((t) => ({ codes: t.bins.codes, values: t.values })),
    ...model.pairs.map((t) => ({ codes: pairCodes(t.bins[0], t.bins[1]), values: t.values })),
  ];
  for (const { codes, values } of terms) for (let i = 0; i < n; i++) z[i] += values[codes[i]];
  return z;
}

/** Moves a table's weighted mean into the returned shift, so the table averages 0 over the leads. */
function centre(values: Float64Array, leads: Float64Array): number {
  let sum = 0;
  let total = 0;
  for (let c = 0; c < values.length; c++) {
    sum += values[c] * leads[c];
    total += leads[c];
  }
  const mean = total > 0 ? sum / total : 0;
  for (let c = 0; c < values.length; c++) values[c] -= mean;
  return mean;
}

function cellCounts(codes: Uint16Array, cells: number): Float64Array {
  const counts = new Float64Array(cells);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}

/**
 * Fits an explainable boosting model on the leads' attributes and outcomes (`converted[lead]` is 1 or 0): main
 * effects first, each bag boosting every feature in turn until its validation leads stop improving; then the `pairs`
 * strongest pairs by FAST on the averaged main effects' residuals, boosted the same way on top of each bag's mains.
 * @example fitBoosted([{ name: 'Source', cells }, { name: 'Visits', cells: visits }], converted, { pairs: 1 }).pairs.length // 1
 */
export function fitBoosted(
  attributes: readonly { name: string; cells: readonly CellValue[] }[],
  converted: Uint8Array,
  options: BoostedOptions = {},
): BoostedModel {
  const settings = { ...boostedDefaults, ...options };
  const n = converted.length;
  const boost: BoostOptions = {
    ...limits,
    learningRate: settings.learningRate,
    maxRounds: settings.maxRounds,
    patience: settings.patience,
    tolerance: 1e-5,
  };
  const mainBins: FeatureBins[] = [];
  const pairCandidates: FeatureBins[] = [];
  const skipped: string[] = [];
  for (const attribute of attributes) {
    const bins = featureBins(attribute.name, attribute.cells, { maxBins: settings.maxBins });
    if (!bins) {
      skipped.push(attribute.name);
      continue;
    }
    mainBins.push(bins);
    const coarse = featureBins(attribute.name, attribute.cells, {
      maxBins: settings.pairBins,
      maxValues: settings.pairBins - 1,
    });
    pairCandidates.push(coarse ?? bins);
  }
  const mainTerms: Term[] = mainBins.map((bins) => ({
    cells: bins.labels.length,
    codes: bins.codes,
    split: (histogram) => mainSplit(histogram, bins.orderedBins, limits),
  }));

  const random = seededRandom(settings.seed);
  const splits = Array.from({ length: settings.bags }, () =>
    stratifiedSplit(converted, settings.validationShare, random),
  );
  const bagIntercepts = splits.map((validation) => {
    let learn = 0;
    let wins = 0;
    for (let i = 0; i < n; i++) {
      if (validation[i]) continue;
      learn++;
      wins += converted[i];
    }
    return Math.log(wins / (learn - wins));
  });
  const mainBags = splits.map((validation, b) =>
    boostBag(mainTerms, converted, validation, new Float64Array(n).fill(bagIntercepts[b]), boost),
  );
  const average = (tables: Float64Array[][], t: number) => {
    const mean = new Float64Array(tables[0][t].length);
    for (const bag of tables) for (let c = 0; c < mean.length; c++) mean[c] += bag[t][c] / tables.length;
    return mean;
  };
  const intercept = bagIntercepts.reduce((s, z) => s + z, 0) / settings.bags;
  const mains: MainTable[] = mainBins.map((bins, t) => ({
    bins,
    values: average(
      mainBags.map((bag) => bag.tables),
      t,
    ),
    leads: bins.counts,
  }));

  // FAST on the residuals of the averaged main effects, over every lead.
  const model: BoostedModel = {
    intercept,
    mains,
    pairs: [],
    skipped,
    rounds: { mains: mainBags.map((bag) => bag.rounds), pairs: [] },
  };
  const pairCount = Math.min(settings.pairs, (pairCandidates.length * (pairCandidates.length - 1)) / 2);
  if (pairCount > 0) {
    const z = boostedLogOdds(model);
    const gradient = new Float64Array(n);
    const hessian = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]));
      gradient[i] = p - converted[i];
      hessian[i] = p * (1 - p);
    }
    const chosen = rankPairs(pairCandidates, gradient, hessian, limits).slice(0, pairCount);
    if (chosen.length === 0) return finish(model);
    const pairBins = chosen.map(
      ({ first, second }) => [pairCandidates[first], pairCandidates[second]] as const,
    );
    const pairTerms: Term[] = pairBins.map(([first, second]) => {
      const sizes = [first.labels.length, second.labels.length] as const;
      return {
        cells: sizes[0] * sizes[1],
        codes: pairCodes(first, second),
        split: (histogram) => pairSplit(histogram, sizes, [first.orderedBins, second.orderedBins], limits),
      };
    });
    const pairBags = splits.map((validation, b) => {
      const start = new Float64Array(n).fill(bagIntercepts[b]);
      mainTerms.forEach((term, t) => {
        const table = mainBags[b].tables[t];
        for (let i = 0; i < n; i++) start[i] += table[term.codes[i]];
      });
      return boostBag(pairTerms, converted, validation, start, boost);
    });
    model.pairs = pairBins.map((bins, t) => ({
      bins,
      values: average(
        pairBags.map((bag) => bag.tables),
        t,
      ),
      leads: cellCounts(pairTerms[t].codes, pairTerms[t].cells),
    }));
    model.rounds.pairs = pairBags.map((bag) => bag.rounds);
  }
  return finish(model);
}

/** Centres every table, folding its weighted mean into the intercept. */
function finish(model: BoostedModel): BoostedModel {
  for (const term of [...model.mains, ...model.pairs]) model.intercept += centre(term.values, term.leads);
  return model;
}
