import { describe, expect, it } from 'vitest';
import { callAtCaret } from '../../../src/playground/client/callAtCaret';

describe('the function being typed', () => {
  it('is the innermost open call, with the argument the caret is in', () => {
    expect(callAtCaret('=CLOSERATE(')).toEqual({ name: 'CLOSERATE', argument: 0 });
    expect(callAtCaret('=closerate(B2:B, ')).toEqual({ name: 'CLOSERATE', argument: 1 });
    expect(callAtCaret('=F(G(1, 2), ')).toEqual({ name: 'F', argument: 1 });
    expect(callAtCaret('=F(G(1, ')).toEqual({ name: 'G', argument: 1 });
  });

  it('ignores commas and parentheses inside strings, and text that is not a formula', () => {
    expect(callAtCaret('=CLOSERATE(B2:B, H2:H, "a,(b"')).toEqual({ name: 'CLOSERATE', argument: 2 });
    expect(callAtCaret('CLOSERATE(')).toBeUndefined();
    expect(callAtCaret('=CLOSERATE(B2:B)')).toBeUndefined();
  });
});
