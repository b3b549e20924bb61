// L2-regularised logistic regression on indicator features, fitted by truncated Newton: Newton's method whose steps
// are solved by conjugate gradients, preconditioned with the Hessian's diagonal and a correction per attribute.
// It minimises C·Σ log-loss + ½‖w‖² with the intercept unpenalised: scikit-learn's LogisticRegression objective, so
// the weights can be checked against it. The penalty keeps the Hessian positive definite, so Newton converges
// even when a feature separates converted from lost leads perfectly.
// Why not form the Hessian: over an attribute of thousands of values it holds features² numbers and takes features³
// to factor. Conjugate gradients need only its product with a vector, one pass over each lead's active features,
// so a Newton step costs a few passes over the leads × attributes plus the features.

import { sigmoid } from '../logOdds';
import type { DesignMatrix } from './designMatrix';

export interface LogisticFit {
  intercept: number;
  weights: Float64Array;
  /** Newton steps taken. */
  iterations: number;
  /** Conjugate-gradient steps over all Newton steps: each costs one pass over the leads' features. */
  innerIterations: number;
}

/** The log-odds of each lead under a fit. */
export function linearPredictor(
  design: DesignMatrix,
  intercept: number,
  weights: Float64Array,
): Float64Array {
  const { active, width, leadCount } = design;
  const z = new Float64Array(leadCount);
  for (let i = 0, base = 0; i < leadCount; i++, base += width) {
    let sum = intercept;
    for (let a = 0; a < width; a++) sum += weights[active[base + a]];
    z[i] = sum;
  }
  return z;
}

/** C·Σ log-loss + ½‖w‖², the objective minimised; `z` holds the leads' log-odds. */
function objective(z: Float64Array, converted: Uint8Array, weights: Float64Array, c: number): number {
  let loss = 0;
  for (let i = 0; i < z.length; i++) {
    // log(1 + e^z) − y·z, computed without overflow.
    const softplus = z[i] > 0 ? z[i] + Math.log1p(Math.exp(-z[i])) : Math.log1p(Math.exp(z[i]));
    loss += softplus - converted[i] * z[i];
  }
  let penalty = 0;
  for (let k = 0; k < weights.length; k++) penalty += weights[k] * weights[k];
  return c * loss + penalty / 2;
}

/** A tiny ridge on the intercept keeps the Hessian invertible when every lead has the same outcome. */
const interceptRidge = 1e-12;

/**
 * out = H·v for the Hessian C·Xᵀ·diag(curvature)·X + diag(1, …, 1, ridge), where X holds each lead's features and a
 * last column of ones (the intercept). `curvature[i]` is C·p·(1 − p) of lead i; `xv` is scratch of one per lead.
 */
function hessianTimes(
  design: DesignMatrix,
  curvature: Float64Array,
  v: Float64Array,
  out: Float64Array,
  xv: Float64Array,
): void {
  const { active, width, leadCount } = design;
  const p = v.length - 1;
  for (let i = 0, base = 0; i < leadCount; i++, base += width) {
    let sum = v[p];
    for (let a = 0; a < width; a++) sum += v[active[base + a]];
    xv[i] = curvature[i] * sum;
  }
  for (let j = 0; j < p; j++) out[j] = v[j];
  let interceptSum = 0;
  for (let i = 0, base = 0; i < leadCount; i++, base += width) {
    const s = xv[i];
    interceptSum += s;
    for (let a = 0; a < width; a++) out[active[base + a]] += s;
  }
  out[p] = interceptSum + interceptRidge * v[p];
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
};

/**
 * Solves H·x = g approximately by preconditioned conjugate gradients, stopping when the residual is under
 * `relativeTolerance` × ‖g‖. Every iterate from zero is a descent direction, so an early stop still gives a usable
 * Newton step.
 */
