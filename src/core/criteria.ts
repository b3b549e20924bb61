// The COUNTIFS-style criteria marketers already know (`Google`, `>=10 <20`, `<>(blank)`), parsed once and matched per cell.

import {
  type CellValue,
  cellNumber,
  dateSerial,
  isBlank,
  isDate,
  numberInText,
  serialOfDateText,
  shownNumber,
  valueKey,
} from './cellValue';
import { InputError } from './inputError';

export type ComparisonOperator = '<' | '<=' | '>' | '>=';

/** One side of a numeric criterion: the cell's number compared with `bound` (a date bound is its Sheets serial). */
export interface Comparison {
  operator: ComparisonOperator;
  bound: number;
  /** The bound as written (`10`, `2026-01-31`), so the criterion is described the way it was typed. */
  boundText: string;
}

/**
 * A parsed criterion. `equals` compares value keys (trimmed, any case, numbers and numeric text alike);
 * `like` uses `*` and `?` wildcards; `compare` holds one comparison or two that must both hold.
 */
export type Criterion =
  | { kind: 'blank' }
  | { kind: 'any' }
  | {
      kind: 'equals';
      negated: boolean;
      text: string;
      key: string;
      /** The number the text stands for in a comparison (`46023`, `2026-1-1`, `50%`), matched the same way. */
      number?: number;
    }
  | { kind: 'like'; negated: boolean; pattern: string; regex: RegExp }
  | { kind: 'compare'; comparisons: readonly [Comparison] | readonly [Comparison, Comparison] };

const comparisonPrefix = /^(>=|<=|>|<)\s*/;
const twoComparisons = /^(>=|<=|>|<)\s*(\S+)\s+(>=|<=|>|<)\s*(\S+)$/;

function quote(text: string): string {
  return JSON.stringify(text);
}

/** A number, a percentage (`50%` is 0.5) or a `yyyy-mm-dd` date as its Sheets serial; undefined otherwise. */
function boundOf(text: string): number | undefined {
  const number = numberInText(text);
  if (number !== undefined) return number;
  if (text.endsWith('%')) {
    const percent = numberInText(text.slice(0, -1).trim());
    if (percent !== undefined) return percent / 100;
  }
  return serialOfDateText(text);
}

function comparison(criterionText: string, operator: string, boundText: string): Comparison {
  const bound = boundOf(boundText);
  if (bound === undefined) {
    const hint = /[<>]/.test(boundText)
      ? 'give one comparison, or two separated by a space such as ">=10 <20".'
      : 'compare with a number or a date, such as ">=10" or ">=2026-01-31".';
    throw new InputError(
      `Criterion ${quote(criterionText)} compares with ${quote(boundText)}, which is not a number or a date: ${hint}`,
    );
  }
  return { operator: operator as ComparisonOperator, bound, boundText };
}

/** True when `*` or `?` stands unescaped in the text: then it is a wildcard pattern. */
function hasWildcard(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '~') i++;
    else if (text[i] === '*' || text[i] === '?') return true;
  }
  return false;
}

/** The text with its `~` escapes removed: `what~?` is the literal `what?`. */
function unescape(text: string): string {
  return text.replace(/~([*?~])/g, '$1');
}

/** The text with `*`, `?` and `~` escaped, so it matches itself literally. */
function escape(text: string): string {
  return text.replace(/[*?~]/g, '~$&');
}

function wildcardRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '~' && i + 1 < pattern.length && '*?~'.includes(pattern[i + 1])) {
      i++;
      source += `\\${pattern[i]}`;
    } else if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

/** `(blank)`, `(any)` and `""` stand for empty and non-empty cells, except after `=`, where they are text. */
function isSpecialWord(text: string): boolean {
  return /^(\(blank\)|\(any\)|"")$/i.test(text);
}

/** Words a model reads as more than the text: those above, and `(other)`, the rule for values no other rule matches. */
function isReservedWord(text: string): boolean {
  return isSpecialWord(text) || /^\(other\)$/i.test(text);
}

