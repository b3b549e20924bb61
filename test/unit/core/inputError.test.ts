import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/inputError';

describe('InputError', () => {
  it('is an Error named InputError carrying the message as it is', () => {
    const error = new InputError('The outcome range is empty.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe('The outcome range is empty.');
    expect(String(error)).toBe('InputError: The outcome range is empty.');
  });
  it('is told apart from the program’s own errors by instanceof', () => {
    const errors = [new InputError('bad input'), new TypeError('a bug')];
    expect(errors.map((e) => e instanceof InputError)).toEqual([true, false]);
  });
});
