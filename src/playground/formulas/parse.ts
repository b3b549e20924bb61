// Parses a cell formula (`=LEADSCORE(A2:F, 'LeadLift Model'!A1:D)`) into a tree the engine evaluates.

import { parseA1, type RangeRef } from './a1';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'reference'; ref: RangeRef }
  /** A bare name that is not a reference: Sheets reads it as a named range. */
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'binary'; operator: BinaryOperator; left: Expr; right: Expr };

/**
 * `syntax`: not a formula Sheets accepts. `unsupported`: valid in Sheets, but uses syntax the playground does not
 * evaluate (array literals `{1,2}`, percent signs): shown as text, like formulas of other Sheets functions.
 */
export type ParseResult =
  { ok: true; expr: Expr } | { ok: false; reason: 'syntax' | 'unsupported'; message: string };

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'reference'; ref: RangeRef }
  | { kind: 'word'; name: string }
  | { kind: 'operator'; text: string }
  | { kind: 'end' };

class FormulaSyntaxError extends Error {
  constructor(readonly reason: 'syntax' | 'unsupported') {
    super(
      reason === 'syntax' ? 'Formula parse error.' : 'Formula uses syntax the playground does not evaluate.',
    );
  }
}

const sheetPrefix = /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/;
const referenceBody = /^[$A-Za-z0-9:]+/;
const word = /^[A-Za-z_][\w.]*/;
const numberPattern = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const operators = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '(', ')', ',', ';'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new FormulaSyntaxError('syntax');
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      tokens.push({ kind: 'string', value });
      i = j + 1;
      continue;
    }
    const sheet = sheetPrefix.exec(rest);
    if (sheet) {
      const body = referenceBody.exec(rest.slice(sheet[0].length));
      const ref = body && parseA1(body[0]);
      if (!ref) throw new FormulaSyntaxError('syntax');
      tokens.push({ kind: 'reference', ref: { ...ref, sheet: sheet[1]?.replace(/''/g, "'") ?? sheet[2] } });
      i += sheet[0].length + body[0].length;
      continue;
    }
    const body = referenceBody.exec(rest);
    if (body) {
      // The longest run of reference characters, unless a name or call goes on (`LOG10(`, `A1B`).
      const next = text[i + body[0].length] ?? '';
      const ref = /[\w.(]/.test(next) ? undefined : parseA1(body[0]);
      if (ref) {
        tokens.push({ kind: 'reference', ref });
        i += body[0].length;
        continue;
      }
    }
    const number = numberPattern.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const name = word.exec(rest);
    if (name) {
      tokens.push({ kind: 'word', name: name[0] });
      i += name[0].length;
      continue;
    }
    const operator = operators.find((op) => rest.startsWith(op));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator });
      i += operator.length;
      continue;
    }
    if (ch === '{' || ch === '}' || ch === '%') throw new FormulaSyntaxError('unsupported');
    throw new FormulaSyntaxError('syntax');
  }
  tokens.push({ kind: 'end' });
  return tokens;
}

/** Binding power of each binary operator, lowest first, as Sheets orders them. */
const precedence: Record<BinaryOperator, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};
const negatePrecedence = 6;

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.position];
  }

  private take(): Token {
    return this.tokens[this.position++];
  }

  private isOperator(text: string): boolean {
    const token = this.peek();
    return token.kind === 'operator' && token.text === text;
  }

  private expect(text: string): void {
    if (!this.isOperator(text)) throw new FormulaSyntaxError('syntax');
    this.position++;
  }

  parseFormula(): Expr {
    const expr = this.parseExpression(0);
    if (this.peek().kind !== 'end') throw new FormulaSyntaxError('syntax');
    return expr;
  }

  private parseExpression(minPrecedence: number): Expr {
    let left = this.parseOperand();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'operator' || !(token.text in precedence)) return left;
      const operator = token.text as BinaryOperator;
      const power = precedence[operator];
      if (power <= minPrecedence) return left;
      this.position++;
      // `^` is left-associative in Sheets too: 2^3^2 = 64.
      const right = this.parseExpression(power);
      left = { kind: 'binary', operator, left, right };
    }
  }

  private parseOperand(): Expr {
    const token = this.take();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'reference':
        return { kind: 'reference', ref: token.ref };
      case 'word':
        return this.parseWord(token.name);
      case 'operator':
        if (token.text === '-') return { kind: 'negate', operand: this.parseExpression(negatePrecedence) };
        if (token.text === '+') return this.parseExpression(negatePrecedence);
        if (token.text === '(') {
          const inner = this.parseExpression(0);
          this.expect(')');
          return inner;
        }
        throw new FormulaSyntaxError('syntax');
      default:
        throw new FormulaSyntaxError('syntax');
    }
  }

  private parseWord(name: string): Expr {
    if (!this.isOperator('(')) {
      const upper = name.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
      return { kind: 'name', name };
    }
    this.position++;
    const args: Expr[] = [];
    if (this.isOperator(')')) {
      this.position++;
      return { kind: 'call', name: name.toUpperCase(), args };
    }
    for (;;) {
      args.push(this.parseExpression(0));
      if (this.isOperator(')')) {
        this.position++;
        return { kind: 'call', name: name.toUpperCase(), args };
      }
      // Sheets in some locales separates arguments with `;`.
      if (this.isOperator(',') || this.isOperator(';')) this.position++;
      else throw new FormulaSyntaxError('syntax');
    }
  }
}

/** Parses a formula; `text` starts with `=`. */
export function parseFormula(text: string): ParseResult {
  try {
    if (!text.startsWith('=')) return { ok: false, reason: 'syntax', message: 'Formula parse error.' };
    return { ok: true, expr: new Parser(tokenize(text.slice(1))).parseFormula() };
  } catch (error) {
    if (error instanceof FormulaSyntaxError)
      return { ok: false, reason: error.reason, message: error.message };
    throw error;
  }
}

/** Every reference in a formula, in the order written. */
export function referencesOf(expr: Expr): RangeRef[] {
  switch (expr.kind) {
    case 'reference':
      return [expr.ref];
    case 'call':
      return expr.args.flatMap(referencesOf);
    case 'negate':
      return referencesOf(expr.operand);
    case 'binary':
      return [...referencesOf(expr.left), ...referencesOf(expr.right)];
    default:
      return [];
  }
}

/** Every function name a formula calls, upper case. */
export function functionsOf(expr: Expr): string[] {
  switch (expr.kind) {
    case 'call':
      return [expr.name, ...expr.args.flatMap(functionsOf)];
    case 'negate':
      return functionsOf(expr.operand);
    case 'binary':
      return [...functionsOf(expr.left), ...functionsOf(expr.right)];
    default:
      return [];
  }
}

/** Every bare name (not a reference, not TRUE/FALSE) a formula uses. */
export function namesOf(expr: Expr): string[] {
  switch (expr.kind) {
    case 'name':
      return [expr.name];
    case 'call':
      return expr.args.flatMap(namesOf);
    case 'negate':
      return namesOf(expr.operand);
    case 'binary':
      return [...namesOf(expr.left), ...namesOf(expr.right)];
    default:
      return [];
  }
}
