import { join } from 'node:path';
import gas from 'gas-local';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');

/** A custom function needs no service: the bare global object is enough. */
function loadBare() {
  return gas.require(dist, { Logger: { log() {} } }) as Record<string, (...args: unknown[]) => unknown>;
}

describe('=CONVERSIONRATE from dist/Code.js', () => {
  it('reads a header and a 2-D column as Sheets passes it', () => {
    const addOn = loadBare();
    expect(addOn.CONVERSIONRATE([['Converted'], [1], [0], ['yes'], ['no'], [''], ['']])).toBeCloseTo(
      2 / 4,
      12,
    );
  });
  it('names the row of an outcome it cannot read', () => {
    const addOn = loadBare();
    expect(() => addOn.CONVERSIONRATE([['Won'], [true], ['maybe']])).toThrow(
      'Outcome in row 3 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
  });
});
