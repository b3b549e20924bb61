// How the benchmarks measure: median wall and CPU times, and memory in megabytes.

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Collects garbage when Node runs with --expose-gc (the bench runner does), so each step pays only its own. */
export const gc = (globalThis as { gc?: () => void }).gc;

/** The process's peak resident memory so far, in bytes (maxRSS is in kilobytes). */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

/**
 * The median wall time of `runs` calls after a warm-up, with a collection before each, and the median CPU time
 * of the process during them (on a busy machine CPU time is the steadier of the two; GC threads can make it
 * exceed wall time).
 */
export function medianMs<T>(runs: number, run: () => T): { ms: number; cpuMs: number; result: T } {
  let result = run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(times), cpuMs: median(cpu), result };
}