function conjugateGradients(
  multiply: (v: Float64Array, out: Float64Array) => void,
  precondition: (r: Float64Array, out: Float64Array) => void,
  g: Float64Array,
  relativeTolerance: number,
  maxIterations: number,
): { x: Float64Array; iterations: number } {
  const n = g.length;
  const x = new Float64Array(n);
  const r = Float64Array.from(g);
  const z = new Float64Array(n);
  precondition(r, z);
  const d = Float64Array.from(z);
  const q = new Float64Array(n);
  let rz = dot(r, z);
  const target = relativeTolerance * Math.sqrt(dot(g, g));
  let iterations = 0;
  while (iterations < maxIterations) {
    multiply(d, q);
    iterations++;
    const curvature = dot(d, q);
    if (!(curvature > 0)) break;
    const alpha = rz / curvature;
    for (let k = 0; k < n; k++) {
      x[k] += alpha * d[k];
      r[k] -= alpha * q[k];
    }
    if (Math.sqrt(dot(r, r)) <= target) break;
    precondition(r, z);
    const next = dot(r, z);
    const beta = next / rz;
    rz = next;
    for (let k = 0; k < n; k++) d[k] = z[k] + beta * d[k];
  }
  return { x, iterations };
}

/** The Cholesky factor L (row-major m × m, lower) of a small symmetric positive definite E = L·Lᵀ. */
function choleskyFactor(e: Float64Array, m: number): Float64Array {
  const l = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    let d = e[j * m + j];
    for (let k = 0; k < j; k++) d -= l[j * m + k] * l[j * m + k];
    const root = Math.sqrt(d);
    l[j * m + j] = root;
    for (let i = j + 1; i < m; i++) {
      let s = e[i * m + j];
      for (let k = 0; k < j; k++) s -= l[i * m + k] * l[j * m + k];
      l[i * m + j] = s / root;
    }
  }
  return l;
}

