// A generated customer export where one fact shows in several columns: customers without internet service read
// "No internet service" in each of the five add-on columns, as telecom exports repeat it.

import { seededRandom } from '../../src/playground/demoData';

export const customerHeaders = [
  'Customer ID',
  'Contract',
  'Tenure (months)',
  'Payment method',
  'Internet service',
  'Online security',
  'Online backup',
  'Device protection',
  'Tech support',
  'Streaming TV',
  'Region',
  'Purchased',
] as const;

/** The five add-on columns that all say "No internet service" for a customer without it. */
export const repeatedColumns = customerHeaders.slice(5, 10);

type Weighted = readonly (readonly [value: string, weight: number, effect: number])[];

const contracts: Weighted = [
  ['Month-to-month', 50, -1.1],
  ['One year', 28, 0.2],
  ['Two year', 22, 0.9],
];
const payments: Weighted = [
  ['Electronic check', 34, -0.5],
  ['Mailed check', 22, 0],
  ['Bank transfer', 22, 0.3],
  ['Credit card', 22, 0.4],
];
const regions: Weighted = [
  ['North', 25, 0],
  ['South', 25, 0],
  ['East', 25, 0],
  ['West', 25, 0],
];

function pick(random: () => number, table: Weighted) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const entry of table) {
    r -= entry[1];
    if (r < 0) return entry;
  }
  return table[table.length - 1];
}

/**
 * `count` customers, the same for a seed: each buys the upgrade with probability sigmoid(logit), where logit is
 * −0.6 plus the contract's and payment method's effects, +0.03 per month of tenure (up to 48), +0.5 for fibre,
 * −0.7 without internet service; each add-on column is Yes for a fifth of internet customers, with no effect of
 * its own. Rows start with the header.
 */
export function customerExport(count = 3000, seed = 11): (string | number)[][] {
  const random = seededRandom(seed);
  const rows: (string | number)[][] = [[...customerHeaders]];
  for (let i = 1; i <= count; i++) {
    const contract = pick(random, contracts);
    const payment = pick(random, payments);
    const region = pick(random, regions);
    const tenure = 1 + Math.floor(random() * 72);
    const internetDraw = random();
    const internet = internetDraw < 0.22 ? 'No' : internetDraw < 0.6 ? 'DSL' : 'Fiber optic';
    const addOns = repeatedColumns.map(() =>
      internet === 'No' ? 'No internet service' : random() < 0.2 ? 'Yes' : 'No',
    );
    const logit =
      -0.6 +
      contract[2] +
      payment[2] +
      0.03 * Math.min(tenure, 48) +
      (internet === 'Fiber optic' ? 0.5 : internet === 'No' ? -0.7 : 0);
    const purchased = random() < 1 / (1 + Math.exp(-logit));
    rows.push([
      `C-${String(i).padStart(5, '0')}`,
      contract[0],
      tenure,
      payment[0],
      internet,
      ...addOns,
      region[0],
      purchased ? 'Yes' : 'No',
    ]);
  }
  return rows;
}
