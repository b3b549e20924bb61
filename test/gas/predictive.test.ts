import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type LoadedAddOn, loadAddOn } from '../../src/sandbox';

const dist = join(import.meta.dirname, '../../dist');
let addOn: LoadedAddOn;
beforeAll(() => {
  addOn = loadAddOn(dist, createSandbox({ authMode: 'CUSTOM_FUNCTION' }));
});

type Cell = string | number | boolean | Date;

/** 60 referrals (30 won), 60 ads (6 won), 4 fax leads (rare: folded into (other)), then empty rows. */
function history(): { leads: Cell[][]; outcome: Cell[][] } {
  const leads: Cell[][] = [['Source', 'Country']];
  const outcome: Cell[][] = [['Won']];
  for (let i = 0; i < 60; i++) {
    leads.push(['Referral', i % 2 ? 'Spain' : 'India']);
    outcome.push([i < 30 ? 'yes' : 'no']);
  }
  for (let i = 0; i < 60; i++) {
    leads.push(['Ads', i % 2 ? 'Spain' : 'India']);
    outcome.push([i < 6 ? 'won' : 'lost']);
  }
  for (let i = 0; i < 4; i++) {
    leads.push(['Fax', 'Spain']);
    outcome.push([false]);
  }
  for (let i = 0; i < 3000; i++) {
    leads.push(['', '']);
    outcome.push(['']);
  }
  return { leads, outcome };
}

describe('=PREDICTMODEL from dist/Code.js', () => {
  it('returns a model table with a (base) row, learnt points and weights', () => {
    const { leads, outcome } = history();
    const table = addOn.call('PREDICTMODEL', leads, outcome) as Cell[][];
    expect(table[0]).toEqual(['Attribute', 'Value', 'Points', 'Weight', 'Leads']);
    expect(table[1].slice(0, 2)).toEqual(['(base)', '']);
    expect(table[1][4]).toBe(124);
    const rows = new Map(table.slice(2).map((r) => [`${r[0]}=${r[1]}`, r]));
    expect([...rows.keys()]).toEqual([
      'Source=Referral',
      'Source=Ads',
      'Source=(other)',
      'Country=India',
      'Country=Spain',
    ]);
    expect(rows.get('Source=Referral')![2]).toBeGreaterThan(10);
    expect(rows.get('Source=Ads')![2]).toBeLessThan(-10);
    expect(rows.get('Source=(other)')![4]).toBe(4);
  });

  it('with "bayes", gives the same signs from smoothed counts', () => {
    const { leads, outcome } = history();
    const table = addOn.call('PREDICTMODEL', leads, outcome, 'bayes', 20) as Cell[][];
    expect(table[2].slice(0, 2)).toEqual(['Source', 'Referral']);
    expect(table[2][2]).toBeGreaterThan(0);
    expect(table[3][2]).toBeLessThan(0);
  });

  it('says what is wrong with bad input', () => {
    const { leads, outcome } = history();
    expect(() => addOn.call('PREDICTMODEL', leads, outcome, 'forest')).toThrow(/use "logistic" or "bayes"/);
    expect(() => addOn.call('PREDICTMODEL', leads, outcome, 'logistic', 0)).toThrow(/points_to_double/);
    const noHeader = outcome.slice(1).map((r) => [r[0] === 'yes' || r[0] === 'won']);
    expect(() => addOn.call('PREDICTMODEL', leads.slice(1), noHeader)).toThrow(/needs a header row/);
    expect(() => addOn.call('PREDICTMODEL', leads.slice(0, 20), outcome.slice(0, 20))).toThrow(/Every lead/);
    expect(() => addOn.call('PREDICTMODEL', leads.slice(0, 40), outcome.slice(0, 40))).toThrow(
      /only 9 leads that did not convert: a predictive model needs at least 10/,
    );
  });
});

describe('=LEADPROBABILITY from dist/Code.js', () => {
  it('gives each lead its probability from a PREDICTMODEL table, (other) included, aligned with the leads', () => {
    const { leads, outcome } = history();
    const model = addOn.call('PREDICTMODEL', leads, outcome) as Cell[][];
    const scored: Cell[][] = [
      ['Source', 'Country'],
      ['Referral', 'India'],
      ['', ''],
      ['Telex', 'Spain'],
      ['', ''],
    ];
    const out = addOn.call('LEADPROBABILITY', scored, model) as Cell[][];
    expect(out.map((r) => typeof r[0])).toEqual(['string', 'number', 'string', 'number', 'string']);
    expect(out[0][0]).toBe('Probability');
    const weight = (attribute: string, value: string) =>
      model.find((r) => r[0] === attribute && r[1] === value)![3] as number;
    const z = (model[1][3] as number) + weight('Source', 'Referral') + weight('Country', 'India');
    expect(out[1][0]).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    // Telex was never seen: it is one of the rare values, (other).
    const zOther = (model[1][3] as number) + weight('Source', '(other)') + weight('Country', 'Spain');
    expect(out[3][0]).toBeCloseTo(1 / (1 + Math.exp(-zOther)), 12);
  });

  it('reads a SUGGESTPOINTS table too: odds points and the overall rate from its counts', () => {
    const { leads, outcome } = history();
    const model = addOn.call('SUGGESTPOINTS', leads, outcome) as Cell[][];
    const scored = [
      ['Source', 'Country'],
      ['Referral', 'Spain'],
      ['Ads', 'Spain'],
    ];
    const out = addOn.call('LEADPROBABILITY', scored, model) as Cell[][];
    const overall = 36 / 124;
    expect(out[1][0]).toBeGreaterThan(overall);
    expect(out[2][0]).toBeLessThan(overall);
  });

  it('refuses a model that gives no starting probability', () => {
    const model = [
      ['Attribute', 'Value', 'Points'],
      ['Source', 'Referral', 10],
    ];
    expect(() => addOn.call('LEADPROBABILITY', [['Source'], ['Referral']], model)).toThrow(
      /no starting probability/,
    );
  });
});
