import { describe, expect, it } from 'vitest';
import { designMatrix } from '../../../../src/core/predict/designMatrix';
import { fitNaiveBayes } from '../../../../src/core/predict/naiveBayes';
import { blockLeads, leadBlock } from '../../../support/leadBlocks';

describe('naive Bayes', () => {
  it('gives each value the log-odds of its shrunk close rate against the overall rate', () => {
    const { cells, converted } = blockLeads(leadBlock('Ads', 50, 25), leadBlock('Web', 50, 5));
    const fit = fitNaiveBayes(designMatrix([{ name: 'Source', cells }]), converted);
    expect(fit.intercept).toBeCloseTo(Math.log(0.3 / 0.7), 12);
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(fit.weights[1]).toBeLessThan(0);
  });

  it('does not push a small, all-converted value to certainty', () => {
    const { cells, converted } = blockLeads(
      leadBlock('Big', 200, 40),
      leadBlock('Rare', 10, 10),
      leadBlock('Other', 200, 40),
    );
    const fit = fitNaiveBayes(designMatrix([{ name: 'Source', cells }]), converted);
    const probability = 1 / (1 + Math.exp(-(fit.intercept + fit.weights[1])));
    expect(probability).toBeLessThan(0.95);
    expect(probability).toBeGreaterThan(0.3);
  });
});
