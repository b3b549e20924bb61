// Every core file has its own test file at the mirrored path (src/core/x/y.ts ↔ test/unit/core/x/y.test.ts), as
// CONTRIBUTING.md says, or a reason there why not; and every test file there mirrors a source or is a real-data
// comparison. The check reads the tree, so a new core file without a test fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sources = filesUnder('src/core').filter((f) => f.endsWith('.ts'));
const tests = filesUnder('test/unit/core').filter((f) => f.endsWith('.test.ts'));
const mirrorOf = (source: string) => source.replace(/^src\//, 'test/unit/').replace(/\.ts$/, '.test.ts');
const sourceOf = (test: string) => test.replace(/^test\/unit\//, 'src/').replace(/\.test\.ts$/, '.ts');

/** The files CONTRIBUTING.md names, with a reason, in its table of core files without a test of their own. */
function statedReasons(): Map<string, string> {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  const section =
    /^### Core files without a test of their own$([\s\S]*?)(?=^#|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const reasons = new Map<string, string>();
  for (const [, file, reason] of section.matchAll(/^\| `(src\/core\/[^`]+)` \| (.*?) \|$/gm)) {
    reasons.set(file, reason.trim());
  }
  return reasons;
}

/** Real-data comparisons span several core files, so they are named for what they compare, not for one source. */
const isRealDataComparison = (test: string) =>
  /^realData\w*\.test\.ts$/.test(relative('test/unit/core', test));

describe('tests mirror the sources', () => {
  const reasons = statedReasons();
  it('finds the core files and their tests', () => {
    expect(sources.length).toBeGreaterThan(40);
    expect(existsSync(mirrorOf('src/core/wilson.ts'))).toBe(true);
  });
  it.each(sources)('%s has test/unit/core/… of its own, or a stated reason', (source) => {
    const test = mirrorOf(source);
    if (reasons.has(source)) {
      expect(reasons.get(source), `${source} is listed in CONTRIBUTING.md without a reason`).not.toBe('');
      return;
    }
    expect(existsSync(test), `${test} is missing: write it, or give the reason in CONTRIBUTING.md`).toBe(
      true,
    );
    // The mirrored file tests its source: it imports it.
    const name = source.replace(/^src\//, '').replace(/\.ts$/, '');
    expect(readFileSync(test, 'utf8'), `${test} does not import ${source}`).toMatch(
      new RegExp(`from '(\\.\\./)+src/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`),
    );
  });
  it('lists a reason only for core files that exist and have no test of their own', () => {
    for (const file of reasons.keys()) {
      expect(existsSync(file), `CONTRIBUTING.md gives a reason for ${file}, which does not exist`).toBe(true);
      expect(existsSync(mirrorOf(file)), `${file} has a test now: take it off the list`).toBe(false);
    }
  });
  it.each(tests)('%s mirrors a core file or compares with real data', (test) => {
    if (isRealDataComparison(test)) return;
    expect(existsSync(sourceOf(test)), `${test} mirrors no file: ${sourceOf(test)} does not exist`).toBe(
      true,
    );
  });
});
