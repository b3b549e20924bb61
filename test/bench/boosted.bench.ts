// =PREDICTMODEL "boosted": explainable boosting on 10,000 and 100,000 leads × 20 attributes with known pairs.
import { predictModel } from '../../src/core/predict/predictModel';
import { interactionLeads } from '../support/interactionLeads';
import { gc } from './measure';

export default function boosted(): void {
  for (const rows of [10_000, 100_000]) {
    const leads = interactionLeads(rows);
    const attributes = leads.names.map((name, j) => ({ name, cells: leads.columns[j] }));
    // One run each: a fit is long enough to time on its own, and 100,000 leads take tens of seconds.
    gc?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const model = predictModel(attributes, leads.converted, { method: 'boosted' });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    const cpuMs = (used.user + used.system) / 1000;
    const rounds = model.boosted?.rounds;
    const sum = (xs: number[] = []) => xs.reduce((s, x) => s + x, 0);
    console.log(
      `  PREDICTMODEL boosted ${rows.toLocaleString('en-US')} leads × 20 attributes (${model.rules.length} rules, ` +
        `${model.boosted?.pairs.length} pairs, ${sum(rounds?.mains)} + ${sum(rounds?.pairs)} rounds over 8 bags): ` +
        `${(ms / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU`,
    );
  }
}
