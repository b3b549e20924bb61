// Builds the add-on: bundles src/ into dist/ (Code.js, Sidebar.html, appsscript.json) that `clasp push` deploys as it is.
//   node build.js            build once
//   node build.js --watch    rebuild on every change under src/
//   node build.js --minify   also minify Code.js (it stays readable by default: users debug it in the editor)
//   node build.js --run F    bundle a local TypeScript entry (playground, benchmarks) for Node and run it
//   node build.js --docs     write docs/functions.md from each custom function's help (--check: fail if stale)
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'out');
const glue = join(root, 'src/glue');
const functionsDir = join(glue, 'functions');
const referencePage = join(root, 'docs/functions.md');
const globalName = 'LeadLift';
/** The bundle's one export that is not an entry point: what every custom function's declaration calls. */
const customFunctionCaller = 'callCustomFunction';

/** Formats one custom function's JSDoc as Sheets reads it for autocomplete and formula help. */
function customFunctionDoc(entry) {
  const lines = ['/**', ` * ${entry.summary}`, ' *'];
  for (const p of entry.params) {
    const name = p.optional ? `[${p.name}]` : p.name;
    lines.push(` * @param {${p.example}} ${name} ${p.optional ? '(optional) ' : ''}${p.help}`);
  }
  lines.push(` * @return ${entry.returns}`, ' * @customfunction', ' */');
  return lines.join('\n');
}

/** The top-level declaration Apps Script calls, delegating into the bundle. */
function declaration(entry) {
  const params = entry.kind === 'customFunction' ? entry.params.map((p) => p.name) : entry.params;
  const doc = entry.kind === 'customFunction' ? customFunctionDoc(entry) : `/** ${entry.summary} */`;
  const list = params.join(', ');
  // Custom functions go through one wrapper: Dates on the spreadsheet's clock, error notes without "(line N)".
  const call =
    entry.kind === 'customFunction'
      ? `${globalName}.${customFunctionCaller}(${globalName}.${entry.name}, [${list}])`
      : `${globalName}.${entry.name}(${list})`;
  return `${doc}\nfunction ${entry.name}(${list}) {\n  return ${call};\n}\n`;
}

/** Fails the build when the registry and the bundle's exports disagree. */
function checkExports(entries, exportedNames) {
  const problems = [];
  const listed = new Set();
  for (const entry of entries) {
    if (listed.has(entry.name)) problems.push(`${entry.name} is declared twice`);
    listed.add(entry.name);
    if (!exportedNames.includes(entry.name))
      problems.push(`registry entry ${entry.name} has no export in src/glue/main.ts`);
    if (!/^[A-Za-z_$][\w$]*$/.test(entry.name)) problems.push(`${entry.name} is not a valid function name`);
    if (!entry.summary?.trim()) problems.push(`${entry.name} has no summary`);
  }
  if (!exportedNames.includes(customFunctionCaller))
    problems.push(`src/glue/main.ts must export ${customFunctionCaller}`);
  for (const name of exportedNames) {
    if (!listed.has(name) && name !== customFunctionCaller)
      problems.push(`stray export ${name}: add it to src/glue/registry.ts or stop exporting it`);
  }
  if (problems.length) throw new Error(`Entry points are inconsistent:\n  - ${problems.join('\n  - ')}`);
}

/** The problems of one src/glue/functions file: it exports one upper-case function and its complete help. */
function functionProblems(file, module) {
  const where = `src/glue/functions/${file}`;
  const names = Object.keys(module).filter((name) => name !== 'help');
  if (names.length !== 1 || typeof module[names[0]] !== 'function')
    return [`${where} must export one custom function and its help, not: ${names.join(', ') || 'nothing'}`];
  const [name] = names;
  const help = module.help;
  if (!help) return [`${where} has no help: export const help: FunctionHelp = { summary, params, returns }`];
  const problems = [];
  if (name !== name.toUpperCase()) problems.push(`custom function ${name} must be upper case`);
  if (!help.summary?.trim()) problems.push(`${name} has no summary`);
  if (!help.returns?.trim()) problems.push(`${name} has no @return help`);
  if (!Array.isArray(help.params)) return [...problems, `${name} has no params list`];
  for (const p of help.params) {
    if (!p.name?.trim() || !p.help?.trim() || !p.example?.trim())
      problems.push(`${name}(${p.name}) has no help or example`);
  }
  for (const example of help.examples ?? []) {
    if (!Array.isArray(example.args) || example.args.length > help.params.length || !('result' in example))
      problems.push(`${name} has an example without args (at most one per parameter) or a result`);
  }
  if (module[name].length > help.params.length)
    problems.push(`${name} takes ${module[name].length} arguments but its help lists ${help.params.length}`);
  return problems;
}

