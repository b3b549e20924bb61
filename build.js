// Builds the add-on: bundles src/ into dist/ (Code.js, Sidebar.html, appsscript.json) that `clasp push` deploys as it is.
//   node build.js            build once
//   node build.js --watch    rebuild on every change under src/
//   node build.js --minify   also minify Code.js (it stays readable by default: users debug it in the editor)
//   node build.js --run F    bundle a local TypeScript entry (playground, benchmarks) for Node and run it
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const out = join(root, 'out');
const globalName = 'LeadLift';

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
  return `${doc}\nfunction ${entry.name}(${list}) {\n  return ${globalName}.${entry.name}(${list});\n}\n`;
}

/** Fails the build when the registry and the bundle's exports disagree, or help text is missing. */
function checkRegistry(entries, exportedNames) {
  const problems = [];
  const listed = new Set();
  for (const entry of entries) {
    if (listed.has(entry.name)) problems.push(`${entry.name} is listed twice in the registry`);
    listed.add(entry.name);
    if (!exportedNames.includes(entry.name))
      problems.push(`registry entry ${entry.name} has no export in src/glue/main.ts`);
    if (!/^[A-Za-z_$][\w$]*$/.test(entry.name)) problems.push(`${entry.name} is not a valid function name`);
    if (!entry.summary?.trim()) problems.push(`${entry.name} has no summary`);
    if (entry.kind === 'customFunction') {
      if (entry.name !== entry.name.toUpperCase())
        problems.push(`custom function ${entry.name} must be upper case`);
      if (!entry.returns?.trim()) problems.push(`${entry.name} has no @return help`);
      for (const p of entry.params) {
        if (!p.help?.trim() || !p.example?.trim())
          problems.push(`${entry.name}(${p.name}) has no help or example`);
      }
    }
  }
  for (const name of exportedNames) {
    if (!listed.has(name))
      problems.push(`stray export ${name}: add it to src/glue/registry.ts or stop exporting it`);
  }
  if (problems.length) throw new Error(`Entry points are inconsistent:\n  - ${problems.join('\n  - ')}`);
}

/** Loads the registry (pure data) by bundling it for Node. */
async function loadRegistry() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/glue/registry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).entryPoints;
}

async function buildCode({ minify }) {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/glue/main.ts')],
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
  const entries = await loadRegistry();
  checkRegistry(entries, exported);
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
  } else if (argv.includes('--watch')) {
    await watchAndBuild();
  } else {
    report(await build({ minify: argv.includes('--minify') }));
  }
} catch (error) {
  console.error(`build failed:\n${formatError(error)}`);
  process.exit(1);
}
