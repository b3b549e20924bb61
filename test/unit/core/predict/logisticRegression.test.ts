import { describe, expect, it } from 'vitest';
import { designMatrix } from '../../../../src/core/predict/designMatrix';
import { fitLogistic, linearPredictor } from '../../../../src/core/predict/logisticRegression';
import { blockLeads, leadBlock } from '../../../support/leadBlocks';

describe('logistic regression', () => {
  it('matches the closed form for one attribute: the penalised score equations hold at the fit', () => {
    const { cells, converted } = blockLeads(leadBlock('Ads', 40, 20), leadBlock('Web', 60, 6));
    const design = designMatrix([{ name: 'Source', cells }]);
    const fit = fitLogistic(design, converted, 1);
    // At the optimum, C·Σ(p − y)·x + w = 0 for each weight and Σ(p − y) = 0 for the intercept.
    const z = linearPredictor(design, fit.intercept, fit.weights);
    const p = Array.from(z, (v) => 1 / (1 + Math.exp(-v)));
    const residual = (from: number, to: number) =>
      p.slice(from, to).reduce((s, pi, i) => s + pi - converted[from + i], 0);
    expect(residual(0, 100)).toBeCloseTo(0, 9);
    expect(residual(0, 40) + fit.weights[0]).toBeCloseTo(0, 9);
    expect(residual(40, 100) + fit.weights[1]).toBeCloseTo(0, 9);
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(fit.weights[1]).toBeLessThan(0);
  });

  it('converges on perfectly separated leads, with finite weights thanks to the penalty', () => {
    const { cells, converted } = blockLeads(leadBlock('Demo', 30, 30), leadBlock('Blog', 30, 0));
    const fit = fitLogistic(designMatrix([{ name: 'Source', cells }]), converted);
    expect(fit.iterations).toBeLessThan(50);
    expect(Number.isFinite(fit.weights[0])).toBe(true);
    expect(fit.weights[0] - fit.weights[1]).toBeGreaterThan(4);
  });

  it('splits the weight of two identical columns evenly', () => {
    const { cells, converted } = blockLeads(leadBlock('A', 50, 30), leadBlock('B', 50, 10));
    const design = designMatrix([
      { name: 'One', cells },
      { name: 'Copy', cells },
    ]);
    const fit = fitLogistic(design, converted);
    expect(fit.weights[0]).toBeCloseTo(fit.weights[2], 9);
    expect(fit.weights[1]).toBeCloseTo(fit.weights[3], 9);
  });
});
