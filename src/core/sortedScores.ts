// Sorting and counting helpers for score columns: the shared ground of AUC and lift tables.

/**
 * The scores of the leads whose `converted` flag equals `wanted`, sorted from low to high.
 * @example scoresWhere(Float64Array.of(3, 1, 2), Uint8Array.of(1, 0, 1), 1) // Float64Array [2, 3]
 */
export function scoresWhere(
  scores: ArrayLike<number>,
  converted: ArrayLike<number>,
  wanted: 0 | 1,
): Float64Array {
  let count = 0;
  for (let i = 0; i < converted.length; i++) if (converted[i] === wanted) count++;
  const picked = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < converted.length; i++) if (converted[i] === wanted) picked[next++] = scores[i];
  return picked.sort();
}

/**
 * How many values of an ascending array are below `value` (the first index not below it).
 * @example countBelow(Float64Array.of(1, 2, 2, 5), 2) // 1
 */
export function countBelow(ascending: Float64Array, value: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ascending[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many values of an ascending array are at or below `value`.
 * @example countAtOrBelow(Float64Array.of(1, 2, 2, 5), 2) // 3
 */
export function countAtOrBelow(ascending: Float64Array, value: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ascending[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