/** Solves L·Lᵀ·y = t in place of t. */
function choleskySolve(l: Float64Array, t: Float64Array, m: number): void {
  for (let i = 0; i < m; i++) {
    let s = t[i];
    for (let k = 0; k < i; k++) s -= l[i * m + k] * t[k];
    t[i] = s / l[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = t[i];
    for (let k = i + 1; k < m; k++) s -= l[k * m + i] * t[k];
    t[i] = s / l[i * m + i];
  }
}

/**
 * The Hessian's diagonal plus a coarse correction over one unknown per attribute and the intercept. Why: every
 * lead has one value of each attribute, so moving all of an attribute's weights up and the intercept down leaves
 * every lead's log-odds as they were; only the penalty curves along those directions, which the diagonal alone
 * misjudges (conjugate gradients would then crawl along them). On the coarse space, spanned by the indicator of
 * each attribute's features and of the intercept, the Hessian is exactly s·11ᵀ + diag(features of each attribute,
 * ridge), with s = C·Σ p·(1 − p): solved directly, it settles those directions in one step.
 */
function twoLevelPreconditioner(
  diagonal: Float64Array,
  attributeOf: Int32Array,
  width: number,
): (r: Float64Array, out: Float64Array) => void {
  const p = diagonal.length - 1;
  const m = width + 1;
  const curvatureSum = diagonal[p] - interceptRidge;
  const coarse = new Float64Array(m * m).fill(curvatureSum);
  for (let j = 0; j < p; j++) coarse[attributeOf[j] * m + attributeOf[j]] += 1;
  coarse[width * m + width] += interceptRidge;
  const factor = choleskyFactor(coarse, m);
  const t = new Float64Array(m);
  return (r, out) => {
    t.fill(0);
    for (let j = 0; j < p; j++) {
      out[j] = r[j] / diagonal[j];
      t[attributeOf[j]] += r[j];
    }
    out[p] = r[p] / diagonal[p];
    t[width] = r[p];
    choleskySolve(factor, t, m);
    for (let j = 0; j < p; j++) out[j] += t[attributeOf[j]];
    out[p] += t[width];
  };
}

/**
 * Fits the model. `c` is scikit-learn's C (inverse penalty strength, default 1). Deterministic: the same leads give
 * the same weights. Each Newton step costs O(leads × attributes + features) per conjugate-gradient step.
 * @example fitLogistic(designMatrix([{ name: 'Source', cells }]), converted).weights
 */
export function fitLogistic(
  design: DesignMatrix,
  converted: Uint8Array,
  c = 1,
  maxIterations = 100,
): LogisticFit {
  const p = design.features.length;
  const n = p + 1; // the intercept is the last unknown
  const { active, width, leadCount } = design;
  // x holds the weights, then the intercept.
  let x = new Float64Array(n);
  let z = linearPredictor(design, 0, x.subarray(0, p));
  let current = objective(z, converted, x.subarray(0, p), c);
  const curvature = new Float64Array(leadCount);
  const gradient = new Float64Array(n);
  const diagonal = new Float64Array(n);
  const scratch = new Float64Array(leadCount);
  const multiply = (v: Float64Array, out: Float64Array) => hessianTimes(design, curvature, v, out, scratch);
  const attributeOf = new Int32Array(p);
  for (let i = 0, base = 0; i < leadCount; i++, base += width)
    for (let a = 0; a < width; a++) attributeOf[active[base + a]] = a;
  let firstGradient = 0;
  let iterations = 0;
  let innerIterations = 0;
  for (; iterations < maxIterations; iterations++) {
    gradient.fill(0);
    diagonal.fill(0);
    for (let i = 0, base = 0; i < leadCount; i++, base += width) {
      const prob = sigmoid(z[i]);
      const residual = c * (prob - converted[i]);
      const w = c * prob * (1 - prob);
      curvature[i] = w;
      gradient[p] += residual;
      diagonal[p] += w;
      for (let a = 0; a < width; a++) {
        const j = active[base + a];
        gradient[j] += residual;
        diagonal[j] += w;
      }
    }
    for (let j = 0; j < p; j++) {
      gradient[j] += x[j];
      diagonal[j] += 1;
    }
    diagonal[p] += interceptRidge;
    let largestGradient = 0;
    for (let j = 0; j < n; j++) largestGradient = Math.max(largestGradient, Math.abs(gradient[j]));
    if (iterations === 0) firstGradient = largestGradient;
    // Converged when the gradient is at rounding level against where it started.
    if (largestGradient <= 1e-12 * Math.max(firstGradient, 1e-2)) break;
    // Loose solves far from the optimum, tight ones near it: superlinear convergence at a fraction of the work.
    const forcing = Math.min(0.5, Math.sqrt(largestGradient / firstGradient));
    const precondition = twoLevelPreconditioner(diagonal, attributeOf, width);
    const solved = conjugateGradients(multiply, precondition, gradient, forcing, Math.max(50, 2 * n));
    innerIterations += solved.iterations;
    const step = solved.x;
    // The step's change to each lead's log-odds, so each trial below costs one pass over the leads.
    const change = new Float64Array(leadCount);
    for (let i = 0, base = 0; i < leadCount; i++, base += width) {
      let sum = step[p];
      for (let a = 0; a < width; a++) sum += step[active[base + a]];
      change[i] = sum;
    }
    // Newton's step, halved until the objective goes down (it almost always does at once). A change within
    // rounding of the objective is accepted: that close, the gradient is the better judge.
    const slack = 1e-13 * Math.max(1, Math.abs(current));
    let accepted = false;
    for (let halvings = 0, scale = 1; halvings < 30; halvings++, scale /= 2) {
      const nextX = x.map((v, j) => v - scale * step[j]);
      const nextZ = z.map((v, i) => v - scale * change[i]);
      const next = objective(nextZ, converted, nextX.subarray(0, p), c);
      if (next <= current + slack) {
        x = nextX;
        z = nextZ;
        current = next;
        accepted = true;
        break;
      }
    }
    if (!accepted) {
      // No step lowers the objective: it is at its minimum as far as rounding can tell.
      iterations++;
      break;
    }
  }
  return { intercept: x[p], weights: x.slice(0, p), iterations, innerIterations };
}
