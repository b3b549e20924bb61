import { spawnSync } from 'node:child_process';
import {
  columnOf,
  convertedOf,
  dataReady,
  python,
  pythonHas,
  readXEducation,
  referenceScript,
  xEducationAttributes as attributes,
} from '../../support/realData';
import { describe, expect, it } from 'vitest';
import { scoreAuc } from '../../../src/core/scoreAuc';
import { ruleMatchesLead, scoreLeads } from '../../../src/core/scoreLeads';
import type { DesignMatrix } from '../../../src/core/predict/designMatrix';
import { predictModel } from '../../../src/core/predict/predictModel';
import { weightRules } from '../../support/modelRules';

const script = referenceScript('logistic.py');
const sklearnReady = pythonHas('sklearn');

const skipReason = !dataReady
  ? 'the dataset ../shared/data/leads-x-education.csv is absent'
  : !sklearnReady
    ? 'Debian python3 with scikit-learn is absent'
    : '';

describe.skipIf(skipReason !== '')(
  `=PREDICTMODEL's logistic regression on the X Education leads against scikit-learn${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  { timeout: 60_000 },
  () => {
    it('fits the same weights and reaches the same held-out AUC', () => {
      const { header, leads: data } = readXEducation();
      const split = Math.floor(data.length * 0.7);
      const train = data.slice(0, split);
      const test = data.slice(split);
      const model = predictModel(
        attributes.map((name) => ({ name, cells: columnOf(header, train, name) })),
        convertedOf(header, train),
      );
      // The model as a table, read back as =LEADPROBABILITY reads it: rules with their weights as points.
      const rules = weightRules(model.rules);
      const indicators = (part: string[][]) => {
        const scored = scoreLeads(
          { names: attributes, columns: attributes.map((n) => columnOf(header, part, n)) },
          rules,
        );
        const matrix = part.map((_, i) => rules.map((_, r) => (ruleMatchesLead(scored, r, i) ? 1 : 0)));
        return { matrix, z: Array.from(scored.totals, (t) => t + model.intercept) };
      };
      const trainSide = indicators(train);
      const testSide = indicators(test);
      // The table's rules reproduce the design matrix the model was fitted on.
      const { active, width } = model.design as DesignMatrix;
      trainSide.matrix.slice(0, 500).forEach((row, i) => {
        const on = row.flatMap((v, f) => (v ? [f] : []));
        expect(on).toEqual(Array.from(active.slice(i * width, (i + 1) * width)).sort((a, b) => a - b));
      });
      const request = {
        train: trainSide.matrix,
        trainConverted: Array.from(convertedOf(header, train)),
        test: testSide.matrix,
        testConverted: Array.from(convertedOf(header, test)),
        C: 1.0,
      };
      const answer = spawnSync(python, [script], { input: JSON.stringify(request), maxBuffer: 1 << 28 });
      expect(answer.status, answer.stderr?.toString()).toBe(0);
      const sklearn = JSON.parse(answer.stdout.toString()) as {
        intercept: number;
        weights: number[];
        auc: number;
      };
      const ours = scoreAuc(testSide.z, convertedOf(header, test));
      const largestGap = Math.max(...sklearn.weights.map((w, f) => Math.abs(w - model.rules[f].weight)));
      console.log(
        `X Education, ${model.rules.length} features: held-out AUC ours ${ours.toFixed(6)}, scikit-learn ${sklearn.auc.toFixed(6)}; largest weight gap ${largestGap.toExponential(2)}`,
      );
      expect(ours).toBeGreaterThan(0.75);
      expect(Math.abs(ours - sklearn.auc)).toBeLessThan(0.005);
      expect(largestGap).toBeLessThan(1e-6);
      expect(Math.abs(sklearn.intercept - model.intercept)).toBeLessThan(1e-6);
    });
  },
);
