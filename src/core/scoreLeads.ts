// Scores leads with a model: each lead's total of the points of every rule it matches, fast on large tables.

import { type CellValue, isBlank, isDate } from './cellValue';
import { matchesCriterion } from './criteria';
import { InputError } from './inputError';
import { type ModelRule, otherValue } from './modelTable';

/** Leads as columns: `names[j]` is the header of `columns[j]`; every column holds one cell per lead. */
export interface LeadTable {
  names: readonly string[];
  columns: readonly (readonly CellValue[])[];
}

export interface ScoreOptions {
  /** Count only the rules of this dimension (e.g. `Fit`), matched ignoring case and surrounding spaces. */
  dimension?: string;
}

/** The scores of a lead table, and what is needed to explain them. */
export interface ScoredLeads {
  /** Each lead's total points; 0 for an empty lead row. */
  totals: Float64Array;
  /** 1 for a lead row whose every cell is empty (its score should show as an empty cell), else 0. */
  empty: Uint8Array;
  /** The rules that counted, in model order. */
  rules: readonly ModelRule[];
  /** For rule r: its column's code of each lead (`codes[r][lead]`), and whether each code matches (`matches[r][code]`). */
  codes: readonly Int32Array[];
  matches: readonly Uint8Array[];
}

/** A column dictionary-encoded by exact cell content: one code per lead, one sample cell per code. */
interface EncodedColumn {
  codes: Int32Array;
  samples: CellValue[];
}

/**
 * Encodes a column by exact content (the same text with other spaces or case is another code, which is harmless:
 * each code is matched against the criteria once). Dates are keyed by their time, empty cells share one code.
 */
function encodeColumn(cells: readonly CellValue[]): EncodedColumn {
  const codes = new Int32Array(cells.length);
  const codeOf = new Map<string | number | boolean, number>();
  const samples: CellValue[] = [];
  let previous: CellValue = undefined;
  let previousCode = -1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === previous && previousCode >= 0) {
      codes[i] = previousCode;
      continue;
    }
    const key =
      typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean'
        ? cell
        : isDate(cell)
          ? `\u0000${cell.getTime()}`
          : '';
    let code = codeOf.get(key);
    if (code === undefined) {
      code = samples.length;
      codeOf.set(key, code);
      samples.push(cell);
    }
    codes[i] = code;
    previous = cell;
    previousCode = code;
  }
  return { codes, samples };
}

const normalName = (name: string) => name.trim().toLowerCase();

const isOtherRule = (rule: ModelRule) => rule.criterionText.trim().toLowerCase() === otherValue;

/**
 * The column index of each rule's attribute, matched ignoring case and surrounding spaces. An attribute that is
 * no column, or that names two columns, throws an InputError naming it.
 * @example ruleColumns(['Source', 'Visits'], [{ attribute: ' visits ', ... }]) // [1]
 */
export function ruleColumns(names: readonly string[], rules: readonly ModelRule[]): number[] {
  const indexOf = new Map<string, number>();
  const repeated = new Set<string>();
  names.forEach((name, j) => {
    const key = normalName(name);
    if (indexOf.has(key)) repeated.add(key);
    else indexOf.set(key, j);
  });
  return rules.map((rule) => {
    const key = normalName(rule.attribute);
    const index = indexOf.get(key);
    if (index === undefined) {
      throw new InputError(
        `The model's attribute "${rule.attribute}" (model row ${rule.row}) is not a column of the leads, whose columns are ${names
          .map((n) => `"${n}"`)
          .join(', ')}: rename the attribute or add the column.`,
      );
    }
    if (repeated.has(key)) {
      throw new InputError(
        `The leads have more than one column named "${names[index]}", so the model's attribute "${rule.attribute}" (model row ${rule.row}) is ambiguous: rename one of them.`,
      );
    }
    return index;
  });
}

/** The rules of one dimension; an unknown dimension throws an InputError listing the model's dimensions. */
export function rulesOfDimension(rules: readonly ModelRule[], dimension: string): ModelRule[] {
  const wanted = normalName(dimension);
  const picked = rules.filter((r) => r.dimension !== undefined && normalName(r.dimension) === wanted);
  if (picked.length === 0) {
    const known = [...new Set(rules.flatMap((r) => (r.dimension === undefined ? [] : [r.dimension])))];
    throw new InputError(
      known.length === 0
        ? `The model has no Dimension column, so there is no dimension "${dimension.trim()}": add a Dimension column or leave the dimension out.`
        : `The model has no rule of dimension "${dimension.trim()}": its dimensions are ${known.map((d) => `"${d}"`).join(', ')}.`,
    );
  }
  return picked;
}