/** Bundles TypeScript source (resolved from src/glue) for Node and imports it. */
async function importFromGlue(contents) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: glue, loader: 'ts', sourcefile: 'build-entries.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}

/** The files of src/glue/functions/: each one custom function, found here so that adding one edits no list. */
function functionFiles() {
  return readdirSync(functionsDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
}

/** Every entry point: the custom functions with their help (from their files), then the registry's handlers. */
async function loadEntries() {
  const files = functionFiles();
  const modulePath = (file) => `./functions/${file.replace(/\.ts$/, '')}`;
  const { handlers, modules } = await importFromGlue(
    [
      "export { handlers } from './registry';",
      ...files.map((file, i) => `import * as f${i} from '${modulePath(file)}';`),
      `export const modules = [${files.map((_, i) => `f${i}`).join(', ')}];`,
    ].join('\n'),
  );
  const problems = files.flatMap((file, i) => functionProblems(file, modules[i]));
  if (problems.length) throw new Error(`Custom functions are incomplete:\n  - ${problems.join('\n  - ')}`);
  const functions = files.map((file, i) => {
    const name = Object.keys(modules[i]).find((key) => key !== 'help');
    return { kind: 'customFunction', name, module: modulePath(file), ...modules[i].help };
  });
  return [...functions, ...handlers];
}

async function buildCode({ minify }) {
  const entries = await loadEntries();
  // The bundle's entry: main.ts's handlers plus every custom function, so no hand-kept list names them.
  const entry = [
    "export * from './main';",
    ...entries
      .filter((e) => e.kind === 'customFunction')
      .map((e) => `export { ${e.name} } from '${e.module}';`),
  ].join('\n');
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: glue, loader: 'ts', sourcefile: 'src/glue/entry.ts' },
    bundle: true,
    format: 'iife',
    globalName,
    // Apps Script V8 cannot parse #private or static class fields; es2020 lowers them.
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    minify,
    sourcemap: 'external',
    sourcesContent: true,
    outfile: join(out, 'Code.bundle.js'),
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const map = result.outputFiles.find((f) => f.path.endsWith('.map')).text;
  // Evaluating the bundle in an empty context proves module scope touches no Apps Script service.
  const context = vm.createContext({});
  let exported;
  try {
    exported = Object.keys(vm.runInContext(`${bundle}\n${globalName}`, context));
  } catch (error) {
    throw new Error(
      `The bundle's top level must not call any service or have side effects: ${error.message}`,
      { cause: error },
    );
  }
  checkExports(entries, exported);
  const header =
    '// LeadLift: lead scoring for Google Sheets. Built from src/ by build.js; edit the source, not this file.\n\n';
  const stubs = entries.map(declaration).join('\n');
  const body = bundle.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
  const code = `${header}${body}\n// Entry points Apps Script and Sheets call.\n\n${stubs}`;
  // The header shifts the bundle down two lines; each ';' in a source map starts a new generated line.
  const sourceMap = JSON.parse(map);
  sourceMap.mappings = `;;${sourceMap.mappings}`;
  sourceMap.file = 'Code.js';
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'Code.js.map'), JSON.stringify(sourceMap));
  return code;
}

async function buildSidebar() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/sidebar/main.tsx')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    outdir: join(out, 'sidebar'),
    write: false,
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const template = readFileSync(join(root, 'src/sidebar/index.html'), 'utf8');
  // An inline script ends at the first "</script", wherever it stands.
  const safeJs = js.replace(/<\/(script)/gi, '<\\/$1');
  return template
    .replace('<!-- styles -->', () => `<style>\n${css}</style>`)
    .replace('<!-- script -->', () => `<script>\n${safeJs}</script>`);
}

async function build({ minify = false } = {}) {
  const [code, sidebar] = await Promise.all([buildCode({ minify }), buildSidebar()]);
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(dist, 'Sidebar.html'), sidebar);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return { code: code.length, sidebar: sidebar.length };
}

/** A table cell's text: a pipe would end the cell. */
const cell = (text) => text.replaceAll('|', '\\|');

/** A number as the reference shows it: whole, or to 4 significant digits. */
const shown = (n) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4))));

/** A value as a formula writes it: "text", 10, TRUE, DATE(2026, 1, 15), or an array literal {1, 2; 3, 4}. */
function literal(value) {
  if (Array.isArray(value)) return `{${value.map((row) => row.map(literal).join(', ')).join('; ')}}`;
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return `DATE(${value.getFullYear()}, ${value.getMonth() + 1}, ${value.getDate()})`;
  return shown(value);
}

