// `npm start`: serves the playground (a spreadsheet with LeadLift installed) on 127.0.0.1, for this machine only.

import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDate } from '../core/cellValue';
import { injectBridge } from './bridge';
import { Workbook } from './workbook';

/** The repository root: two folders up from this file, in src/playground/ and bundled in out/run/ alike. */
const root = fileURLToPath(new URL('../..', import.meta.url));

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  /** A CSV file to open instead of the demo leads. */
  file?: string;
  /** Where the built add-on is; dist/ of the repository unless given. */
  distDir?: string;
}

export interface Playground {
  url: string;
  /** The spreadsheet behind the page, for tests to arrange what the add-on would have done. */
  workbook: Workbook;
  close(): Promise<void>;
}

/** The page's script and styles, bundled from src/playground/client/ by esbuild when the server starts. */
async function bundleClient(): Promise<{ js: string; css: string }> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/playground/client/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    outdir: join(root, 'out/playground'),
    write: false,
    logLevel: 'silent',
  });
  const text = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>LeadLift playground</title>
    <link rel="stylesheet" href="/app.css" />
  </head>
  <body>
    <div id="app"></div>
    <script src="/app.js"></script>
  </body>
</html>
`;

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  // Inline scripts and styles are the sidebar's (Apps Script serves it the same way); nothing loads from elsewhere.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; form-action 'self'",
};

function send(response: ServerResponse, status: number, type: string, body: string, extra = {}): void {
  response.writeHead(status, { 'Content-Type': type, ...securityHeaders, ...extra });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'Send JSON with Content-Type: application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new HttpError(413, 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'Send a JSON object.');
  }
  return value as Record<string, unknown>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** True when a value holds a Date or a function, which google.script.run cannot return to the page. */
function holdsIllegalValue(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  if (isDate(value)) return true;
  if (seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((item) => holdsIllegalValue(item, seen));
}

function errorOf(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const name = 'name' in error ? String((error as { name: unknown }).name) : 'Error';
    return { name, message: String(error.message) };
  }
  return { name: 'Error', message: String(error) };
}

/** Only this server's own address may call it: another site in the browser cannot drive it (DNS rebinding, CSRF). */
function isOwnRequest(request: IncomingMessage, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || hosts.some((host) => origin === `http://${host}`);
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const distDir = options.distDir ?? join(root, 'dist');
  const workbook = new Workbook(distDir, options.file);
  const client = await bundleClient();
  let port = 0;

  const sheetNamed = (name: unknown): string => {
    if (typeof name !== 'string' || !workbook.sheetNames().includes(name)) {
      throw new HttpError(404, `There is no sheet named ${JSON.stringify(name)}.`);
    }
    return name;
  };

  const routes = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
        return send(response, 200, 'text/html; charset=utf-8', page);
      case 'GET /app.js':
        return send(response, 200, 'text/javascript; charset=utf-8', client.js);
      case 'GET /app.css':
        return send(response, 200, 'text/css; charset=utf-8', client.css);
      case 'GET /api/state':
        return sendJson(response, 200, {
          spreadsheetName: workbook.sandbox.spreadsheet.getName(),
          sheets: workbook.sheetNames(),
          activeSheet: workbook.activeSheet(),
          menus: workbook.menus(),
          customFunctions: workbook.customFunctions,
          functionHelp: workbook.functionHelp,
          clockTriggers: workbook.clockTriggers(),
        });
      case 'GET /api/sheet':
        return sendJson(
          response,
          200,
          workbook.view(sheetNamed(url.searchParams.get('name') ?? workbook.activeSheet())),
        );
      case 'GET /download': {
        const name = sheetNamed(url.searchParams.get('sheet') ?? workbook.activeSheet());
        const filename = `${name.replace(/[^\w.-]+/g, '_')}.csv`;
        return send(response, 200, 'text/csv; charset=utf-8', workbook.csv(name), {
          'Content-Disposition': `attachment; filename="${filename}"`,
        });
      }
      case 'POST /api/edit': {
        const body = await readJson(request);
        const { sheet, row, column, text } = body;
        if (
          typeof sheet !== 'string' ||
          typeof text !== 'string' ||
          !Number.isInteger(row) ||
          !Number.isInteger(column)
        ) {
          throw new HttpError(400, 'Send {sheet, row, column, text}.');
        }
        const name = sheetNamed(sheet);
        try {
          workbook.edit(name, row as number, column as number, text);
        } catch (error) {
          throw new HttpError(400, errorOf(error).message);
        }
        return sendJson(response, 200, { ok: true });
      }
      case 'POST /api/activate': {
        const { sheet } = await readJson(request);
        if (typeof sheet !== 'string') throw new HttpError(400, 'Send {sheet}.');
        workbook.activate(sheetNamed(sheet));
        return sendJson(response, 200, { ok: true });
      }
      case 'POST /api/menu': {
        const { functionName } = await readJson(request);
        if (typeof functionName !== 'string') throw new HttpError(400, 'Send {functionName}.');
        try {
          return sendJson(response, 200, { ok: true, events: workbook.runMenuItem(functionName) });
        } catch (error) {
          return sendJson(response, 200, { ok: false, error: errorOf(error) });
        }
      }
      case 'POST /api/trigger': {
        const { id } = await readJson(request);
        if (typeof id !== 'string') throw new HttpError(400, 'Send {id}.');
        try {
          return sendJson(response, 200, { ok: true, events: workbook.runClockTrigger(id) });
        } catch (error) {
          return sendJson(response, 200, { ok: false, error: errorOf(error) });
        }
      }
      case 'POST /api/run': {
        const { name, args } = await readJson(request);
        if (typeof name !== 'string' || (args !== undefined && !Array.isArray(args))) {
          throw new HttpError(400, 'Send {name, args}.');
        }
        try {
          const { result, events } = workbook.runServerFunction(name, (args as unknown[] | undefined) ?? []);
          if (holdsIllegalValue(result)) {
            // Apps Script hands the sidebar null for such a value; say why, where the developer is looking.
            console.warn(
              `${name} returned a Date or a function: google.script.run passes null to the sidebar instead. Return strings, numbers and plain objects.`,
            );
            return sendJson(response, 200, { ok: true, result: null, events });
          }
          // undefined stays undefined: JSON leaves the key out.
          return sendJson(response, 200, { ok: true, result, events });
        } catch (error) {
          return sendJson(response, 200, { ok: false, error: errorOf(error) });
        }
      }
      default: {
        const sidebar = /^GET \/sidebar\/(\d+)$/.exec(route);
        const html = sidebar ? workbook.sidebarHtml(Number(sidebar[1])) : undefined;
        if (html !== undefined) {
          return send(
            response,
            200,
            'text/html; charset=utf-8',
            injectBridge(html, workbook.serverFunctions()),
          );
        }
        return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      }
    }
  };

  const server = createServer((request, response) => {
    if (!isOwnRequest(request, port)) {
      send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Forbidden: this playground answers only its own page.',
      );
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    routes(request, response, url).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof SyntaxError ? 400 : 500;
      if (status === 500) console.error(error);
      if (!response.headersSent) sendJson(response, status, { ok: false, error: errorOf(error) });
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    // Loopback only: nothing outside this machine can reach the playground.
    server.listen(options.port ?? 8080, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    workbook,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function main(): Promise<void> {
  // npm runs scripts from the package root; INIT_CWD is where the user typed `npm start -- leads.csv`.
  const file = process.argv[2] && resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]);
  if (file && !existsSync(file)) {
    console.error(`Cannot open ${process.argv[2]}: there is no such file.`);
    process.exit(1);
  }
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number; it is "${process.env.PORT}".`);
    process.exit(1);
  }
  try {
    const playground = await startPlayground({ port, file: file || undefined });
    console.log(`LeadLift playground${file ? ` with ${process.argv[2]}` : ''}: ${playground.url}`);
    console.log('Edits stay in memory. Press Ctrl+C to stop.');
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is taken: start on another one with PORT=8081 npm start.`
        : `The playground could not start: ${errorOf(error).message}`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
