import { describe, expect, it } from 'vitest';
import { boostBag, type BoostOptions, type Term } from '../../../../../src/core/predict/ebm/boostTerms';

/** A term of two cells that always cuts them apart: each cell is its own leaf. */
function twoCellTerm(codes: number[]): Term {
  return {
    cells: 2,
    codes: Uint16Array.from(codes),
    split: () => ({ leafOf: Int32Array.of(0, 1), leaves: 2, gain: 1 }),
  };
}

/** 10 leads in cell 0 (8 converted) and 10 in cell 1 (2 converted), then the same again as validation leads. */
function leads(validationConverted = [8, 2]) {
  const codes: number[] = [];
  const converted: number[] = [];
  const validation: number[] = [];
  for (const [side, won] of [
    [0, [8, 2]],
    [1, validationConverted],
  ] as const) {
    for (const cell of [0, 1]) {
      for (let i = 0; i < 10; i++) {
        codes.push(cell);
        converted.push(i < won[cell] ? 1 : 0);
        validation.push(side);
      }
    }
  }
  return {
    term: twoCellTerm(codes),
    converted: Uint8Array.from(converted),
    validation: Uint8Array.from(validation),
    start: new Float64Array(codes.length),
  };
}

const options: BoostOptions = {
  learningRate: 1,
  maxRounds: 50,
  patience: 5,
  tolerance: 0,
  minLeads: 1,
  minHessian: 0,
};

describe('boostBag', () => {
  it('takes one Newton step per round, shrunk by the learning rate', () => {
    // From z = 0 (p = ½): cell 0's gradient Σ(p − y) = 10·½ − 8 = −3, its hessian Σp(1 − p) = 10·¼ = 2.5, so the
    // Newton step is 3 ÷ 2.5 = 1.2; at learning rate ½, 0.6. Cell 1 mirrors it: −0.6.
    const { term, converted, validation, start } = leads();
    const bag = boostBag([term], converted, validation, start, {
      ...options,
      learningRate: 0.5,
      maxRounds: 1,
    });
    expect(bag.rounds).toBe(1);
    expect(bag.tables[0][0]).toBeCloseTo(0.6, 12);
    expect(bag.tables[0][1]).toBeCloseTo(-0.6, 12);
  });
  it('converges to each cell’s log-odds: 8 of 10 is ln 4', () => {
    const { term, converted, validation, start } = leads();
    const bag = boostBag([term], converted, validation, start, options);
    expect(bag.tables[0][0]).toBeCloseTo(Math.log(4), 6);
    expect(bag.tables[0][1]).toBeCloseTo(-Math.log(4), 6);
    // The validation leads are alike, so their log-loss is the binary entropy of 0.8: 0.5004.
    const entropy = -(0.8 * Math.log(0.8) + 0.2 * Math.log(0.2));
    expect(bag.validationLoss).toBeCloseTo(entropy, 6);
  });
  it('keeps the tables of the best validation round and stops after `patience` rounds without better', () => {
    // The validation leads convert the other way round: every step makes them worse, so round 0 stays the best.
    const { term, converted, validation, start } = leads([2, 8]);
    const bag = boostBag([term], converted, validation, start, { ...options, patience: 3 });
    expect(bag.rounds).toBe(0);
    expect(Array.from(bag.tables[0])).toEqual([0, 0]);
    expect(bag.validationLoss).toBeCloseTo(Math.LN2, 12);
  });
  it('starts from the given scores, and leaves a term whose tree does not split as it is', () => {
    const { term, converted, validation } = leads();
    const start = new Float64Array(converted.length).fill(Math.log(4));
    const still: Term = { ...term, split: () => undefined };
    const bag = boostBag([still], converted, validation, start, options);
    expect(Array.from(bag.tables[0])).toEqual([0, 0]);
    // Validation: cell 0 is right at p = 0.8 (loss 0.5004), cell 1 has p = 0.8 for a 20% rate (loss 1.3322).
    const loss = (p: number, rate: number) => -(rate * Math.log(p) + (1 - rate) * Math.log(1 - p));
    expect(bag.validationLoss).toBeCloseTo((loss(0.8, 0.8) + loss(0.8, 0.2)) / 2, 9);
  });
  it('gives no tables and the starting loss when there are no terms', () => {
    const { converted, validation, start } = leads();
    expect(boostBag([], converted, validation, start, options)).toEqual({
      tables: [],
      rounds: 0,
      validationLoss: Math.LN2,
    });
  });
});
