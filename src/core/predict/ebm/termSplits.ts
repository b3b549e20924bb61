// The small trees explainable boosting grows at each step: one cut on one feature's bins, or a cut on one feature of
// a pair then a cut on the other on each side (the tree FAST scores pairs with). Leaves get Newton values later.

/** Per cell of a term: the gradient and hessian sums of the training leads in it, and how many there are. */
export interface Histogram {
  gradients: Float64Array;
  hessians: Float64Array;
  leads: Float64Array;
}

/** A tree over a term's cells: `leafOf[cell]`, `leaves` leaves, and its gain in the second-order loss. */
export interface TermSplit {
  leafOf: Int32Array;
  leaves: number;
  gain: number;
}

/** Leaves with fewer leads, or less hessian, are not grown (InterpretML's min_samples_leaf and min_hessian). */
export interface LeafLimits {
  minLeads: number;
  minHessian: number;
}

const score = (g: number, h: number) => (g * g) / h;

/**
 * The order a cut runs along: number ranges as they are, then the other bins (values, blank) by gradient ratio,
 * which puts the best one-cut split of any set of values among prefix cuts (as for a categorical split in
 * gradient boosting).
 */
function cutOrder(gradients: ArrayLike<number>, hessians: ArrayLike<number>, orderedBins: number): number[] {
  const rest: number[] = [];
  for (let b = orderedBins; b < gradients.length; b++) rest.push(b);
  const ratio = (b: number) => (hessians[b] > 0 ? gradients[b] / hessians[b] : 0);
  rest.sort((a, b) => ratio(a) - ratio(b) || a - b);
  const order: number[] = [];
  for (let b = 0; b < orderedBins; b++) order.push(b);
  return order.concat(rest);
}

/**
 * The best cut of a list of bins in order: returns [position, gain] where the left leaf is `order[0..position)`,
 * or [0, -Infinity] when no cut leaves both sides within the limits.
 */
function bestCut(
  order: readonly number[],
  g: ArrayLike<number>,
  h: ArrayLike<number>,
  n: ArrayLike<number>,
  limits: LeafLimits,
): [number, number] {
  let G = 0;
  let H = 0;
  let N = 0;
  for (const b of order) {
    G += g[b];
    H += h[b];
    N += n[b];
  }
  if (H <= 0) return [0, -Infinity];
  const parent = score(G, H);
  let best: [number, number] = [0, -Infinity];
  let gl = 0;
  let hl = 0;
  let nl = 0;
  for (let position = 1; position < order.length; position++) {
    const b = order[position - 1];
    gl += g[b];
    hl += h[b];
    nl += n[b];
    const hr = H - hl;
    if (nl < limits.minLeads || N - nl < limits.minLeads) continue;
    if (hl < limits.minHessian || hr < limits.minHessian) continue;
    const gain = score(gl, hl) + score(G - gl, hr) - parent;
    if (gain > best[1]) best = [position, gain];
  }
  return best;
}

/**
 * One cut on a feature's bins: number ranges are cut in order with the other bins (blank, text) all on one side or
 * on their own; other features' values are cut in gradient-ratio order. Undefined when no cut is allowed.
 * @example mainSplit(histogram, 3, { minLeads: 4, minHessian: 1e-4 })?.leafOf // Int32Array [0, 0, 1, 1]
 */
export function mainSplit(
  histogram: Histogram,
  orderedBins: number,
  limits: LeafLimits,
): TermSplit | undefined {
  const { gradients: g, hessians: h, leads: n } = histogram;
  const cells = g.length;
  const candidates: number[][] = [];
  if (orderedBins === 0 || orderedBins === cells) candidates.push(cutOrder(g, h, orderedBins));
  else {
    const ranges = cutOrder(g, h, orderedBins).slice(0, orderedBins);
    const others = cutOrder(g, h, orderedBins).slice(orderedBins);
    // The other bins after the ranges, before them, or (a cut at orderedBins) against them.
    candidates.push(ranges.concat(others), others.concat(ranges));
  }
  let best: TermSplit | undefined;
  for (const order of candidates) {
    const [position, gain] = bestCut(order, g, h, n, limits);
    if (!(gain > (best?.gain ?? 0))) continue;
    const leafOf = new Int32Array(cells);
    order.forEach((b, k) => (leafOf[b] = k < position ? 0 : 1));
    best = { leafOf, leaves: 2, gain };
  }
  return best;
}

