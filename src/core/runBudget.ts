// How many rows a run may score before Apps Script's 6-minute limit: the plan behind continuing in the next run.

/** Apps Script stops an execution at 6 minutes; a run stops starting new blocks well before that. */
export const defaultRunBudgetMs = 4.5 * 60 * 1000;

/**
 * The rows of a sheet cut into blocks of at most `blockRows`, from `fromRow` (1-based, inclusive) to
 * `lastRow` (inclusive). A block is written whole or not at all, so blocks are the unit of progress.
 * @example rowBlocks(2, 10, 4) // → [{from: 2, to: 5}, {from: 6, to: 9}, {from: 10, to: 10}]
 */
export function rowBlocks(
  fromRow: number,
  lastRow: number,
  blockRows: number,
): { from: number; to: number }[] {
  if (!(blockRows >= 1)) throw new RangeError('blockRows must be at least 1.');
  const blocks: { from: number; to: number }[] = [];
  for (let from = fromRow; from <= lastRow; from += blockRows) {
    blocks.push({ from, to: Math.min(from + blockRows - 1, lastRow) });
  }
  return blocks;
}

/**
 * Whether another block fits in the time left, judged by the slowest block so far plus a safety margin of
 * half a block: a run never starts a block it cannot finish.
 * @example hasTimeForAnotherBlock(180_000, [40_000, 50_000], 270_000) // → true: 180 s + 75 s fits in 270 s
 */
export function hasTimeForAnotherBlock(
  elapsedMs: number,
  blockDurationsMs: readonly number[],
  budgetMs: number,
): boolean {
  const slowest = blockDurationsMs.length === 0 ? 0 : Math.max(...blockDurationsMs);
  return elapsedMs + slowest * 1.5 <= budgetMs;
}
