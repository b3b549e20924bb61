// `npm run bench`: runs each benchmark module in turn and reports its time and the process's memory.
import dailyRescore from './dailyRescore.bench';
import predict from './predict.bench';
import sandbox from './sandbox.bench';
import scoring from './scoring.bench';
import suggestPoints from './suggestPoints.bench';

/** One line per module; each module prints its own throughput figures. */
const benchmarks: Array<[name: string, run: () => Promise<void>]> = [
  ['sandbox', sandbox],
  ['SUGGESTPOINTS', suggestPoints],
  ['LEADSCORE, SCOREAUC, LIFTTABLE', scoring],
  ['daily re-score', dailyRescore],
  ['PREDICTMODEL', predict],
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

for (const [name, run] of benchmarks) {
  console.log(`\n▶ ${name}`);
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  const memory = process.memoryUsage();
  // maxRSS is the process's peak resident set so far, in kilobytes.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    `  ${name}: ${seconds.toFixed(2)} s; rss ${mb(memory.rss)}, heapUsed ${mb(memory.heapUsed)}, peak rss ${mb(peakRss)}`,
  );
}