/** One worked example: the formula, then its answer, a table when it spills over rows and columns. */
function exampleLines(name, { args, result }) {
  const formula = `\`=${name}(${args.map(literal).join(', ')})\``;
  const isTable = Array.isArray(result) && result.length > 1 && result[0].length > 1;
  if (!isTable) return [`Example: ${formula} gives \`${literal(result)}\`.`, ''];
  const row = (cells) => `| ${cells.map((c) => cell(typeof c === 'string' ? c : literal(c))).join(' | ')} |`;
  const [header, ...rows] = result;
  return [
    `Example: ${formula} gives:`,
    '',
    row(header),
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row),
    '',
  ];
}

/** docs/functions.md: the reference of every custom function, from the same help Sheets shows. */
function functionsReference(entries) {
  const functions = entries.filter((e) => e.kind === 'customFunction');
  const lines = [
    '# Functions reference',
    '',
    '<!-- Generated by `npm run docs` from the help beside each function in src/glue/functions/: edit it there. -->',
    '',
    'Type these in a cell like any Sheets function; Sheets shows the same help while you type. The examples pass',
    'array literals (`;` between rows, `,` between columns, as in English-language Sheets), so each can be pasted',
    'into a cell as it is; `npm test` runs every one.',
    '',
    '| Function | What it does |',
    '| --- | --- |',
    ...functions.map((f) => `| [${f.name}](#${f.name.toLowerCase()}) | ${cell(f.summary)} |`),
  ];
  for (const f of functions) {
    const args = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
    lines.push('', `## ${f.name}`, '', `\`=${f.name}(${args})\``, '', f.summary, '');
    if (f.params.length) {
      lines.push('| Argument | Example | What to pass |', '| --- | --- | --- |');
      for (const p of f.params)
        lines.push(`| ${p.name}${p.optional ? ' (optional)' : ''} | \`${p.example}\` | ${cell(p.help)} |`);
      lines.push('');
    }
    lines.push(`Returns: ${f.returns}`);
    for (const example of f.examples ?? []) lines.push('', ...exampleLines(f.name, example).slice(0, -1));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes docs/functions.md, or with check only fails when the committed page differs from the help. */
async function writeReference({ check }) {
  const page = functionsReference(await loadEntries());
  let current = '';
  try {
    current = readFileSync(referencePage, 'utf8');
  } catch {
    // No page yet: it is stale.
  }
  if (!check) {
    if (current !== page) writeFileSync(referencePage, page);
    console.log(`${current === page ? 'up to date' : 'wrote'}: docs/functions.md`);
  } else if (current !== page) {
    throw new Error('docs/functions.md is stale: run `npm run docs` and commit it.');
  }
}

function report(sizes) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`built dist/: Code.js ${kb(sizes.code)}, Sidebar.html ${kb(sizes.sidebar)}, appsscript.json`);
}

function formatError(error) {
  return error.errors?.length
    ? esbuild.formatMessagesSync(error.errors, { kind: 'error', color: false }).join('\n')
    : error.message;
}

async function watchAndBuild() {
  let timer;
  const rebuild = () =>
    build()
      .then(report)
      .catch((error) => console.error(`build failed:\n${formatError(error)}`));
  await rebuild();
  watch(join(root, 'src'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 100);
  });
  watch(join(root, 'appsscript.json'), () => rebuild());
  console.log('watching src/ for changes');
}

/** Bundles a TypeScript entry for Node (dependencies stay external) and runs it with the remaining arguments. */
async function runLocal(entry, args) {
  const outfile = join(
    out,
    'run',
    `${relative(root, entry)
      .replace(/[\\/]/g, '_')
      .replace(/\.tsx?$/, '')}.mjs`,
  );
  await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'inline',
    outfile,
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, ['--enable-source-maps', '--expose-gc', outfile, ...args], {
    stdio: 'inherit',
    cwd: root,
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

const argv = process.argv.slice(2);
try {
  if (argv[0] === '--run') {
    if (!argv[1]) throw new Error('usage: node build.js --run path/to/entry.ts [args...]');
    const rest = argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
    await runLocal(argv[1], rest);
  } else if (argv[0] === '--docs') {
    await writeReference({ check: argv.includes('--check') });
  } else if (argv.includes('--watch')) {
    await watchAndBuild();
  } else {
    report(await build({ minify: argv.includes('--minify') }));
  }
} catch (error) {
  console.error(`build failed:\n${formatError(error)}`);
  process.exit(1);
}
