import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

it('docs/functions.md is the reference generated from the help beside each function (npm run docs)', () => {
  const run = spawnSync(process.execPath, ['build.js', '--docs', '--check'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