/**
 * `X`, `=X` or `<>X`: equal to X (or not), where X may be a wildcard pattern, `(blank)`, `(any)` or `""`;
 * with `literalWords` (after `=`), `(blank)`, `(any)` and `""` are the texts themselves.
 */
function equality(operand: string, negated: boolean, literalWords = false): Criterion {
  const text = operand.trim();
  if (text === '') return { kind: negated ? 'any' : 'blank' };
  if (!literalWords && isSpecialWord(text)) {
    return { kind: (text.toLowerCase() === '(any)') !== negated ? 'any' : 'blank' };
  }
  if (hasWildcard(text)) {
    return { kind: 'like', negated, pattern: text, regex: wildcardRegex(text.toLowerCase()) };
  }
  const literal = unescape(text);
  return equalsCriterion(literal, negated);
}

/** Equal to a text: by value key, and by number when the text stands for one, as a comparison reads it. */
function equalsCriterion(text: string, negated: boolean): Criterion {
  const criterion: Criterion = { kind: 'equals', negated, text, key: valueKey(text) };
  const number = boundOf(text);
  if (number !== undefined) criterion.number = shownNumber(number);
  return criterion;
}

/**
 * Reads a criterion as Sheets' COUNTIFS does, with LeadLift's additions:
 * - `Google`, `=Google`, `10`, a number or TRUE/FALSE: equal, trimmed and in any case; `10` also matches the text "10.0";
 * - `Goo*`, `?oogle`: wildcards (`~*`, `~?`, `~~` are the literal characters);
 * - `>10`, `>=10`, `<10`, `<=10`, `>=50%`, `>=2026-01-31`: compare the cell's number (a date cell by its date);
 * - `<>X`: anything but X; `(blank)`, `""` or an empty criterion: empty cells; `(any)` or `<>`: non-empty cells
 *   (`=(any)`, `=(blank)` and `=""` are those texts themselves);
 * - `>=10 <20`: two comparisons separated by a space, both must hold.
 * A bad criterion throws an InputError saying how to write it.
 * @example matchesCriterion(parseCriterion('>=10 <20'), 15) // true
 */
export function parseCriterion(criterion: string | number | boolean | Date): Criterion {
  if (typeof criterion !== 'string') {
    if (typeof criterion === 'number' && !Number.isFinite(criterion)) {
      throw new InputError(`Criterion ${String(criterion)} is not a number a cell can hold.`);
    }
    const criterionText = isDate(criterion) ? valueKey(criterion) : String(criterion);
    const equal: Criterion = {
      kind: 'equals',
      negated: false,
      text: criterionText,
      key: valueKey(criterion),
    };
    if (typeof criterion === 'number') equal.number = shownNumber(criterion);
    else if (isDate(criterion)) equal.number = dateSerial(criterion);
    return equal;
  }
  const text = criterion.trim();
  if (text.startsWith('<>')) return equality(text.slice(2), true);
  const pair = twoComparisons.exec(text);
  if (pair) {
    const first = comparison(text, pair[1], pair[2]);
    const second = comparison(text, pair[3], pair[4]);
    if (!canBothHold(first, second)) {
      throw new InputError(
        `Criterion ${quote(text)} can match no value: no number is both ${pair[1]}${pair[2]} and ${pair[3]}${pair[4]}.`,
      );
    }
    return { kind: 'compare', comparisons: [first, second] };
  }
  const single = comparisonPrefix.exec(text);
  if (single) {
    const boundText = text.slice(single[0].length).trim();
    if (boundText === '') {
      throw new InputError(
        `Criterion ${quote(text)} has nothing to compare with: write a number after ${single[1]}, such as "${single[1]}10".`,
      );
    }
    return { kind: 'compare', comparisons: [comparison(text, single[1], boundText)] };
  }
  if (text.startsWith('=')) return equality(text.slice(1), false, true);
  return equality(text, false);
}

function canBothHold(a: Comparison, b: Comparison): boolean {
  const lower = [a, b].filter((c) => c.operator[0] === '>');
  const upper = [a, b].filter((c) => c.operator[0] === '<');
  if (lower.length !== 1) return true;
  const [low] = lower;
  const [high] = upper;
  if (low.bound < high.bound) return true;
  return low.bound === high.bound && low.operator === '>=' && high.operator === '<=';
}

