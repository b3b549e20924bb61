// =PREDICTMODEL's fit: 100,000 leads × 10 attributes (8 categorical, 2 numeric), about 150 features.
import { predictModel } from '../../src/core/predict/predictModel';

function syntheticLeads(rows: number, seed = 7) {
  let state = seed;
  const random = () => {
    // A small linear congruential generator: the same leads on every run.
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const attributes = Array.from({ length: 10 }, (_, a) => ({ name: `A${a}`, cells: new Array(rows) }));
  const converted = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    let z = -2;
    for (let a = 0; a < 8; a++) {
      const value = Math.floor(random() * (12 + a * 2));
      attributes[a].cells[i] = `v${value}`;
      z += ((value % 5) - 2) * 0.2;
    }
    const visits = Math.floor(random() * 40);
    const minutes = Math.round(random() * 600);
    attributes[8].cells[i] = visits;
    attributes[9].cells[i] = minutes;
    z += visits * 0.03 + minutes / 600;
    converted[i] = random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  return { attributes, converted };
}

export default function predict(): void {
  const { attributes, converted } = syntheticLeads(100_000);
  for (const method of ['logistic', 'bayes'] as const) {
    const times: number[] = [];
    let features = 0;
    let iterations = '';
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      const model = predictModel(attributes, converted, { method });
      times.push(performance.now() - start);
      features = model.rules.length;
      iterations = method === 'logistic' ? `, ${model.design?.features.length} features` : '';
    }
    const best = Math.min(...times);
    console.log(
      `  PREDICTMODEL ${method.padEnd(8)} 100,000 leads × 10 attributes (${features} rules${iterations}): ` +
        `${best.toFixed(0)} ms best of 3, ${Math.round(100_000 / (best / 1000)).toLocaleString('en-US')} leads/s`,
    );
  }
}
