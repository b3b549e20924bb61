// Every custom function with its help, found the way build.js finds them: one file each in src/glue/functions/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionHelp } from '../../src/glue/functionHelp';

export interface CustomFunction {
  name: string;
  help: FunctionHelp;
  run: (...args: unknown[]) => unknown;
}

const functionsDir = join(import.meta.dirname, '../../src/glue/functions');

export async function loadCustomFunctions(): Promise<CustomFunction[]> {
  const files = readdirSync(functionsDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(join(functionsDir, file))) as Record<string, unknown>;
      const name = Object.keys(module).find((key) => key !== 'help') ?? file;
      return { name, help: module.help as FunctionHelp, run: module[name] as CustomFunction['run'] };
    }),
  );
}