const shownOrUndefined = (n: number | undefined) => (n === undefined ? undefined : shownNumber(n));

function holds(c: Comparison, number: number): boolean {
  switch (c.operator) {
    case '<':
      return number < c.bound;
    case '<=':
      return number <= c.bound;
    case '>':
      return number > c.bound;
    case '>=':
      return number >= c.bound;
  }
}

/**
 * True when a cell meets the criterion. Empty cells meet only `(blank)` and `<>X` criteria; comparisons
 * see numbers, numeric text and dates, never TRUE/FALSE or other text.
 * @example matchesCriterion(parseCriterion('goo*'), ' Google ') // true
 */
export function matchesCriterion(criterion: Criterion, value: CellValue): boolean {
  switch (criterion.kind) {
    case 'blank':
      return isBlank(value);
    case 'any':
      return !isBlank(value);
    case 'equals': {
      const equal =
        valueKey(value) === criterion.key ||
        (criterion.number !== undefined && shownOrUndefined(cellNumber(value)) === criterion.number);
      return equal !== criterion.negated;
    }
    case 'like': {
      const found = !isBlank(value) && criterion.regex.test(likeText(value));
      return found !== criterion.negated;
    }
    case 'compare': {
      const number = cellNumber(value);
      if (number === undefined) return false;
      for (const c of criterion.comparisons) if (!holds(c, number)) return false;
      return true;
    }
  }
}

/** The text a wildcard pattern sees: the cell as shown, trimmed and lower-cased (`10`, `true`, `2026-01-15`). */
function likeText(value: CellValue): string {
  if (typeof value === 'string') return value.trim().toLowerCase();
  return valueKey(value);
}

/**
 * The criterion written back as text that `parseCriterion` reads as the same criterion, e.g. `>=10 <20`,
 * `(blank)`, `<>Google`, `=>5 years` (a value that starts with `>` gets a leading `=`).
 * @example describeCriterion(parseCriterion(' >= 10  <20 ')) // '>=10 <20'
 */
export function describeCriterion(criterion: Criterion): string {
  switch (criterion.kind) {
    case 'blank':
      return '(blank)';
    case 'any':
      return '(any)';
    case 'equals': {
      const text = escape(criterion.text);
      if (criterion.negated) return `<>${text}`;
      return /^[<>=]/.test(text) || isReservedWord(text) ? `=${text}` : text;
    }
    case 'like':
      return criterion.negated ? `<>${criterion.pattern}` : criterion.pattern;
    case 'compare':
      return criterion.comparisons.map((c) => `${c.operator}${c.boundText}`).join(' ');
  }
}

/**
 * The criterion a value shown as `label` is scored with: equal to it, with its wildcard characters escaped.
 * `(blank)` stands for the empty cell.
 * @example describeCriterion(valueCriterion('What?')) // 'What~?'
 */
export function valueCriterion(label: string): Criterion {
  const text = label.trim();
  if (text === '' || text.toLowerCase() === '(blank)') return { kind: 'blank' };
  return textCriterion(text);
}

/**
 * The criterion "equal to this text", whatever it spells: `textCriterion('(blank)')` matches the text (blank),
 * not empty cells, and is written `=(blank)`.
 * @example describeCriterion(textCriterion('(any)')) // '=(any)'
 */
export function textCriterion(text: string): Criterion {
  return equalsCriterion(text.trim(), false);
}

/** A range criterion `>=low <high` (either side may be left out), as numeric bins use. */
export function rangeCriterion(low: number | undefined, high: number | undefined): Criterion {
  const sides: Comparison[] = [];
  if (low !== undefined) sides.push({ operator: '>=', bound: low, boundText: String(low) });
  if (high !== undefined) sides.push({ operator: '<', bound: high, boundText: String(high) });
  if (sides.length === 0) return { kind: 'any' };
  return { kind: 'compare', comparisons: sides as [Comparison] | [Comparison, Comparison] };
}

export { valueKey };
