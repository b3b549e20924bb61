import { describe, expect, it } from 'vitest';
import {
  defaultOutputMode,
  formulasModeMaxCells,
  formulasModeServes,
} from '../../../src/core/outputModeAdvice';

describe('which output a sheet gets by default', () => {
  it('keeps live formulas up to the measured size, counted in cells of the leads range', () => {
    expect(formulasModeMaxCells).toBe(200_000);
    expect(formulasModeServes(18_000, 11)).toBe(true);
    expect(formulasModeServes(20_000, 10)).toBe(true);
    expect(formulasModeServes(20_001, 10)).toBe(false);
    expect(defaultOutputMode(9_240, 21)).toBe('formulas');
    expect(defaultOutputMode(50_000, 11)).toBe('values');
  });

  it('weighs columns as well as rows: a wide sheet switches to values sooner', () => {
    expect(defaultOutputMode(5_000, 10)).toBe('formulas');
    expect(defaultOutputMode(5_000, 50)).toBe('values');
  });

  it('reads a sheet with no columns yet as one column wide', () => {
    expect(defaultOutputMode(0, 0)).toBe('formulas');
    expect(defaultOutputMode(200_001, 0)).toBe('values');
  });
});
