import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type LoadedAddOn, loadAddOn } from '../../src/sandbox';
import { interactionLeads } from '../support/interactionLeads';

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
    const rows = new Map(table.slice(2).map((r) => [[r[0], r[1]].join('='), r]));
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
    expect(() => addOn.call('PREDICTMODEL', leads, outcome, 'forest')).toThrow(
      /method must be "logistic", "bayes" or "boosted"/,
    );
    expect(() => addOn.call('PREDICTMODEL', leads, outcome, 'logistic', 10, 3)).toThrow(
      /pairs applies to the "boosted" method only/,
    );
    expect(() => addOn.call('PREDICTMODEL', leads, outcome, 'boosted', 10, 2.5)).toThrow(
      /pairs must be a whole number from 0 to 50, such as 10; it is 2.5/,
    );
    expect(() => addOn.call('PREDICTMODEL', leads, outcome, 'logistic', 0)).toThrow(/points_to_double/);
    const noHeader = outcome.slice(1).map((r) => [r[0] === 'yes' || r[0] === 'won']);
    expect(() => addOn.call('PREDICTMODEL', leads.slice(1), noHeader)).toThrow(/needs a header row/);
    expect(() => addOn.call('PREDICTMODEL', leads.slice(0, 20), outcome.slice(0, 20))).toThrow(/Every lead/);
    expect(() => addOn.call('PREDICTMODEL', leads.slice(0, 40), outcome.slice(0, 40))).toThrow(
      /only 9 leads that did not convert: a predictive model needs at least 10/,
    );
  });
});

describe('=PREDICTMODEL "boosted" from dist/Code.js', () => {
  const generated = interactionLeads(2000);
  const leads: Cell[][] = [
    generated.names,
    ...Array.from(generated.converted, (_, i) => generated.columns.map((c) => c[i] as Cell)),
  ];
  const outcome: Cell[][] = [['Converted'], ...Array.from(generated.converted, (y) => [y === 1])];
  let table: Cell[][];
  beforeAll(() => {
    table = addOn.call('PREDICTMODEL', leads, outcome, 'boosted', 10, 2) as Cell[][];
  });

  it('returns a (base) row, a row per bin of each attribute and rows for the two strongest pairs', () => {
    expect(table[0]).toEqual(['Attribute', 'Value', 'Points', 'Weight', 'Leads']);
    expect(table[1][0]).toBe('(base)');
    const pairs = [...new Set(table.filter((r) => String(r[0]).includes(' & ')).map((r) => r[0]))];
    expect(pairs).toEqual(['Plan & Minutes', 'Visits & Pages']);
    expect(table.some((r) => r[0] === 'Plan & Minutes' && /^None & >=\d+/.test(String(r[1])))).toBe(true);
  });

  it('gives each lead (base) + the weights of its rows as its probability, and explains pairs in words', () => {
    const probability = addOn.call('LEADPROBABILITY', leads, table) as Cell[][];
    const scored = addOn.call(
      'LEADSCORE',
      leads,
      // The Weight column as the points: (base) plus them is each lead's log-odds.
      table.map((r, i) => (i === 0 ? ['Attribute', 'Value', 'Points'] : [r[0], r[1], r[3]])),
    ) as Cell[][];
    const base = table[1][3] as number;
    for (let i = 1; i <= 50; i++) {
      const z = base + (scored[i][0] as number);
      expect(probability[i][0] as number).toBeCloseTo(1 / (1 + Math.exp(-z)), 9);
    }
    const reasons = addOn.call('LEADREASONS', leads, table, 40) as Cell[][];
    expect(reasons.some((r) => / Plan = (None|Basic|Pro) and Minutes [<>]/.test(String(r[0])))).toBe(true);
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
