// Joint points: one logistic fit over every attribute, scaled to 0–100, so repeated facts share their weight.

import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cellValue';
import { jointPoints, maxScore, shareOut } from '../../../src/core/jointPoints';
import { scoreAuc } from '../../../src/core/scoreAuc';
import { scoreLeads } from '../../../src/core/scoreLeads';
import { suggestPoints } from '../../../src/core/suggestPoints';
import { predictModel } from '../../../src/core/predict/predictModel';
import { customerExport, customerHeaders } from '../../support/customerExport';
import { pointsRules } from '../../support/modelRules';

const rows = customerExport();
const attributeNames = customerHeaders.slice(1, -1);
const columnOf = (name: string) => rows[0].indexOf(name);
const attributes = attributeNames.map((name) => ({
  name,
  cells: rows.slice(1).map((r) => r[columnOf(name)] as CellValue),
}));
const converted = Uint8Array.from(rows.slice(1), (r) => (r[r.length - 1] === 'Yes' ? 1 : 0));
const table = { names: attributeNames, columns: attributes.map((a) => a.cells) };
const totalsOf = (points: readonly { attribute: string; value: string; points: number }[]) =>
  scoreLeads(table, pointsRules(points)).totals;

describe('jointPoints', () => {
  it('shareOut gives whole numbers that add up to the total', () => {
    expect(shareOut([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(shareOut([0.2, 0.5, 0.3], 10)).toEqual([2, 5, 3]);
    expect(shareOut([0, 0], 100)).toEqual([0, 0]);
  });

  it('scores every customer from 0 to 100 and ranks them as the logistic model does', () => {
    const joint = jointPoints(attributes, converted);
    const scores = totalsOf(joint.rows);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...scores)).toBeLessThanOrEqual(maxScore);
    const model = predictModel(attributes, converted, { method: 'logistic' });
    const weights = totalsOf(model.rules.map((r) => ({ ...r, points: r.weight })));
    const logisticAuc = scoreAuc(weights, converted);
    const jointAuc = scoreAuc(scores, converted);
    const summedAuc = scoreAuc(totalsOf(suggestPoints(attributes, converted).rows), converted);
    expect(Math.abs(jointAuc - logisticAuc)).toBeLessThan(0.01);
    // Summing close-rate points counts "No internet service" six times and ranks customers worse.
    expect(summedAuc).toBeLessThan(logisticAuc - 0.01);
  });

  it('gives two copies of one column half the points each, on the same scale', () => {
    const cells = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 'Webinar' : 'Ads'));
    const won = Uint8Array.from(cells, (c, i) =>
      c === 'Webinar' ? (i % 8 === 0 ? 1 : 0) : i % 10 === 1 ? 1 : 0,
    );
    const alone = jointPoints([{ name: 'Source', cells }], won);
    const twice = jointPoints(
      [
        { name: 'Source', cells },
        { name: 'Channel', cells },
      ],
      won,
    );
    const top = (j: typeof alone, attribute: string) =>
      Math.max(...j.rows.filter((r) => r.attribute === attribute).map((r) => r.points));
    expect(top(alone, 'Source')).toBe(100);
    expect(top(twice, 'Source')).toBe(50);
    expect(top(twice, 'Channel')).toBe(50);
    expect(twice.logOddsPerPoint).toBeCloseTo(alone.logOddsPerPoint, 2);
  });

  it("keeps each value's close rate and interval beside its points, and scores unseen values by (other)", () => {
    const joint = jointPoints(attributes, converted);
    const fibre = joint.rows.find((r) => r.attribute === 'Internet service' && r.value === 'Fiber optic')!;
    const evidence = suggestPoints(attributes, converted).rows.find(
      (r) => r.attribute === 'Internet service' && r.value === 'Fiber optic',
    )!;
    expect([fibre.leads, fibre.conversions, fibre.low, fibre.high]).toEqual([
      evidence.leads,
      evidence.conversions,
      evidence.low,
      evidence.high,
    ]);
    expect(joint.rows.filter((r) => r.attribute === 'Region' && r.value === '(other)')).toHaveLength(1);
  });

  it('refuses a history with fewer than 10 conversions, in words', () => {
    const few = Uint8Array.from(converted, (_, i) => (i < 5 ? 1 : 0));
    expect(() => jointPoints(attributes, few)).toThrow(
      /Only 5 leads converted: joint points need at least 10/,
    );
  });
});
