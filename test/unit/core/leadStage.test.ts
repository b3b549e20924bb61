import { describe, expect, it } from 'vitest';
import { defaultStageLabels, stageLabels, stageOf } from '../../../src/core/leadStage';

describe('stageOf', () => {
  it('puts a score equal to a threshold in the higher stage', () => {
    const labels = stageLabels([30, 60]);
    expect([0, 29.9, 30, 59, 60, 100].map((s) => stageOf(s, [30, 60], labels))).toEqual([
      'Discard',
      'Discard',
      'Nurture',
      'Nurture',
      'Sales-ready',
      'Sales-ready',
    ]);
    expect(stageOf(50, [50], stageLabels([50]))).toBe('Qualified');
    expect(stageOf(-1, [0, 10, 20], ['Cold', 'Nurture', 'MQL', 'SQL'])).toBe('Cold');
  });
  it('needs labels beyond two thresholds, one more than thresholds, and ascending thresholds', () => {
    expect(() => defaultStageLabels(3)).toThrow('With 3 thresholds, give 4 labels');
    expect(() => stageLabels([10, 20], ['a', 'b'])).toThrow(
      'Give one label more than thresholds: 2 thresholds make 3 stages, but there are 2 labels.',
    );
    expect(() => stageLabels([20, 10])).toThrow(
      'The thresholds must be ascending, such as {30, 60}; 10 follows 20.',
    );
    expect(() => stageLabels([])).toThrow('Give at least one threshold');
  });
});