/** Sums a pair histogram over the rows of `rows` (cells are `row * columns + column`), per column. */
function columnSums(values: Float64Array, rows: readonly number[], columns: number): Float64Array {
  const sums = new Float64Array(columns);
  for (const r of rows) for (let c = 0; c < columns; c++) sums[c] += values[r * columns + c];
  return sums;
}

/** The best tree cutting the rows first (cells `row * columns + column`), then the columns on each side. */
function rowsFirst(
  histogram: Histogram,
  rows: number,
  columns: number,
  rowOrdered: number,
  columnOrdered: number,
  limits: LeafLimits,
  cellOf: (row: number, column: number) => number,
): TermSplit | undefined {
  const { gradients, hessians, leads } = histogram;
  const rowG = new Float64Array(rows);
  const rowH = new Float64Array(rows);
  const rowN = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = cellOf(r, c);
      rowG[r] += gradients[cell];
      rowH[r] += hessians[cell];
      rowN[r] += leads[cell];
    }
  }
  let G = 0;
  let H = 0;
  for (let r = 0; r < rows; r++) {
    G += rowG[r];
    H += rowH[r];
  }
  if (H <= 0) return undefined;
  const rowOrder = cutOrder(rowG, rowH, rowOrdered);
  const g = new Float64Array(rows * columns);
  const h = new Float64Array(rows * columns);
  const n = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = cellOf(r, c);
      g[r * columns + c] = gradients[cell];
      h[r * columns + c] = hessians[cell];
      n[r * columns + c] = leads[cell];
    }
  }
  let best: TermSplit | undefined;
  for (let position = 1; position < rows; position++) {
    const sides = [rowOrder.slice(0, position), rowOrder.slice(position)];
    let gain = -score(G, H);
    const sideCuts: { order: number[]; position: number }[] = [];
    let allowed = true;
    for (const side of sides) {
      const sg = columnSums(g, side, columns);
      const sh = columnSums(h, side, columns);
      const sn = columnSums(n, side, columns);
      let SG = 0;
      let SH = 0;
      let SN = 0;
      for (let c = 0; c < columns; c++) {
        SG += sg[c];
        SH += sh[c];
        SN += sn[c];
      }
      if (SN < limits.minLeads || SH < limits.minHessian) {
        allowed = false;
        break;
      }
      const order = cutOrder(sg, sh, columnOrdered);
      const [cut, cutGain] = bestCut(order, sg, sh, sn, limits);
      // A side without an allowed cut stays one leaf.
      gain += score(SG, SH) + (cutGain > 0 ? cutGain : 0);
      sideCuts.push({ order, position: cutGain > 0 ? cut : 0 });
    }
    if (!allowed || !(gain > (best?.gain ?? 0))) continue;
    const leafOf = new Int32Array(rows * columns);
    let leaves = 0;
    sides.forEach((side, s) => {
      const { order, position: cut } = sideCuts[s];
      const left = leaves;
      const right = cut > 0 ? leaves + 1 : leaves;
      leaves = right + 1;
      const columnLeaf = new Int32Array(columns);
      order.forEach((c, k) => (columnLeaf[c] = cut > 0 && k >= cut ? right : left));
      for (const r of side) for (let c = 0; c < columns; c++) leafOf[cellOf(r, c)] = columnLeaf[c];
    });
    best = { leafOf, leaves, gain };
  }
  return best;
}

/**
 * The tree of a pair of features (cells `a * bBins + b`): a cut on one feature, then a cut on the other on each
 * side, whichever feature first gives more gain. Undefined when no cut is allowed.
 * @example pairSplit(histogram, [3, 2], [3, 0], limits)?.leaves // 4
 */
export function pairSplit(
  histogram: Histogram,
  bins: readonly [number, number],
  orderedBins: readonly [number, number],
  limits: LeafLimits,
): TermSplit | undefined {
  const [aBins, bBins] = bins;
  const aFirst = rowsFirst(
    histogram,
    aBins,
    bBins,
    orderedBins[0],
    orderedBins[1],
    limits,
    (a, b) => a * bBins + b,
  );
  const bFirst = rowsFirst(
    histogram,
    bBins,
    aBins,
    orderedBins[1],
    orderedBins[0],
    limits,
    (b, a) => a * bBins + b,
  );
  if (!aFirst) return bFirst;
  if (!bFirst) return aFirst;
  return bFirst.gain > aFirst.gain ? bFirst : aFirst;
}
