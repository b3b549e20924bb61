// Synthetic leads whose outcome depends on known pairs of attributes, not only on each one: what an additive points
// model cannot see and explainable boosting's pairs should. Shared by the reference test and the benchmark.
import type { CellValue } from '../../src/core/cellValue';
import { seededRandom } from '../../src/core/predict/ebm/seededRandom';

export interface InteractionLeads {
  names: string[];
  /** `number` or `category` per attribute, as scikit-learn is told. */
  kinds: ('number' | 'category')[];
  columns: CellValue[][];
  converted: Uint8Array;
}

/**
 * `rows` leads × 20 attributes (10 categorical, 10 numeric, some with empty cells). The true log-odds add main effects
 * and three interactions: no plan with many minutes, many service calls with a short tenure, and visits × pages.
 * @example interactionLeads(1000).columns.length // 20
 */
export function interactionLeads(rows: number, seed = 11): InteractionLeads {
  const random = seededRandom(seed);
  const categories = [3, 4, 5, 6, 8, 10, 12, 20, 40, 100];
  const names = [
    'Plan',
    'Contract',
    'Source',
    'Region',
    'Industry',
    'Role',
    'Campaign',
    'Country',
    'Referrer',
    'Company',
    'Minutes',
    'Service Calls',
    'Tenure',
    'Visits',
    'Pages',
    'Downloads',
    'Emails Opened',
    'Employees',
    'Budget',
    'Webinars',
  ];
  const kinds = names.map((_, j) => (j < 10 ? 'category' : 'number'));
  const columns: CellValue[][] = names.map(() => new Array<CellValue>(rows));
  const converted = new Uint8Array(rows);
  const mainEffect = categories.map((count) => Array.from({ length: count }, () => (random() - 0.5) * 0.8));
  for (let i = 0; i < rows; i++) {
    let z = -1.6;
    const code = categories.map((count, j) => {
      // Skewed categories: a few common values, a long tail.
      const c = Math.min(count - 1, Math.floor(count * random() * random()));
      columns[j][i] = j === 0 ? ['None', 'Basic', 'Pro'][c] : `${names[j].slice(0, 3)}-${c}`;
      z += mainEffect[j][c];
      return c;
    });
    const minutes = Math.round(random() * 400);
    const calls = Math.floor(-Math.log(1 - random()) * 1.5);
    const tenure = Math.floor(random() * 72);
    const visits = Math.floor(random() * 30);
    const pages = Math.round(random() * 100) / 10;
    const numbers = [minutes, calls, tenure, visits, pages];
    numbers.forEach((value, k) => (columns[10 + k][i] = value));
    for (let k = 15; k < 20; k++) {
      const value = Math.round(random() * 1000);
      // Empty cells in two columns, as real sheets have.
      columns[k][i] = k >= 18 && random() < 0.2 ? '' : value;
      if (k === 15) z += value / 1000;
      if (k === 18 && columns[k][i] === '') z -= 0.4;
    }
    z += minutes / 400 - calls * 0.15 + tenure / 72 - 0.5 + visits / 30;
    if (code[0] === 0 && minutes > 250) z += 1.8;
    if (calls >= 3 && tenure < 12) z -= 2.2;
    z += ((visits - 15) / 15) * ((pages - 5) / 5) * 1.2;
    converted[i] = random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  return { names, kinds, columns, converted };
}
