// The formula help Sheets shows while typing a custom function, read from the JSDoc in Code.js as Sheets reads it.

export interface FunctionHelp {
  name: string;
  summary: string;
  params: Array<{ name: string; example: string; help: string; optional: boolean }>;
  returns: string;
}

/** Every top-level function of the script whose JSDoc carries `@customfunction`, with its summary and arguments. */
export function readFunctionHelp(code: string): FunctionHelp[] {
  const help: FunctionHelp[] = [];
  for (const match of code.matchAll(/\/\*\*([\s\S]*?)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g)) {
    const lines = match[1].split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim());
    if (!lines.some((line) => line === '@customfunction')) continue;
    const summary = lines.filter((line) => line && !line.startsWith('@')).join(' ');
    const params: FunctionHelp['params'] = [];
    let returns = '';
    for (const line of lines) {
      const param = /^@param\s+\{([^}]*)\}\s+(\[?)([\w$]+)\]?\s*(.*)$/.exec(line);
      if (param) {
        params.push({
          example: param[1],
          optional: param[2] === '[',
          name: param[3],
          help: param[4].replace(/^\(optional\)\s*/, ''),
        });
      }
      const result = /^@returns?\s+(.*)$/.exec(line);
      if (result) returns = result[1]!;
    }
    help.push({ name: match[2], summary, params, returns });
  }
  return help;
}
