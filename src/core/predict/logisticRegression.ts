// L2-regularised logistic regression on indicator features, fitted by Newton's method (IRLS).
// It minimises C·Σ log-loss + ½‖w‖² with the intercept unpenalised: scikit-learn's LogisticRegression objective, so
// the weights can be checked against it. The penalty keeps the Hessian positive definite, so Newton converges
// even when a feature separates converted from lost leads perfectly.

import { sigmoid } from '../logOdds';
import type { DesignMatrix } from './designMatrix';

export interface LogisticFit {
  intercept: number;
  weights: Float64Array;
  iterations: number;
}

/** The log-odds of each lead under a fit. */
export function linearPredictor(
  design: DesignMatrix,
  intercept: number,
  weights: Float64Array,
): Float64Array {
  const { active, width, leadCount } = design;
  const z = new Float64Array(leadCount).fill(intercept);
  for (let i = 0; i < leadCount; i++) {
    for (let a = 0; a < width; a++) z[i] += weights[active[i * width + a]];
  }
  return z;
}

/** C·Σ log-loss + ½‖w‖², the objective minimised. */
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

/** Solves H·x = g in place for a symmetric positive definite H (row-major n × n) by Cholesky. */
function choleskySolve(h: Float64Array, g: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = h[j * n + j];
    for (let k = 0; k < j; k++) d -= l[j * n + k] * l[j * n + k];
    if (!(d > 0)) throw new RangeError('The Hessian is not positive definite.');
    const root = Math.sqrt(d);
    l[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let s = h[i * n + j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = s / root;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k];
    y[i] = s / l[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
    x[i] = s / l[i * n + i];
  }
  return x;
}

/**
 * Fits the model. `c` is scikit-learn's C (inverse penalty strength, default 1). Deterministic: the same leads give
 * the same weights.
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
  let weights = new Float64Array(p);
  let intercept = 0;
  let z = linearPredictor(design, intercept, weights);
  let current = objective(z, converted, weights, c);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const gradient = new Float64Array(n);
    const hessian = new Float64Array(n * n);
    for (let i = 0; i < leadCount; i++) {
      const prob = sigmoid(z[i]);
      const residual = c * (prob - converted[i]);
      const w = c * prob * (1 - prob);
      const base = i * width;
      gradient[p] += residual;
      hessian[p * n + p] += w;
      for (let a = 0; a < width; a++) {
        const j = active[base + a];
        gradient[j] += residual;
        hessian[j * n + p] += w;
        hessian[p * n + j] += w;
        for (let b = 0; b < width; b++) hessian[j * n + active[base + b]] += w;
      }
    }
    for (let j = 0; j < p; j++) {
      gradient[j] += weights[j];
      hessian[j * n + j] += 1;
    }
    // A tiny ridge on the intercept keeps H invertible when every lead has the same outcome.
    hessian[p * n + p] += 1e-12;
    const step = choleskySolve(hessian, gradient, n);
    // Newton's step, halved until the objective goes down (it almost always does at once).
    let scale = 1;
    let next = current;
    let nextWeights = weights;
    let nextIntercept = intercept;
    let nextZ = z;
    for (let halvings = 0; halvings < 30; halvings++, scale /= 2) {
      nextWeights = weights.map((w, j) => w - scale * step[j]);
      nextIntercept = intercept - scale * step[p];
      nextZ = linearPredictor(design, nextIntercept, nextWeights);
      next = objective(nextZ, converted, nextWeights, c);
      if (next <= current) break;
    }
    let largest = 0;
    for (let j = 0; j < n; j++) largest = Math.max(largest, Math.abs(scale * step[j]));
    weights = nextWeights;
    intercept = nextIntercept;
    z = nextZ;
    const improvement = current - next;
    current = next;
    if (largest < 1e-10 || improvement <= 1e-14 * Math.max(1, Math.abs(current))) {
      iterations++;
      break;
    }
  }
  return { intercept, weights, iterations };
}
