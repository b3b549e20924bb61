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
import { liftTable } from '../../../src/core/liftTable';
import { parseModelTable } from '../../../src/core/modelTable';
import { scoreAuc } from '../../../src/core/scoreAuc';
import { scoreLeads } from '../../../src/core/scoreLeads';
import { suggestPoints } from '../../../src/core/suggestPoints';
import { suggestedPointsRows } from '../../../src/glue/format/closeRates';

const script = referenceScript('roc_auc.py');
const sklearnReady = pythonHas('sklearn');

describe.skipIf(!dataReady)(
  `scoring the X Education leads with =SUGGESTPOINTS' model${dataReady ? '' : ' (skipped: the dataset ../shared/data/leads-x-education.csv is absent)'}`,
  { timeout: 60_000 },
  () => {
    const { header, leads: data } = dataReady ? readXEducation() : { header: [], leads: [] };
    const split = Math.floor(data.length * 0.7);
    const fit = data.slice(0, split);
    const heldOut = data.slice(split);
    // The model as =SUGGESTPOINTS lays it out in the sheet, fitted on the first 70% of rows only.
    const suggested = suggestPoints(
      attributes.map((name) => ({ name, cells: columnOf(header, fit, name) })),
      convertedOf(header, fit),
    );
    const model = parseModelTable(suggestedPointsRows(suggested.rows));
    const scored = scoreLeads(
      { names: attributes, columns: attributes.map((n) => columnOf(header, heldOut, n)) },
      model.rules,
    );
    const converted = convertedOf(header, heldOut);
    const auc = scoreAuc(scored.totals, converted);

    it('reads the whole =SUGGESTPOINTS table as a model', () => {
      expect(model.rules).toHaveLength(suggested.rows.length);
    });
    it('separates the held-out 30% of leads clearly better than chance', () => {
      console.log(
        `X Education held-out AUC: ${auc.toFixed(6)} on ${heldOut.length} leads, ${model.rules.length} rules`,
      );
      expect(auc).toBeGreaterThan(0.75);
    });
    it('puts more conversions in the top band than its share of leads', () => {
      const [top] = liftTable(scored.totals, converted, 10);
      expect(top.lift).toBeGreaterThan(1.5);
    });
    it.skipIf(!sklearnReady)(
      `agrees with scikit-learn's roc_auc_score to 1e-9${sklearnReady ? '' : ' (skipped: Debian python3 with sklearn is absent)'}`,
      () => {
        const answer = spawnSync(python, [script], {
          input: JSON.stringify({ scores: [...scored.totals], converted: [...converted] }),
          encoding: 'utf8',
        });
        expect(answer.status, answer.stderr).toBe(0);
        const { auc: reference } = JSON.parse(answer.stdout) as { auc: number };
        console.log(`scikit-learn roc_auc_score: ${reference.toFixed(12)}, LeadLift: ${auc.toFixed(12)}`);
        expect(Math.abs(auc - reference)).toBeLessThan(1e-9);
      },
    );
  },
);
