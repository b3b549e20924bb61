// CONTRIBUTING.md's worked example of a sidebar step, applied to a copy of the project: it type-checks and builds,
// so the page stays true as the steps' list and views change.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const scratch = join(root, 'out', 'step-example');
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
/** The first code block in `language` after the text `after`. */
const block = (after: string, language: string) => {
  const at = page.indexOf(after);
  expect(at, after).toBeGreaterThan(-1);
  return page.slice(at).match(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``))?.[1] ?? '';
};

describe('CONTRIBUTING.md’s Check step', () => {
  it(
    'added as the page says, the sidebar type-checks and builds with five steps',
    { timeout: 180_000 },
    () => {
      const view = block('`src/sidebar/steps/CheckStep.tsx`:', 'tsx');
      const [before, entry, after] = block('In `src/sidebar/steps/index.ts`', 'ts').trimEnd().split('\n');
      const [titles, words] = block('In `src/sidebar/i18n/en.ts`', 'ts').trimEnd().split('\n');

      // Inside the repository, so the copy resolves preact, esbuild and the types from its node_modules.
      const copy = mkdtempSync(join(scratch, 'copy-'));
      for (const part of ['build.js', 'appsscript.json', 'tsconfig.json', 'src'])
        cpSync(join(root, part), join(copy, part), { recursive: true });
      const sidebar = join(copy, 'src/sidebar');
      writeFileSync(join(sidebar, 'steps/CheckStep.tsx'), view);

      // The entries around the new one are the list's own lines.
      const list = readFileSync(join(sidebar, 'steps/index.ts'), 'utf8');
      expect(list).toContain(`${before}\n${after}\n`);
      writeFileSync(
        join(sidebar, 'steps/index.ts'),
        list
          .replace("import { ApplyStep } from './ApplyStep';", "$&\nimport { CheckStep } from './CheckStep';")
          .replace(`${before}\n`, `${before}\n${entry}\n`),
      );

      // Each catalogue: its title before its last step's, and the step's words (English ones will do for the check).
      for (const language of ['en', 'es', 'fr', 'ro']) {
        const file = join(sidebar, `i18n/${language}.ts`);
        const catalogue = readFileSync(file, 'utf8');
        const withTitle = catalogue.replace(/^( {2}steps: \[.*)(, '[^']+'\],)$/m, "$1, 'Check'$2");
        if (language === 'en') expect(withTitle).toContain(`\n${titles}\n`);
        writeFileSync(file, withTitle.replace(/^ {2}steps: .*$/m, `$&\n${words}`));
      }

      writeFileSync(
        join(copy, 'tsconfig.sidebar.json'),
        JSON.stringify({ extends: './tsconfig.json', include: ['src/sidebar'] }),
      );
      const tsc = spawnSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.sidebar.json'],
        { cwd: copy, encoding: 'utf8' },
      );
      expect(tsc.stdout + tsc.stderr).toBe('');
      const build = spawnSync(process.execPath, ['build.js'], { cwd: copy, encoding: 'utf8' });
      expect(build.stderr).toBe('');
      const html = readFileSync(join(copy, 'dist/Sidebar.html'), 'utf8');
      expect(html).toContain('Fit rules, ');
      expect(html).toMatch(/"Points","Check","Apply"/);
    },
  );
});
