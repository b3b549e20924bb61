// Counts in messages, in the right number: "1 row", "2 rows".

/**
 * `n` followed by the noun in the singular for 1 and the plural otherwise.
 * @example quantity(1, 'lead') // '1 lead'
 * @example quantity(3, 'lead that did not convert', 'leads that did not convert') // '3 leads that did not convert'
 */
export function quantity(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
