import { describe, expect, it } from 'vitest';
import { designMatrix } from '../../../../src/core/predict/designMatrix';
import { blockLeads, leadBlock } from '../../../support/leadBlocks';

describe('the design matrix', () => {
  it('has one feature per value, rare values folded into (other)', () => {
    const { cells } = blockLeads(
      leadBlock('Ads', 20, 5),
      leadBlock('Web', 15, 1),
      leadBlock('Fax', 3, 0),
      leadBlock('Telex', 2, 0),
    );
    const design = designMatrix([{ name: 'Source', cells }]);
    expect(design.features).toEqual([
      { attribute: 'Source', value: 'Ads', leads: 20 },
      { attribute: 'Source', value: 'Web', leads: 15 },
      { attribute: 'Source', value: '(other)', leads: 5 },
    ]);
    expect(Array.from(design.active.slice(34, 40))).toEqual([1, 2, 2, 2, 2, 2]);
  });

  it('skips a single-value attribute and a date attribute', () => {
    const dates = Array.from({ length: 30 }, (_, i) => new Date(2026, 0, i + 1));
    const design = designMatrix([
      { name: 'Plan', cells: Array(30).fill('Pro') },
      { name: 'Created', cells: dates },
    ]);
    expect(design.skipped).toEqual(['Plan', 'Created']);
    expect(design.features).toEqual([]);
  });

  it('cuts a numeric attribute into the quantile bins =SUGGESTPOINTS uses', () => {
    const visits = Array.from({ length: 100 }, (_, i) => i);
    const design = designMatrix([{ name: 'Visits', cells: visits }]);
    expect(design.features.map((f) => f.value)).toEqual(['<20', '>=20 <40', '>=40 <60', '>=60 <80', '>=80']);
  });

  it('keeps 10,000 distinct values to the ones with enough leads', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => `id-${i}`).concat(Array(50).fill('common'));
    const design = designMatrix([{ name: 'Email', cells }]);
    expect(design.features.map((f) => [f.value, f.leads])).toEqual([
      ['common', 50],
      ['(other)', 10_000],
    ]);
  });
});
