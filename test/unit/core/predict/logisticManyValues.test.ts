import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { designMatrix } from '../../../../src/core/predict/designMatrix';
import { fitLogistic } from '../../../../src/core/predict/logisticRegression';
import { python, pythonHas, referenceScript } from '../../../support/realData';
import { random } from '../../../bench/syntheticLeads';

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
