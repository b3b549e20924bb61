import { describe, expect, it } from 'vitest';
import {
  aucStandardError,
  enoughForVerdict,
  healthVerdictText,
  leadsNeeded,
  modelHealth,
} from '../../../src/core/modelHealth';

/** Leads whose scores separate buyers by `shift` standard deviations, from a seeded generator. */
function leads(count: number, rate: number, shift: number, seed = 7) {
  let state = seed;
  const uniform = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const converted = Array.from({ length: count }, () => (uniform() < rate ? 1 : 0));
  const scores = converted.map((c) => normal() + c * shift);
  return { scores, converted };
}

describe('aucStandardError', () => {
  it("gives Hanley and McNeil's own example: AUC 0.893 on 51 abnormal and 58 normal images, SE 0.032", () => {
    // The paper prints 0.032, cut to three decimals.
    const se = aucStandardError(0.893, 51, 58);
    expect(se).toBeGreaterThanOrEqual(0.032);
    expect(se).toBeLessThan(0.033);
  });

  it('shrinks as leads close, like 1/√n', () => {
    const ratio = aucStandardError(0.7, 100, 400) / aucStandardError(0.7, 400, 1600);
    expect(ratio).toBeCloseTo(2, 1);
  });

  it('matches the spread of AUCs over many samples of a working model', () => {
    const aucs: number[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const sample = leads(300, 0.3, 1, seed * 7919);
      aucs.push(modelHealth(sample.scores, sample.converted).auc!);
    }
    const mean = aucs.reduce((a, b) => a + b, 0) / aucs.length;
    const spread = Math.sqrt(aucs.reduce((a, b) => a + (b - mean) ** 2, 0) / (aucs.length - 1));
    expect(spread / aucStandardError(mean, 90, 210)).toBeGreaterThan(0.8);
    expect(spread / aucStandardError(mean, 90, 210)).toBeLessThan(1.25);
  });
});

describe('enough closed leads for a verdict', () => {
  it('needs the AUC known to ±0.1: 68 and 67 when half convert, fewer buyers when 1 in 5 converts', () => {
    expect(leadsNeeded(50, 50)).toEqual({ positives: 68, negatives: 67 });
    expect(enoughForVerdict(67, 67)).toBe(false);
    expect(enoughForVerdict(68, 67)).toBe(true);
    const fifth = leadsNeeded(20, 80);
    expect(fifth.positives / (fifth.positives + fifth.negatives)).toBeCloseTo(0.2, 2);
    expect(enoughForVerdict(fifth.positives, fifth.negatives)).toBe(true);
    expect(enoughForVerdict(0, 1000)).toBe(false);
  });
});

describe('modelHealth', () => {
  it('waits, without an AUC, before enough leads closed', () => {
    const { scores, converted } = leads(40, 0.4, 2);
    const reading = modelHealth(scores, converted);
    expect(reading.verdict).toBe('waiting');
    expect(reading.auc).toBeUndefined();
    expect(reading.closed).toBe(40);
    expect(healthVerdictText(reading, 'converted')).toMatch(/^Too early to tell: 40 of the leads/);
  });

  it('still working when the scores separate as they did', () => {
    const { scores, converted } = leads(2000, 0.3, 1.5);
    const reading = modelHealth(scores, converted, undefined, 0.85);
    expect(reading.verdict).toBe('working');
    expect(reading.auc).toBeGreaterThan(0.8);
    expect(healthVerdictText(reading, 'converted', 0.85)).toMatch(
      /^Still working: .*AUC 0\.8\d, 0\.85 when applied/,
    );
  });

  it('weaker, by how much, when the AUC fell well below the one at apply time', () => {
    const { scores, converted } = leads(2000, 0.3, 0.8);
    const reading = modelHealth(scores, converted, undefined, 0.85);
    expect(reading.verdict).toBe('weaker');
    expect(reading.drop).toBeCloseTo(0.85 - reading.auc!, 10);
    expect(healthVerdictText(reading, 'converted', 0.85)).toMatch(
      /^Weaker: AUC 0\.7\d, down 0\.\d\d from 0\.85 .* Learn points from history again\.$/,
    );
  });

  it('a small dip (under 0.05) is the usual gap between fitted and new leads, not weaker', () => {
    const { scores, converted } = leads(5000, 0.3, 1.5);
    const auc = modelHealth(scores, converted).auc!;
    expect(modelHealth(scores, converted, undefined, auc + 0.04).verdict).toBe('working');
  });

  it('no longer separating when the scores rank buyers as a coin would; retention says left', () => {
    const { scores, converted } = leads(2000, 0.3, 0);
    const reading = modelHealth(scores, converted, undefined, 0.85);
    expect(reading.verdict).toBe('not separating');
    expect(healthVerdictText(reading, 'left')).toMatch(
      /^No longer separating: .* those that left from the rest no better than chance\. Learn points from history again\.$/,
    );
  });

  it('gives the mean predicted rate beside the observed one when the model gives probabilities', () => {
    const reading = modelHealth([1, 2, 3, 4], [0, 0, 1, 1], [0.1, 0.2, 0.6, 0.7]);
    expect(reading.meanPredicted).toBeCloseTo(0.4, 10);
    expect(reading.observedRate).toBe(0.5);
    expect(modelHealth([], []).observedRate).toBeUndefined();
  });
});
