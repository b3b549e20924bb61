import { describe, expect, it } from 'vitest';
import { conversionRate } from '../../../src/core/conversionRate';
import { InputError } from '../../../src/core/inputError';

describe('conversionRate', () => {
  it('divides the conversions by the leads', () => {
    // 2 of 4 leads converted: 0.5; 1 of 3: 0.333…; none of 2: 0; both of 2: 1.
    expect(conversionRate(Uint8Array.of(1, 0, 0, 1))).toBe(0.5);
    expect(conversionRate([0, 1, 0])).toBeCloseTo(1 / 3, 15);
    expect(conversionRate([0, 0])).toBe(0);
    expect(conversionRate([1, 1])).toBe(1);
  });
  it('refuses an empty outcome range in words the marketer reads', () => {
    expect(() => conversionRate([])).toThrow(InputError);
    expect(() => conversionRate(new Uint8Array(0))).toThrow(
      'There are no leads: the outcome range is empty.',
    );
  });
});
