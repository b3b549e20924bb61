import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');

describe('=CONVERSIONRATE from dist/Code.js', () => {
  it('reads a header and a 2-D column as Sheets passes it', () => {
    const addOn = loadAddOn(dist, createSandbox());
    expect(addOn.call('CONVERSIONRATE', [['Converted'], [1], [0], ['yes'], ['no'], [''], ['']])).toBeCloseTo(
      2 / 4,
      12,
    );
  });
  it('names the row of an outcome it cannot read', () => {
    const addOn = loadAddOn(dist, createSandbox());
    expect(() => addOn.call('CONVERSIONRATE', [['Won'], [true], ['maybe']])).toThrow(
      'Outcome in row 3 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
  });
});
