// Leads built from blocks of one value each, so that a test's counts and rates can be worked out by hand.

/** `n` leads whose attribute is `value`, the first `won` of them converted. */
export function leadBlock(value: string, n: number, won: number) {
  return {
    cells: Array<string>(n).fill(value),
    converted: Array.from({ length: n }, (_, i) => (i < won ? 1 : 0)),
  };
}

/** The blocks one after another: one attribute's cells and the leads' outcomes. */
export function blockLeads(...blocks: ReturnType<typeof leadBlock>[]) {
  return {
    cells: blocks.flatMap((b) => b.cells),
    converted: Uint8Array.from(blocks.flatMap((b) => b.converted)),
  };
}
