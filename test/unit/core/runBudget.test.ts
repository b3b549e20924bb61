import { describe, expect, it } from 'vitest';
import { hasTimeForAnotherBlock, rowBlocks } from '../../../src/core/runBudget';

describe('run budget', () => {
  it('cuts rows into whole blocks, the last one shorter', () => {
    expect(rowBlocks(2, 10, 4)).toEqual([
      { from: 2, to: 5 },
      { from: 6, to: 9 },
      { from: 10, to: 10 },
    ]);
    expect(rowBlocks(5, 4, 4)).toEqual([]);
  });

  it('starts another block only when the slowest block so far, and half again, still fits', () => {
    expect(hasTimeForAnotherBlock(180_000, [40_000, 50_000], 270_000)).toBe(true);
    expect(hasTimeForAnotherBlock(200_000, [40_000, 50_000], 270_000)).toBe(false);
    expect(hasTimeForAnotherBlock(0, [], 270_000)).toBe(true);
  });
});
