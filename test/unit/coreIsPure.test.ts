import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const appsScriptGlobals =
  /\b(SpreadsheetApp|PropertiesService|CacheService|LockService|ScriptApp|HtmlService|Session|Utilities|Logger|UrlFetchApp|DriveApp|GoogleAppsScript|google\.script)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the scoring core', () => {
  const files = sourceFiles('src/core').filter((f) => f.endsWith('.ts'));
  it('has source files', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s uses no Apps Script global, no I/O and no hidden clock', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(code).not.toMatch(appsScriptGlobals);
    expect(code).not.toMatch(/from '(node:|\.\.\/glue|\.\.\/sidebar)/);
    expect(code).not.toMatch(/Date\.now\(\)|new Date\(\)/);
  });
});
