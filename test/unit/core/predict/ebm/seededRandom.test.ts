import { describe, expect, it } from 'vitest';
import { seededRandom, stratifiedSplit } from '../../../../../src/core/predict/ebm/seededRandom';

describe('stratifiedSplit', () => {
  it('holds out the same share of converted and other leads, the same way for the same seed', () => {
    const converted = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const split = stratifiedSplit(converted, 0.15, seededRandom(7));
    const held = (outcome: number) => converted.filter((y, i) => y === outcome && split[i]).length;
    expect([held(1), held(0)]).toEqual([Math.round(50 * 0.15), Math.round(150 * 0.15)]);
    expect(stratifiedSplit(converted, 0.15, seededRandom(7))).toEqual(split);
    expect(stratifiedSplit(converted, 0.15, seededRandom(8))).not.toEqual(split);
  });
});
