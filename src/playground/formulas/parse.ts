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
  /** `50%`: the operand divided by 100. */
  | { kind: 'percent'; operand: Expr }
  | { kind: 'binary'; operator: BinaryOperator; left: Expr; right: Expr }
  /** An array literal `{1, 2; 3, 4}`: rows of elements, each an expression (a range stacks whole). */
  | { kind: 'array'; rows: Expr[][] };

/** `syntax`: not a formula Sheets accepts. */
export type ParseResult = { ok: true; expr: Expr } | { ok: false; reason: 'syntax'; message: string };

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'reference'; ref: RangeRef }
  | { kind: 'word'; name: string }
  | { kind: 'operator'; text: string }
  | { kind: 'end' };

class FormulaSyntaxError extends Error {
  readonly reason = 'syntax';
  constructor() {
    super('Formula parse error.');
  }
}

const sheetPrefix = /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/;
const referenceBody = /^[$A-Za-z0-9:]+/;
const word = /^[A-Za-z_][\w.]*/;
const numberPattern = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const operators = [
  '<>',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '=',
  '<',
  '>',
  '(',
  ')',
  ',',
  ';',
  '{',
  '}',
  '%',
];

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
        if (j >= text.length) throw new FormulaSyntaxError();
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
      if (!ref) throw new FormulaSyntaxError();
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
    throw new FormulaSyntaxError();
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
    if (!this.isOperator(text)) throw new FormulaSyntaxError();
    this.position++;
  }

  parseFormula(): Expr {
    const expr = this.parseExpression(0);
    if (this.peek().kind !== 'end') throw new FormulaSyntaxError();
    return expr;
  }

  private parseExpression(minPrecedence: number): Expr {
    let left = this.parseOperand();
    for (;;) {
      // `%` binds tighter than any binary operator: 1+50%*2 = 2.
      while (this.isOperator('%')) {
        this.position++;
        left = { kind: 'percent', operand: left };
      }
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
        if (token.text === '{') return this.parseArray();
        throw new FormulaSyntaxError();
      default:
        throw new FormulaSyntaxError();
    }
  }

  /** After `{`: elements split by `,` into columns and by `;` into rows, up to `}`. */
  private parseArray(): Expr {
    const rows: Expr[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.parseExpression(0));
      if (this.isOperator('}')) {
        this.position++;
        return { kind: 'array', rows };
      }
      if (this.isOperator(';')) rows.push([]);
      else if (!this.isOperator(',')) throw new FormulaSyntaxError();
      this.position++;
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
      // An argument left empty (`F(a, , b)`) reaches the function as an empty cell, which LeadLift reads as left out.
      const empty = this.isOperator(',') || this.isOperator(';') || this.isOperator(')');
      args.push(empty ? { kind: 'string', value: '' } : this.parseExpression(0));
      if (this.isOperator(')')) {
        this.position++;
        return { kind: 'call', name: name.toUpperCase(), args };
      }
      // Sheets in some locales separates arguments with `;`.
      if (this.isOperator(',') || this.isOperator(';')) this.position++;
      else throw new FormulaSyntaxError();
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

/** The expressions directly inside one, in the order written. */
export function childrenOf(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'call':
      return expr.args;
    case 'negate':
    case 'percent':
      return [expr.operand];
    case 'binary':
      return [expr.left, expr.right];
    case 'array':
      return expr.rows.flat();
    default:
      return [];
  }
}

/** Every reference in a formula, in the order written. */
export function referencesOf(expr: Expr): RangeRef[] {
  return expr.kind === 'reference' ? [expr.ref] : childrenOf(expr).flatMap(referencesOf);
}

/** Every function name a formula calls, upper case. */
export function functionsOf(expr: Expr): string[] {
  const inner = childrenOf(expr).flatMap(functionsOf);
  return expr.kind === 'call' ? [expr.name, ...inner] : inner;
}

/** Every bare name (not a reference, not TRUE/FALSE) a formula uses. */
export function namesOf(expr: Expr): string[] {
  return expr.kind === 'name' ? [expr.name] : childrenOf(expr).flatMap(namesOf);
}
