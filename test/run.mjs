// `npm test`: every layer in order (types, lint, unit, build, sandbox, browser), stopping at the first failure,
// then one line of totals. Screenshots go to out/screenshots/; `npm test -- --update-screenshots` also rewrites the
// README's images in docs/images/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const env = process.argv.includes('--update-screenshots')
  ? { ...process.env, UPDATE_SCREENSHOTS: '1' }
  : process.env;
const results = join('out', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitest = (project, ...extra) => [
  'npx',
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, `${project}.json`)}`,
  ...extra,
];

const steps = [
  ['types', ['npx', 'tsc', '--noEmit']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['unit', vitest('unit')],
  ['build', ['node', 'build.js']],
  ['sandbox', vitest('gas')],
  ['browser', vitest('browser', '--passWithNoTests')],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(status ?? 1);
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const project of ['unit', 'gas', 'browser']) {
  const file = join(results, `${project}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
