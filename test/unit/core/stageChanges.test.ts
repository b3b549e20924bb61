import { describe, expect, it } from 'vitest';
import { describeStageCounts, leadChanged, stageChanges, stageCounts } from '../../../src/core/stageChanges';

const lead = (
  leadId: string,
  oldStage: string,
  newStage: string,
  oldScore: number | '',
  newScore: number | '',
) => ({
  leadId,
  oldStage,
  newStage,
  oldScore,
  newScore,
});

describe('stage changes', () => {
  it('lists the leads whose stage moved, with old and new scores', () => {
    const changes = stageChanges([
      lead('L1', 'Nurture', 'Sales-ready', 40, 62),
      lead('L2', 'Nurture', 'Nurture', 40, 35),
      lead('L3', 'Sales-ready', 'Nurture', 70, 55),
    ]);
    expect(changes).toEqual([
      lead('L1', 'Nurture', 'Sales-ready', 40, 62),
      lead('L3', 'Sales-ready', 'Nurture', 70, 55),
    ]);
  });

  it('does not count a lead scored for the first time as a stage change', () => {
    expect(stageChanges([lead('L9', '', 'Discard', '', 3)])).toEqual([]);
  });

  it('counts a lead as changed when its score moved even if its stage did not', () => {
    expect(leadChanged(lead('L2', 'Nurture', 'Nurture', 40, 35))).toBe(true);
    expect(leadChanged(lead('L2', 'Nurture', 'Nurture', 40, 40 + 1e-12))).toBe(false);
    expect(leadChanged(lead('L9', '', 'Discard', '', 3))).toBe(true);
  });

  it('counts leads per stage in the order of the labels, empty stages left out', () => {
    const counts = stageCounts(['Nurture', 'Discard', '', 'Nurture'], ['Discard', 'Nurture', 'Sales-ready']);
    expect(counts).toEqual({ Discard: 1, Nurture: 2, 'Sales-ready': 0 });
    expect(describeStageCounts(counts)).toBe('Discard 1 · Nurture 2 · Sales-ready 0');
  });
});
