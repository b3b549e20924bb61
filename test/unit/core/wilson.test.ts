import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/core/wilson';

describe('wilsonInterval', () => {
  it('gives [0.2366, 0.7634] for 5 conversions in 10 leads', () => {
    const { low, high } = wilsonInterval(5, 10);
    expect(low).toBeCloseTo(0.236593, 6);
    expect(high).toBeCloseTo(0.763407, 6);
  });
  it('starts at exactly 0 for 0 conversions and reaches 0.2775 for 10 leads', () => {
    const { low, high } = wilsonInterval(0, 10);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.277533, 6);
  });
  it('ends at exactly 1 for 100% conversions', () => {
    const { low, high } = wilsonInterval(10, 10);
    expect(low).toBeCloseTo(0.722467, 6);
    expect(high).toBe(1);
  });
  it('is wide for a single lead: 1 of 1 gives [0.2065, 1]', () => {
    const { low, high } = wilsonInterval(1, 1);
    expect(low).toBeCloseTo(0.206549, 6);
    expect(high).toBe(1);
  });
  it('is [0, 1] with no leads', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
  it('always holds the close rate and narrows with more leads (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const c = Math.round(share * n);
          const { low, high } = wilsonInterval(c, n);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(c / n + 1e-12);
          expect(high).toBeGreaterThanOrEqual(c / n - 1e-12);
          const wider = wilsonInterval(c, n);
          const narrower = wilsonInterval(4 * c, 4 * n);
          expect(narrower.high - narrower.low).toBeLessThan(wider.high - wider.low);
        },
      ),
    );
  });
});
