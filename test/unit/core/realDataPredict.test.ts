import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  asCell,
  dataFile,
  dataReady,
  parseCsv,
  python,
  pythonHas,
  referenceScript,
} from '../../support/realData';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cellValue';
import { parseModelTable } from '../../../src/core/modelTable';
import { scoreAuc } from '../../../src/core/scoreAuc';
import { ruleMatchesLead, scoreLeads } from '../../../src/core/scoreLeads';
import type { DesignMatrix } from '../../../src/core/predict/designMatrix';
import { predictModel } from '../../../src/core/predict/predictModel';

const script = referenceScript('logistic.py');
const sklearnReady = pythonHas('sklearn');

/** Attributes a marketer knows before sales talks to the lead (Tags, Lead Quality and the like leak the outcome). */
const attributes = [
  'Lead Origin',
  'Lead Source',
  'Do Not Email',
  'TotalVisits',
  'Total Time Spent on Website',
  'Page Views Per Visit',
  'Last Activity',
  'Country',
  'Specialization',
  'What is your current occupation',
  'City',
];

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
      const rows = parseCsv(readFileSync(dataFile, 'utf8'));
      const header = rows[0];
      const data = rows.slice(1).filter((r) => r.length > 1);
      const split = Math.floor(data.length * 0.7);
      const columnOf = (part: string[][], name: string) => part.map((r) => asCell(r[header.indexOf(name)]));
      const outcomeOf = (part: string[][]) =>
        Uint8Array.from(part.map((r) => Number(r[header.indexOf('Converted')])));
      const train = data.slice(0, split);
      const test = data.slice(split);
      const model = predictModel(
        attributes.map((name) => ({ name, cells: columnOf(train, name) })),
        outcomeOf(train),
      );
      // The model as a table, read back as =LEADPROBABILITY reads it: rules with their weights as points.
      const table: CellValue[][] = [
        ['Attribute', 'Value', 'Points'],
        ...model.rules.map((r) => [r.attribute, r.value, r.weight]),
      ];
      const rules = parseModelTable(table).rules;
      const indicators = (part: string[][]) => {
        const scored = scoreLeads(
          { names: attributes, columns: attributes.map((n) => columnOf(part, n)) },
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
        trainConverted: Array.from(outcomeOf(train)),
        test: testSide.matrix,
        testConverted: Array.from(outcomeOf(test)),
        C: 1.0,
      };
      const answer = spawnSync(python, [script], { input: JSON.stringify(request), maxBuffer: 1 << 28 });
      expect(answer.status, answer.stderr?.toString()).toBe(0);
      const sklearn = JSON.parse(answer.stdout.toString()) as {
        intercept: number;
        weights: number[];
        auc: number;
      };
      const ours = scoreAuc(testSide.z, outcomeOf(test));
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
