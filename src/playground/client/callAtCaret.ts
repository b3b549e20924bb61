// Finds the custom function being typed in a formula, for the formula help beside the cell editor.

/** The function whose arguments the caret is in, and which argument: `=CLOSERATE(B2:B, ` → CLOSERATE, 1. */
export function callAtCaret(text: string): { name: string; argument: number } | undefined {
  if (!text.startsWith('=')) return undefined;
  const stack: Array<{ name: string; argument: number }> = [];
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === '(')
      stack.push({
        name: /([A-Za-z_][\w.]*)$/.exec(text.slice(0, i))?.[1]?.toUpperCase() ?? '',
        argument: 0,
      });
    else if (ch === ')') stack.pop();
    else if ((ch === ',' || ch === ';') && stack.length) stack[stack.length - 1].argument++;
  }
  return stack[stack.length - 1];
}
