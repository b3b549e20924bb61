// Every example in a custom function's help (shown in docs/functions.md) is run on the built dist/Code.js.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { loadCustomFunctions } from '../support/customFunctions';

const dist = join(import.meta.dirname, '../../dist');
const examples = (await loadCustomFunctions()).flatMap(({ name, help }) =>
  (help.examples ?? []).map((example, i) => ({ label: `${name} example ${i + 1}`, name, ...example })),
);

/** Numbers to 12 significant digits, so 2 / 3 in the help equals the function's 0.666…7. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Number(value.toPrecision(12))
    : Array.isArray(value)
      ? value.map(rounded)
      : value;

describe('the examples in the functions’ help', () => {
  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(8));
  it.each(examples)('$label gives its stated result', ({ name, args, result }) => {
    const addOn = loadAddOn(dist, createSandbox());
    expect(rounded(addOn.call(name, ...args))).toEqual(rounded(result));
  });
});
