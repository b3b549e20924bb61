// Scores leads with a model: each lead's total of the points of every rule it matches (pair rules: both conditions),
// fast on large tables.

import { type CellValue, isBlank, isDate } from './cellValue';
import { matchesCriterion } from './criteria';
import { InputError } from './inputError';
import { type ModelRule, otherValue, type RuleCondition, ruleConditions } from './modelTable';
import { quantity } from './plural';

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
  /**
   * For rule r: its (first) column's code of each lead (`codes[r][lead]`), and whether each code matches
   * (`matches[r][code]`); for a pair rule, the same for its second condition in `pairCodes` and `pairMatches`.
   */
  codes: readonly Int32Array[];
  matches: readonly Uint8Array[];
  pairCodes: readonly (Int32Array | undefined)[];
  pairMatches: readonly (Uint8Array | undefined)[];
}

/**
 * Whether lead `lead` meets rule `r` of a scoring (both conditions, for a pair rule).
 * @example ruleMatchesLead(scoreLeads(leads, rules), 0, 2) // true
 */
export function ruleMatchesLead(scored: ScoredLeads, r: number, lead: number): boolean {
  if (!scored.matches[r][scored.codes[r][lead]]) return false;
  const secondCodes = scored.pairCodes[r];
  return secondCodes === undefined || (scored.pairMatches[r] as Uint8Array)[secondCodes[lead]] === 1;
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

const isOtherCondition = (condition: RuleCondition) =>
  condition.criterionText.trim().toLowerCase() === otherValue;

/** Each rule's column indices, one per condition (two for a pair rule). */
function conditionColumns(names: readonly string[], rules: readonly ModelRule[]): number[][] {
  const indexOf = new Map<string, number>();
  const repeated = new Set<string>();
  names.forEach((name, j) => {
    const key = normalName(name);
    if (indexOf.has(key)) repeated.add(key);
    else indexOf.set(key, j);
  });
  return rules.map((rule) =>
    ruleConditions(rule).map((condition) => {
      const key = normalName(condition.attribute);
      const index = indexOf.get(key);
      const where = rule.pair
        ? `"${condition.attribute}" of the pair rule "${rule.attribute}" (model row ${rule.row})`
        : `"${rule.attribute}" (model row ${rule.row})`;
      if (index === undefined) {
        const whole = rule.pair ? indexOf.get(normalName(rule.attribute)) : undefined;
        const hint =
          whole !== undefined
            ? ` To mean the column "${names[whole]}", write its & as ~& ("${rule.attribute.replace(/&/g, '~&')}").`
            : '';
        throw new InputError(
          `The model's attribute ${where} is not a column of the leads, whose columns are ${names
            .map((n) => `"${n}"`)
            .join(', ')}: rename the attribute or add the column.${hint}`,
        );
      }
      if (repeated.has(key)) {
        throw new InputError(
          `The leads have more than one column named "${names[index]}", so the model's attribute ${where} is ambiguous: rename one of them.`,
        );
      }
      return index;
    }),
  );
}

/**
 * The column indices the rules read, in rule order: one per rule, two per pair rule. Attributes are matched
 * ignoring case and surrounding spaces; one that is no column, or names two columns, throws an InputError naming it.
 * @example ruleColumns(['Source', 'Visits'], [{ attribute: ' visits ', ... }]) // [1]
 */
export function ruleColumns(names: readonly string[], rules: readonly ModelRule[]): number[] {
  return conditionColumns(names, rules).flat();
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
  const columnsOfRule = conditionColumns(leads.names, counted);
  const rowCount = leads.columns[0]?.length ?? 0;
  for (const [j, column] of leads.columns.entries()) {
    if (column.length !== rowCount) {
      throw new InputError(
        `Column "${leads.names[j]}" has ${quantity(column.length, 'lead')} but the first has ${rowCount}.`,
      );
    }
  }
  const encoded = new Map<number, EncodedColumn>();
  for (const columns of columnsOfRule)
    for (const j of columns) if (!encoded.has(j)) encoded.set(j, encodeColumn(leads.columns[j]));

  // matchedOf[r][k][code]: whether condition k of rule r holds for that code of its column.
  const matchedOf = counted.map((rule, r) =>
    ruleConditions(rule).map((condition, k) => {
      const column = encoded.get(columnsOfRule[r][k]) as EncodedColumn;
      const matched = new Uint8Array(column.samples.length);
      if (isOtherCondition(condition)) return matched;
      for (let code = 0; code < matched.length; code++) {
        matched[code] = matchesCriterion(condition.criterion, column.samples[code]) ? 1 : 0;
      }
      return matched;
    }),
  );
  // `(other)` matches the values no sibling matches: for a single rule, the other single rules of its column (the
  // rare values a predictive model folded); for a pair rule's condition, that side of the rules of the same pair.
  const siblingKeys = counted.map((rule, r) => `${rule.pair ? 'pair' : 'one'}:${columnsOfRule[r].join(',')}`);
  counted.forEach((rule, r) => {
    ruleConditions(rule).forEach((condition, k) => {
      if (!isOtherCondition(condition)) return;
      const matched = matchedOf[r][k];
      matched.fill(1);
      counted.forEach((sibling, s) => {
        if (s === r || siblingKeys[s] !== siblingKeys[r]) return;
        if (isOtherCondition(ruleConditions(sibling)[k])) return;
        const siblingMatched = matchedOf[s][k];
        for (let code = 0; code < matched.length; code++) if (siblingMatched[code]) matched[code] = 0;
      });
    });
  });
  // Per used column: the points its matching single rules give each code.
  const pointsByCode = new Map<number, Float64Array>();
  for (const j of encoded.keys())
    pointsByCode.set(j, new Float64Array((encoded.get(j) as EncodedColumn).samples.length));
  const codes: Int32Array[] = [];
  const matches: Uint8Array[] = [];
  const pairCodes: (Int32Array | undefined)[] = [];
  const pairMatches: (Uint8Array | undefined)[] = [];
  const totals = new Float64Array(rowCount);
  counted.forEach((rule, r) => {
    const [first, second] = columnsOfRule[r];
    const [matched, secondMatched] = matchedOf[r];
    const firstCodes = (encoded.get(first) as EncodedColumn).codes;
    codes.push(firstCodes);
    matches.push(matched);
    if (second === undefined) {
      const points = pointsByCode.get(first) as Float64Array;
      for (let code = 0; code < matched.length; code++) if (matched[code]) points[code] += rule.points;
      pairCodes.push(undefined);
      pairMatches.push(undefined);
      return;
    }
    const secondCodes = (encoded.get(second) as EncodedColumn).codes;
    pairCodes.push(secondCodes);
    pairMatches.push(secondMatched);
    for (let i = 0; i < rowCount; i++) {
      if (matched[firstCodes[i]] && secondMatched[secondCodes[i]]) totals[i] += rule.points;
    }
  });

  // One pass per used column adds its points and keeps a lead row marked empty only while every cell is blank.
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
  return { totals, empty, rules: counted, codes, matches, pairCodes, pairMatches };
}
