import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../src/glue/registry';
import { loadCustomFunctions } from '../support/customFunctions';

const dist = join(import.meta.dirname, '../../dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
const customFunctions = await loadCustomFunctions();

describe('dist/Code.js', () => {
  it('is a plain script: no import, export, require or process', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\./);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('declares every entry point as a top-level function that delegates into the bundle', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(customFunctions.length).toBeGreaterThan(10);
    for (const entry of [...customFunctions, ...handlers]) {
      expect(code).toMatch(new RegExp(`^function ${entry.name}\\(`, 'm'));
      expect(typeof context[entry.name as keyof typeof context]).toBe('function');
    }
  });

  it('gives each custom function JSDoc with @param per argument, @return and @customfunction', () => {
    for (const entry of customFunctions) {
      const doc = code.match(
        new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${entry.name}\\(`),
      )?.[1];
      expect(doc, entry.name).toBeDefined();
      expect(doc).toContain('@customfunction');
      expect(doc).toContain('@return');
      for (const p of entry.help.params)
        expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? `));
    }
  });
});

describe('dist/Sidebar.html', () => {
  const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
  it('is one self-contained page: no script, style or font loaded from another site', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).toContain('<script>');
    expect(html).toContain('<style>');
  });
});

describe('dist/appsscript.json', () => {
  it('is the manifest with the V8 runtime and the declared scopes', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8')) as {
      runtimeVersion: string;
      oauthScopes: string[];
    };
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
  });
});
