// `npm run bench`: runs each benchmark module in turn and reports its time and the process's memory.
import boosted from './boosted.bench';
import dailyRescore from './dailyRescore.bench';
import formulasMode from './formulasMode.bench';
import learnFromHistory from './learnFromHistory.bench';
import { mb, peakRss } from './measure';
import modelSql from './modelSql.bench';
import predict from './predict.bench';
import sandbox from './sandbox.bench';
import scoring from './scoring.bench';
import speed from './speed.bench';
import suggestPoints from './suggestPoints.bench';

/** One line per module; each module prints its own throughput figures. */
const benchmarks: Array<[name: string, run: () => void | Promise<void>]> = [
  ['speed: ratios to a tight loop, and time per size', speed],
  ['sandbox', sandbox],
  ['SUGGESTPOINTS', suggestPoints],
  ['LEADSCORE, SCOREAUC, LIFTTABLE', scoring],
  ['daily re-score', dailyRescore],
  ['live formulas within the custom-function budget', formulasMode],
  ['PREDICTMODEL', predict],
  ['PREDICTMODEL boosted', boosted],
  ['MODELSQL in DuckDB beside LEADSCORE in Node', modelSql],
  ['Learn points from history', learnFromHistory],
];

// BENCH_ONLY=<part> runs only the speed module's lines whose name holds that part (see speed.bench.ts).
for (const [name, run] of process.env.BENCH_ONLY ? benchmarks.slice(0, 1) : benchmarks) {
  console.log(`\n▶ ${name}`);
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  const memory = process.memoryUsage();
  console.log(
    `  ${name}: ${seconds.toFixed(2)} s; rss ${mb(memory.rss)}, heapUsed ${mb(memory.heapUsed)}, peak rss ${mb(peakRss())}`,
  );
}
