import { describe, expect, it } from 'vitest';
import { attributeChoice } from '../../../src/core/attributeChoice';

describe('attributeChoice', () => {
  it('ticks 0/1 and yes/no flags such as senior_citizen, partner and Do Not Email', () => {
    for (const header of ['senior_citizen', 'Partner', 'Do Not Email'])
      expect(attributeChoice({ header, type: 'number', outcomeLike: true })).toEqual({ ticked: true });
  });
  it('leaves a second outcome column unticked, saying why', () => {
    for (const header of ['Churned', 'Won?', 'is_customer'])
      expect(attributeChoice({ header, type: 'category', outcomeLike: true })).toEqual({
        ticked: false,
        reason: 'otherOutcome',
      });
  });
  it('ticks a column whose header only contains an outcome word inside another word', () => {
    expect(attributeChoice({ header: 'Wonderful', type: 'category', outcomeLike: true })).toEqual({
      ticked: true,
    });
  });
  it('leaves dates unticked, saying why, and ticks other columns', () => {
    expect(attributeChoice({ header: 'Signed up', type: 'date', outcomeLike: false })).toEqual({
      ticked: false,
      reason: 'date',
    });
    expect(attributeChoice({ header: 'Industry', type: 'category', outcomeLike: false })).toEqual({
      ticked: true,
    });
  });
});
