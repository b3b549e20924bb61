import { describe, expect, it } from 'vitest';
import { designMatrix } from '../../../src/core/predict/designMatrix';
import { fitLogistic, linearPredictor } from '../../../src/core/predict/logisticRegression';
import { fitNaiveBayes } from '../../../src/core/predict/naiveBayes';
import { logOddsToPoints } from '../../../src/core/logOdds';
import { predictModel } from '../../../src/core/predict/predictModel';

/** `n` leads of value `value`, `won` of them converted. */
function block(value: string, n: number, won: number) {
  return {
    cells: Array<string>(n).fill(value),
    converted: Array.from({ length: n }, (_, i) => (i < won ? 1 : 0)),
  };
}

function leads(...blocks: ReturnType<typeof block>[]) {
  return {
    cells: blocks.flatMap((b) => b.cells),
    converted: Uint8Array.from(blocks.flatMap((b) => b.converted)),
  };
}

describe('the design matrix', () => {
  it('has one feature per value, rare values folded into (other)', () => {
    const { cells } = leads(
      block('Ads', 20, 5),
      block('Web', 15, 1),
      block('Fax', 3, 0),
      block('Telex', 2, 0),
    );
    const design = designMatrix([{ name: 'Source', cells }]);
    expect(design.features).toEqual([
      { attribute: 'Source', value: 'Ads', leads: 20 },
      { attribute: 'Source', value: 'Web', leads: 15 },
      { attribute: 'Source', value: '(other)', leads: 5 },
    ]);
    expect(Array.from(design.active.slice(34, 40))).toEqual([1, 2, 2, 2, 2, 2]);
  });

  it('skips a single-value attribute and a date attribute', () => {
    const dates = Array.from({ length: 30 }, (_, i) => new Date(2026, 0, i + 1));
    const design = designMatrix([
      { name: 'Plan', cells: Array(30).fill('Pro') },
      { name: 'Created', cells: dates },
    ]);
    expect(design.skipped).toEqual(['Plan', 'Created']);
    expect(design.features).toEqual([]);
  });

  it('cuts a numeric attribute into the quantile bins =SUGGESTPOINTS uses', () => {
    const visits = Array.from({ length: 100 }, (_, i) => i);
    const design = designMatrix([{ name: 'Visits', cells: visits }]);
    expect(design.features.map((f) => f.value)).toEqual(['<20', '>=20 <40', '>=40 <60', '>=60 <80', '>=80']);
  });

  it('keeps 10,000 distinct values to the ones with enough leads', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => `id-${i}`).concat(Array(50).fill('common'));
    const design = designMatrix([{ name: 'Email', cells }]);
    expect(design.features.map((f) => [f.value, f.leads])).toEqual([
      ['common', 50],
      ['(other)', 10_000],
    ]);
  });
});

describe('logistic regression', () => {
  it('matches the closed form for one attribute: the penalised score equations hold at the fit', () => {
    const { cells, converted } = leads(block('Ads', 40, 20), block('Web', 60, 6));
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
    const { cells, converted } = leads(block('Demo', 30, 30), block('Blog', 30, 0));
    const fit = fitLogistic(designMatrix([{ name: 'Source', cells }]), converted);
    expect(fit.iterations).toBeLessThan(50);
    expect(Number.isFinite(fit.weights[0])).toBe(true);
    expect(fit.weights[0] - fit.weights[1]).toBeGreaterThan(4);
  });

  it('splits the weight of two identical columns evenly', () => {
    const { cells, converted } = leads(block('A', 50, 30), block('B', 50, 10));
    const design = designMatrix([
      { name: 'One', cells },
      { name: 'Copy', cells },
    ]);
    const fit = fitLogistic(design, converted);
    expect(fit.weights[0]).toBeCloseTo(fit.weights[2], 9);
    expect(fit.weights[1]).toBeCloseTo(fit.weights[3], 9);
  });
});

describe('naive Bayes', () => {
  it('gives each value the log-odds of its shrunk close rate against the overall rate', () => {
    const { cells, converted } = leads(block('Ads', 50, 25), block('Web', 50, 5));
    const fit = fitNaiveBayes(designMatrix([{ name: 'Source', cells }]), converted);
    expect(fit.intercept).toBeCloseTo(Math.log(0.3 / 0.7), 12);
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(fit.weights[1]).toBeLessThan(0);
  });

  it('does not push a small, all-converted value to certainty', () => {
    const { cells, converted } = leads(block('Big', 200, 40), block('Rare', 10, 10), block('Other', 200, 40));
    const fit = fitNaiveBayes(designMatrix([{ name: 'Source', cells }]), converted);
    const probability = 1 / (1 + Math.exp(-(fit.intercept + fit.weights[1])));
    expect(probability).toBeLessThan(0.95);
    expect(probability).toBeGreaterThan(0.3);
  });
});

describe('the predictive model', () => {
  it('turns weights into points: +10 points doubles the odds', () => {
    expect(logOddsToPoints(Math.LN2, 10)).toBe(10);
    expect(logOddsToPoints(-Math.LN2 / 2, 10)).toBe(-5);
    expect(logOddsToPoints(Math.LN2, 20)).toBe(20);
  });

  it('handles missing values as the value (blank)', () => {
    const { cells, converted } = leads(block('Ads', 30, 15), block('', 30, 3));
    const model = predictModel([{ name: 'Source', cells }], converted);
    expect(model.rules.map((r) => r.value)).toEqual(['Ads', '(blank)']);
  });

  it('refuses histories it cannot learn from, saying why', () => {
    const one = leads(block('Ads', 1, 1));
    expect(() => predictModel([{ name: 'S', cells: one.cells }], one.converted)).toThrow(/many leads/);
    const all = leads(block('Ads', 30, 30));
    expect(() => predictModel([{ name: 'S', cells: all.cells }], all.converted)).toThrow(/Every lead/);
    const few = leads(block('Ads', 30, 4), block('Web', 30, 0));
    expect(() => predictModel([{ name: 'S', cells: few.cells }], few.converted)).toThrow(
      /only 4 conversions/,
    );
  });
});
