// build.js refuses a custom function without help or a file exporting more than its function and help.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';

const root = join(import.meta.dirname, '../..');
const scratch = join(root, 'out', 'build-checks');
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds a copy of the project with one extra file in src/glue/functions/; returns build.js's output. */
function buildWith(file: string, source: string) {
  // Inside the repository, so the copy resolves esbuild and preact from its node_modules.
  const copy = mkdtempSync(join(scratch, 'copy-'));
  for (const part of ['build.js', 'appsscript.json', 'src'])
    cpSync(join(root, part), join(copy, part), { recursive: true });
  writeFileSync(join(copy, 'src/glue/functions', file), source);
  return { ...spawnSync(process.execPath, ['build.js'], { cwd: copy, encoding: 'utf8' }), copy };
}

describe('build.js', () => {
  it('fails on a custom function without help', () => {
    const run = buildWith('double.ts', 'export function DOUBLE(x: number): number {\n  return 2 * x;\n}\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('src/glue/functions/double.ts has no help');
  });

  it('fails on a stray export beside a custom function', () => {
    const source = [
      "export const help = { summary: 'Twice x.', params: [{ name: 'x', example: '2', help: 'A number.' }], returns: '2x.' };",
      'export function DOUBLE(x: number): number {\n  return 2 * x;\n}',
      'export const factor = 2;',
    ].join('\n');
    const run = buildWith('double.ts', source);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('must export one custom function and its help, not: DOUBLE, factor');
  });

  it('fails on help that leaves out an argument the function takes', () => {
    const source = [
      "export const help = { summary: 'Twice x.', params: [], returns: '2x.' };",
      'export function DOUBLE(x: number): number {\n  return 2 * x;\n}',
    ].join('\n');
    const run = buildWith('double.ts', source);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DOUBLE takes 1 arguments but its help lists 0');
  });

  it('builds the worked example of CONTRIBUTING.md into the declaration it shows', () => {
    const page = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    const block = (after: string, language: string) =>
      page.slice(page.indexOf(after)).match(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``))?.[1] ?? '';
    const run = buildWith('conversions.ts', block('`src/glue/functions/conversions.ts`:', 'ts'));
    expect(run.stderr).toBe('');
    const code = readFileSync(join(run.copy, 'dist/Code.js'), 'utf8');
    const declaration = block('`dist/Code.js` now ends with', 'js');
    expect(declaration).toMatch(/@customfunction[\s\S]*function CONVERSIONS\(outcome\)/);
    expect(code).toContain(declaration);
    const addOn = loadAddOn(join(run.copy, 'dist'), createSandbox());
    expect(addOn.call('CONVERSIONS', [['Converted'], [1], [0], ['yes'], ['no'], ['']])).toBe(2);
  });
});
