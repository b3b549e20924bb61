import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeKind, attributeKindOfGroups } from '../../../src/core/attributeKind';
import { groupValues } from '../../../src/core/valueGroups';

describe('attributeKind', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => i);
  it('scores a 1–10 rating value by value', () => {
    expect(attributeKind(many(10))).toBe('categorical');
  });
  it('bins a column of more than 10 distinct numbers', () => {
    expect(attributeKind(many(11))).toBe('numeric');
    expect(attributeKind([...many(20).map(String), '', ''])).toBe('numeric');
  });
  it('scores a column with more than 10% text value by value', () => {
    expect(attributeKind([...many(18), 'n/a', 'n/a', 'n/a'])).toBe('categorical');
  });
  it('skips a column of dates', () => {
    expect(attributeKind([new Date(2026, 0, 1), new Date(2026, 0, 2), ''])).toBe('date');
  });
});

describe('attributeKindOfGroups', () => {
  it('judges a grouped column as attributeKind judges its cells (property)', () => {
    const cell = fc.oneof(
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 30 }).map(String),
      fc.constantFrom('', ' ', 'n/a', 'Ads', true),
      fc.integer({ min: 1, max: 28 }).map((d) => new Date(2026, 0, d)),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        expect(attributeKindOfGroups(groupValues(cells))).toBe(attributeKind(cells));
      }),
    );
  });
});
