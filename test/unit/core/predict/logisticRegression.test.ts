import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { designMatrix } from '../../../../src/core/predict/designMatrix';
import { fitLogistic, linearPredictor } from '../../../../src/core/predict/logisticRegression';
import { blockLeads, leadBlock } from '../../../support/leadBlocks';
import { python, pythonHas, referenceScript } from '../../../support/realData';
import { random } from '../../../bench/syntheticLeads';

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

/** Leads with an account column of one value per 12 leads, a plan of 4 and visits; the close rate follows all three. */
function manyValueLeads(rows: number) {
  const next = random(rows);
  const values = Math.round(rows / 12);
  const account: string[] = [];
  const plan: string[] = [];
  const visits: number[] = [];
  const converted = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const a = Math.floor(next() * values);
    const v = Math.floor(next() * 30);
    account.push(`account ${a}`);
    plan.push(`plan ${r % 4}`);
    visits.push(v);
    converted[r] = next() < 0.04 + (a % 3) * 0.04 + (r % 4) * 0.02 + v * 0.003 ? 1 : 0;
  }
  return {
    design: designMatrix([
      { name: 'Account', cells: account },
      { name: 'Plan', cells: plan },
      { name: 'Visits', cells: visits },
    ]),
    converted,
  };
}

const skipReason = pythonHas('sklearn') ? '' : 'Debian python3 with scikit-learn is absent';

describe('logistic regression over an attribute of many values', () => {
  it.skipIf(skipReason !== '')(
    `fits scikit-learn's weights on an account column of 500 values${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    { timeout: 60_000 },
    () => {
      const { design, converted } = manyValueLeads(6000);
      expect(design.features.length).toBeGreaterThan(350);
      const fit = fitLogistic(design, converted);
      const { active, width, features } = design;
      const matrix = Array.from({ length: design.leadCount }, (_, i) => {
        const row = new Array<number>(features.length).fill(0);
        for (let a = 0; a < width; a++) row[active[i * width + a]] = 1;
        return row;
      });
      const request = {
        train: matrix,
        trainConverted: Array.from(converted),
        test: matrix,
        testConverted: Array.from(converted),
        C: 1.0,
      };
      const answer = spawnSync(python, [referenceScript('logistic.py')], {
        input: JSON.stringify(request),
        maxBuffer: 1 << 28,
      });
      expect(answer.status, answer.stderr?.toString()).toBe(0);
      const sklearn = JSON.parse(answer.stdout.toString()) as { intercept: number; weights: number[] };
      const largestGap = Math.max(...sklearn.weights.map((w, f) => Math.abs(w - fit.weights[f])));
      expect(largestGap).toBeLessThan(1e-6);
      expect(Math.abs(sklearn.intercept - fit.intercept)).toBeLessThan(1e-6);
    },
  );

  it('takes as few Newton and conjugate-gradient steps on 6,000 values as on 500', () => {
    // Each step is one pass over the leads' features, so a flat count means a cost linear in the leads.
    const few = manyValueLeads(6000);
    const small = fitLogistic(few.design, few.converted);
    const { design, converted } = manyValueLeads(72_000);
    expect(design.features.length).toBeGreaterThan(4000);
    const large = fitLogistic(design, converted);
    expect(large.iterations).toBeLessThan(15);
    expect(large.innerIterations).toBeLessThan(100);
    expect(large.innerIterations).toBeLessThan(2 * small.innerIterations + 10);
  });
});
