import { describe, expect, it } from 'vitest';
import { readFunctionHelp } from '../../../src/playground/functionHelp';

const code = `
/**
 * Close rates per value.
 *
 * @param {C2:C} attribute The attribute column.
 * @param {">=50"} [criterion] (optional) Leave out for the table.
 * @return One close rate.
 * @customfunction
 */
function CLOSERATE(attribute, criterion) {
  return LeadLift.CLOSERATE(attribute, criterion);
}

/** Opens the LeadLift sidebar. */
function showSidebar() {}
`;

describe('formula help from Code.js', () => {
  it('reads the summary, arguments and result of each @customfunction, and skips other functions', () => {
    expect(readFunctionHelp(code)).toEqual([
      {
        name: 'CLOSERATE',
        summary: 'Close rates per value.',
        params: [
          { name: 'attribute', example: 'C2:C', help: 'The attribute column.', optional: false },
          { name: 'criterion', example: '">=50"', help: 'Leave out for the table.', optional: true },
        ],
        returns: 'One close rate.',
      },
    ]);
  });
});
