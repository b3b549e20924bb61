// `npm run bench`: runs every benchmark module in turn; each default-exports an async function that prints its numbers.

import suggestPoints from './suggestPoints.bench';

const benchmarks: (() => Promise<void>)[] = [suggestPoints];

for (const bench of benchmarks) await bench();
