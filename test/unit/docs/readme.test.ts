// The README stays short and is the way in: it links every page under docs/, and every relative link in the
// README, CONTRIBUTING.md and docs/ reaches a file and, with a #fragment, a heading there (GitHub's anchors).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = readdirSync('docs')
  .filter((file) => file.endsWith('.md'))
  .map((file) => `docs/${file}`);
const documents = ['README.md', 'CONTRIBUTING.md', ...pages];

/** The text outside fenced code blocks, where links and headings are read. */
function prose(file: string): string {
  return readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's anchor of each heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, heading] of prose(file).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

/** Relative link targets in a document: `[text](target)`, images included, web addresses left out. */
function relativeLinks(file: string): string[] {
  return [...prose(file).matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('README.md', () => {
  it('is under 10 KB', () => {
    expect(statSync('README.md').size).toBeLessThan(10_000);
  });

  it('links every page under docs/', () => {
    const linked = new Set(relativeLinks('README.md').map((target) => target.split('#')[0]));
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });
});

describe.each(documents)('links in %s', (file) => {
  it('reach a file and a heading there', () => {
    const broken: string[] = [];
    for (const target of relativeLinks(file)) {
      const [path, fragment] = target.split('#') as [string, string | undefined];
      const linked = path === '' ? file : normalize(join(dirname(file), path));
      if (!existsSync(linked)) broken.push(`${target}: no file ${linked}`);
      else if (fragment !== undefined && linked.endsWith('.md') && !anchors(linked).has(fragment))
        broken.push(`${target}: no heading #${fragment} in ${linked}`);
    }
    expect(broken).toEqual([]);
  });
});
