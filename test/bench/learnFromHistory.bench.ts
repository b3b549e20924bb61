// The sidebar's "Learn points from history" comparison (suggested joint points twice, logistic, naive Bayes and the
// bounded boosted fit) on 10,000 and 100,000 leads × 20 attributes, and its boosted fit alone.
import {
  type AttributeColumns,
  boostedLeadCount,
  compareOnHoldout,
  comparisonBoosting,
} from '../../src/core/predict/holdoutComparison';
import { predictModel } from '../../src/core/predict/predictModel';
import { rowsThatCount, suggestionOf } from '../../src/glue/server/analyse';
import { interactionLeads } from '../support/interactionLeads';
import { gc } from './measure';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Wall and CPU milliseconds of one call. */
function timed<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  gc?.();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

export default function learnFromHistory(): void {
  for (const rows of [10_000, 100_000]) {
    const leads = interactionLeads(rows);
    const attributes = leads.names.map((name, j) => ({ name, cells: leads.columns[j] }));
    const order = Array.from({ length: rows }, (_, i) => i);
    const suggest = (columns: AttributeColumns, converted: Uint8Array) =>
      rowsThatCount(suggestionOf(columns, converted, 'joint').result.rows);
    // One run each, as for =PREDICTMODEL boosted: each takes seconds.
    const all = timed(() =>
      compareOnHoldout(attributes, leads.converted, order, suggest(attributes, leads.converted), suggest),
    );
    const fitted = boostedLeadCount(Math.floor(rows * 0.7), attributes.length);
    const newest = order.slice(Math.floor(rows * 0.7) - fitted, Math.floor(rows * 0.7));
    const boosted = timed(() =>
      predictModel(
        attributes.map((a) => ({ name: a.name, cells: newest.map((i) => a.cells[i]) })),
        Uint8Array.from(newest, (i) => leads.converted[i]),
        { method: 'boosted', boosting: { bags: comparisonBoosting.bags } },
      ),
    );
    const auc = (kind: string) => all.result.models.find((m) => m.kind === kind)?.auc.toFixed(3);
    console.log(
      `  Learn from history ${rows.toLocaleString('en-US')} leads × 20 attributes: ${seconds(all.ms)} wall, ` +
        `${seconds(all.cpuMs)} CPU (held-out AUC logistic ${auc('logistic')}, boosted ${auc('boosted')}); ` +
        `its boosted fit on ${fitted.toLocaleString('en-US')} leads with ${comparisonBoosting.bags} bags: ` +
        `${seconds(boosted.ms)} wall, ${seconds(boosted.cpuMs)} CPU`,
    );
  }
}