/**
 * Scores every lead: the sum of the points of every rule it matches (several rules on one attribute all count).
 * Each used column is dictionary-encoded once, every rule is matched against each distinct cell once, and the
 * points of a column's matching rules are summed per code, so the per-lead loop only adds one number per column.
 * @example
 * const leads = { names: ['Source'], columns: [['Webinar', 'Ads', '']] };
 * scoreLeads(leads, parseModelTable([['Attribute', 'Value', 'Points'], ['Source', 'Webinar', 15]]).rules).totals
 * // Float64Array [15, 0, 0], with empty = [0, 0, 1]
 */
export function scoreLeads(
  leads: LeadTable,
  rules: readonly ModelRule[],
  options: ScoreOptions = {},
): ScoredLeads {
  const counted = options.dimension === undefined ? [...rules] : rulesOfDimension(rules, options.dimension);
  const columnOfRule = ruleColumns(leads.names, counted);
  const rowCount = leads.columns[0]?.length ?? 0;
  for (const [j, column] of leads.columns.entries()) {
    if (column.length !== rowCount) {
      throw new InputError(
        `Column "${leads.names[j]}" has ${column.length} leads but the first has ${rowCount}.`,
      );
    }
  }
  const encoded = new Map<number, EncodedColumn>();
  for (const j of columnOfRule) if (!encoded.has(j)) encoded.set(j, encodeColumn(leads.columns[j]));

  const codes: Int32Array[] = [];
  const matches: Uint8Array[] = [];
  // Per used column: the points its matching rules give each code.
  const pointsByCode = new Map<number, Float64Array>();
  const matchedOf = counted.map((rule, r) => {
    const column = encoded.get(columnOfRule[r]) as EncodedColumn;
    const matched = new Uint8Array(column.samples.length);
    if (isOtherRule(rule)) return matched;
    for (let code = 0; code < matched.length; code++) {
      matched[code] = matchesCriterion(rule.criterion, column.samples[code]) ? 1 : 0;
    }
    return matched;
  });
  // `(other)` matches the values no other rule of its attribute matches: the rare values a predictive model folded.
  counted.forEach((rule, r) => {
    if (!isOtherRule(rule)) return;
    const matched = matchedOf[r];
    matched.fill(1);
    counted.forEach((sibling, s) => {
      if (s === r || columnOfRule[s] !== columnOfRule[r] || isOtherRule(sibling)) return;
      const siblingMatched = matchedOf[s];
      for (let code = 0; code < matched.length; code++) if (siblingMatched[code]) matched[code] = 0;
    });
  });
  counted.forEach((rule, r) => {
    const column = encoded.get(columnOfRule[r]) as EncodedColumn;
    const matched = matchedOf[r];
    let points = pointsByCode.get(columnOfRule[r]);
    if (!points) {
      points = new Float64Array(column.samples.length);
      pointsByCode.set(columnOfRule[r], points);
    }
    for (let code = 0; code < matched.length; code++) if (matched[code]) points[code] += rule.points;
    codes.push(column.codes);
    matches.push(matched);
  });

  // One pass per used column adds its points and keeps a lead row marked empty only while every cell is blank.
  const totals = new Float64Array(rowCount);
  const empty = new Uint8Array(rowCount).fill(1);
  for (const [j, column] of encoded) {
    const points = pointsByCode.get(j) as Float64Array;
    const blankCode = new Uint8Array(column.samples.length);
    column.samples.forEach((sample, code) => (blankCode[code] = isBlank(sample) ? 1 : 0));
    const columnCodes = column.codes;
    for (let i = 0; i < rowCount; i++) {
      const code = columnCodes[i];
      totals[i] += points[code];
      empty[i] &= blankCode[code];
    }
  }
  // Columns no rule reads are looked at only for the rows still empty.
  leads.columns.forEach((column, j) => {
    if (encoded.has(j)) return;
    for (let i = 0; i < rowCount; i++) if (empty[i] && !isBlank(column[i])) empty[i] = 0;
  });
  for (let i = 0; i < rowCount; i++) if (empty[i]) totals[i] = 0;
  return { totals, empty, rules: counted, codes, matches };
}
