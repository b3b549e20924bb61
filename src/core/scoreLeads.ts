// Scores leads with a model: each lead's total of the points of every rule it matches (pair rules: both conditions),
// fast on large tables.

import type { CellValue } from './cellValue';
import { isBlank } from './cellValue';
import { matchesCriterion, valueKey } from './criteria';
import { InputError } from './inputError';
import {
  cellReader,
  type CellWorth,
  type EncodedColumn,
  type LeadRows,
  type LeadTable,
  readColumns,
  type ReadColumns,
} from './leadColumns';
import { type ModelRule, otherValue, type RuleCondition, ruleConditions } from './modelTable';

export type { LeadRows, LeadTable } from './leadColumns';

export interface ScoreOptions {
  /** Count only the rules of this dimension (e.g. `Fit`), matched ignoring case and surrounding spaces. */
  dimension?: string;
  /**
   * Columns whose distinct cells `check` is given, in the columns' order, once the leads are read and before a
   * dimension no rule has is refused (the functions refuse Sheets error cells in every column a rule reads).
   */
  checkCells?: { columns: readonly number[]; check: (column: number, cells: readonly CellValue[]) => void };
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
   * (`matches[r][code]`), or undefined for an equality rule, whose matching codes were looked up by value and
   * are listed in `lookups`; for a pair rule, the same for its second condition in `pairCodes` and `pairMatches`.
   */
  codes: readonly Int32Array[];
  matches: readonly (Uint8Array | undefined)[];
  pairCodes: readonly (Int32Array | undefined)[];
  pairMatches: readonly (Uint8Array | undefined)[];
  /** Per column that has looked-up rules: for each code, those rules (ascending), so a lead finds its own. */
  lookups: readonly RuleLookup[];
  /** For rule r, the index in `lookups` of its column, or -1 for a rule matched through `matches`. */
  lookupOf: Int32Array;
  /** The rules matched through `matches` (every rule but the looked-up ones), ascending. */
  scanned: readonly number[];
}

/** The looked-up rules of one column by code: rules `rules[offsets[c]]` to `rules[offsets[c + 1] - 1]` match code c. */
export interface RuleLookup {
  codes: Int32Array;
  offsets: Int32Array;
  rules: Int32Array;
}

/** The rules a lead's code matches among one column's looked-up rules, ascending. */
export function lookedUpRules(lookup: RuleLookup, lead: number): Int32Array {
  const code = lookup.codes[lead];
  return lookup.rules.subarray(lookup.offsets[code], lookup.offsets[code + 1]);
}

/**
 * Whether lead `lead` meets rule `r` of a scoring (both conditions, for a pair rule).
 * @example ruleMatchesLead(scoreLeads(leads, rules), 0, 2) // true
 */
export function ruleMatchesLead(scored: ScoredLeads, r: number, lead: number): boolean {
  const matched = scored.matches[r];
  if (matched === undefined) return lookedUpRules(scored.lookups[scored.lookupOf[r]], lead).includes(r);
  if (!matched[scored.codes[r][lead]]) return false;
  const secondCodes = scored.pairCodes[r];
  return secondCodes === undefined || (scored.pairMatches[r] as Uint8Array)[secondCodes[lead]] === 1;
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

/** The rules of one dimension, matched ignoring case and surrounding spaces; none when no rule has it. */
function dimensionRules(rules: readonly ModelRule[], dimension: string): ModelRule[] {
  const wanted = normalName(dimension);
  return rules.filter((r) => r.dimension !== undefined && normalName(r.dimension) === wanted);
}

/** The rules of one dimension; an unknown dimension throws an InputError listing the model's dimensions. */
export function rulesOfDimension(rules: readonly ModelRule[], dimension: string): ModelRule[] {
  const picked = dimensionRules(rules, dimension);
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

/** An equality rule (`Google`, one of thousands of IDs): looked up by the cell's value key rather than tested. */
const isLookedUp = (rule: ModelRule) =>
  rule.pair === undefined &&
  rule.criterion.kind === 'equals' &&
  !rule.criterion.negated &&
  !isOtherCondition(rule);

/**
 * What a distinct cell of one column gets from the column's single (not pair) rules `indices` (ascending): the
 * equality rules of its value key, looked up, so the cost grows with cells + rules rather than cells × rules; the
 * other rules tested in turn; and `(other)` when none of them holds (the rare values a predictive model folded).
 */
function cellWorth(rules: readonly ModelRule[], indices: readonly number[]): CellWorth {
  const byKey = new Map<string, number[]>();
  const tested: number[] = [];
  const others: number[] = [];
  for (const r of indices) {
    const rule = rules[r];
    if (isOtherCondition(rule)) others.push(r);
    else if (!isLookedUp(rule)) tested.push(r);
    else {
      const key = (rule.criterion as { key: string }).key;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [r]);
      else list.push(r);
    }
  }
  return (cell) => {
    const key = valueKey(cell);
    const looked = byKey.get(key) ?? [];
    const met = [...looked];
    for (const r of tested) {
      const { criterion } = rules[r];
      const holds =
        criterion.kind === 'equals'
          ? (criterion.key === key) !== criterion.negated
          : matchesCriterion(criterion, cell);
      if (holds) met.push(r);
    }
    if (met.length === 0) met.push(...others);
    else if (looked.length > 0 && met.length > looked.length) met.sort((a, b) => a - b);
    let points = 0;
    for (const r of met) points += rules[r].points;
    return { points, rules: met };
  };
}

/**
 * Scores every lead: the sum of the points of every rule it matches (several rules on one attribute all count).
 * The used columns are read in one pass over the leads that gives each distinct cell a code and, once, the points of
 * the single rules it meets, and sums them per lead; a pair rule's conditions are matched per code afterwards.
 * @example
 * const leads = { names: ['Source'], columns: [['Webinar', 'Ads', '']] };
 * scoreLeads(leads, parseModelTable([['Attribute', 'Value', 'Points'], ['Source', 'Webinar', 15]]).rules).totals
 * // Float64Array [15, 0, 0], with empty = [0, 0, 1]
 */
export function scoreLeads(
  leads: LeadTable | LeadRows,
  rules: readonly ModelRule[],
  options: ScoreOptions = {},
): ScoredLeads {
  const { counted, columnsOfRule, used, read } = readForScoring(leads, rules, options, true);
  const encoded = read.columns;
  const single = singleRuleMatches(counted, columnsOfRule, encoded);
  const pairMatched = pairRuleMatches(counted, columnsOfRule, encoded);
  const codes: Int32Array[] = [];
  const matches: (Uint8Array | undefined)[] = [];
  const pairCodes: (Int32Array | undefined)[] = [];
  const pairMatches: (Uint8Array | undefined)[] = [];
  const scanned: number[] = [];
  counted.forEach((rule, r) => {
    const [first, second] = columnsOfRule[r];
    const matched = rule.pair ? pairMatched[r][0] : single.matches[r];
    codes.push((encoded.get(first) as EncodedColumn).codes);
    matches.push(matched);
    if (matched !== undefined) scanned.push(r);
    pairCodes.push(second === undefined ? undefined : (encoded.get(second) as EncodedColumn).codes);
    pairMatches.push(second === undefined ? undefined : pairMatched[r][1]);
  });
  const totals = totalsOf(counted, read, used, { codes, matches, pairCodes, pairMatches });
  const { lookups, lookupOf } = ruleLookups(counted.length, columnsOfRule, single.matchedCodes, encoded);
  const empty = emptyRows(leads, read);
  for (let i = 0; i < totals.length; i++) if (empty[i]) totals[i] = 0;
  return {
    totals,
    empty,
    rules: counted,
    codes,
    matches,
    pairCodes,
    pairMatches,
    lookups,
    lookupOf,
    scanned,
  };
}

/** A scoring without what explaining it needs. */
export type LeadTotals = Pick<ScoredLeads, 'totals' | 'empty' | 'rules'>;

/**
 * The totals and empty rows of scoreLeads, for when the scores are not explained: without pair rules, the codes of
 * each lead's cells are then not kept, and the one pass over the rows is the whole work.
 * @example leadTotals(leads, rules).totals // Float64Array [15, 0, 0]
 */
export function leadTotals(
  leads: LeadTable | LeadRows,
  rules: readonly ModelRule[],
  options: ScoreOptions = {},
): LeadTotals {
  if (rules.some((rule) => rule.pair)) {
    const { totals, empty, rules: counted } = scoreLeads(leads, rules, options);
    return { totals, empty, rules: counted };
  }
  const { counted, read } = readForScoring(leads, rules, options, false);
  const empty = emptyRows(leads, read);
  const totals = read.sums;
  for (let i = 0; i < totals.length; i++) if (empty[i]) totals[i] = 0;
  return { totals, empty, rules: counted };
}

/**
 * The counted rules, their columns, and the leads read in one pass over those columns and any `checkCells` asks
 * for, the cells checked; each lead's code per column kept when `keepCodes`.
 */
function readForScoring(
  leads: LeadTable | LeadRows,
  rules: readonly ModelRule[],
  options: ScoreOptions,
  keepCodes: boolean,
): { counted: ModelRule[]; columnsOfRule: number[][]; used: number[]; read: ReadColumns } {
  const { dimension, checkCells } = options;
  const counted = dimension === undefined ? [...rules] : dimensionRules(rules, dimension);
  const columnsOfRule = conditionColumns(leads.names, counted);
  const used = [...new Set(columnsOfRule.flat())];
  const singlesOf = new Map<number, number[]>();
  counted.forEach((rule, r) => {
    if (rule.pair) return;
    const j = columnsOfRule[r][0];
    const list = singlesOf.get(j);
    if (list === undefined) singlesOf.set(j, [r]);
    else list.push(r);
  });
  const worthOf = new Map([...singlesOf].map(([j, indices]) => [j, cellWorth(counted, indices)]));
  const columns = [...new Set([...used, ...(checkCells?.columns ?? [])])];
  const read = readColumns(leads, columns, (j) => worthOf.get(j), keepCodes);
  if (checkCells)
    for (const j of checkCells.columns) checkCells.check(j, (read.columns.get(j) as EncodedColumn).samples);
  // A dimension no rule has is refused once the cells are checked (rulesOfDimension throws the message).
  if (dimension !== undefined && counted.length === 0) rulesOfDimension(rules, dimension);
  return { counted, columnsOfRule, used, read };
}

/**
 * The leads' totals. Without pair rules, the sums of the one pass. With them, each pair rule's points are added
 * first, in model order, then each used column's: the order scoring adds them in with or without pair rules, so
 * that a total never moves in its last bit.
 */
function totalsOf(
  counted: readonly ModelRule[],
  read: ReadColumns,
  used: readonly number[],
  rule: Pick<ScoredLeads, 'codes' | 'matches' | 'pairCodes' | 'pairMatches'>,
): Float64Array {
  if (!counted.some((r) => r.pair)) return read.sums;
  const totals = new Float64Array(read.sums.length);
  counted.forEach(({ points }, r) => {
    const secondCodes = rule.pairCodes[r];
    if (secondCodes === undefined) return;
    const firstCodes = rule.codes[r];
    const firstMatched = rule.matches[r] as Uint8Array;
    const secondMatched = rule.pairMatches[r] as Uint8Array;
    for (let i = 0; i < totals.length; i++) {
      if (firstMatched[firstCodes[i]] && secondMatched[secondCodes[i]]) totals[i] += points;
    }
  });
  for (const j of used) {
    const { codes, points } = read.columns.get(j) as EncodedColumn;
    for (let i = 0; i < totals.length; i++) totals[i] += points[codes[i]];
  }
  return totals;
}

/**
 * What the pass found for the single rules, by rule: a looked-up rule's matching codes (`matchedCodes[r]`), and for
 * any other, whether each code matches (`matches[r][code]`).
 */
function singleRuleMatches(
  counted: readonly ModelRule[],
  columnsOfRule: readonly number[][],
  encoded: ReadonlyMap<number, EncodedColumn>,
): { matchedCodes: (number[] | undefined)[]; matches: (Uint8Array | undefined)[] } {
  const matchedCodes = counted.map((rule): number[] | undefined => (isLookedUp(rule) ? [] : undefined));
  const matches = counted.map((rule, r) =>
    rule.pair || isLookedUp(rule)
      ? undefined
      : new Uint8Array((encoded.get(columnsOfRule[r][0]) as EncodedColumn).samples.length),
  );
  for (const { rulesOf } of encoded.values()) {
    rulesOf.forEach((met, code) => {
      for (const r of met) {
        const codes = matchedCodes[r];
        if (codes !== undefined) codes.push(code);
        else (matches[r] as Uint8Array)[code] = 1;
      }
    });
  }
  return { matchedCodes, matches };
}

/**
 * For each pair rule, whether each code of each condition's column meets that condition (undefined for single
 * rules). `(other)` meets the values that no condition on that side of the rules of the same pair meets.
 */
function pairRuleMatches(
  counted: readonly ModelRule[],
  columnsOfRule: readonly number[][],
  encoded: ReadonlyMap<number, EncodedColumn>,
): (Uint8Array | undefined)[][] {
  const codesByKey = new Map<number, Map<string, number[]>>();
  const codesOfKey = (j: number, key: string): readonly number[] => {
    let byKey = codesByKey.get(j);
    if (byKey === undefined) {
      byKey = new Map();
      const { samples } = encoded.get(j) as EncodedColumn;
      for (let code = 0; code < samples.length; code++) {
        const k = valueKey(samples[code]);
        const list = byKey.get(k);
        if (list === undefined) byKey.set(k, [code]);
        else list.push(code);
      }
      codesByKey.set(j, byKey);
    }
    return byKey.get(key) ?? [];
  };
  const matchedOf = counted.map((rule, r) =>
    rule.pair === undefined
      ? [undefined]
      : rule.pair.map((condition, k) => {
          const column = encoded.get(columnsOfRule[r][k]) as EncodedColumn;
          const matched = new Uint8Array(column.samples.length);
          if (isOtherCondition(condition)) return matched;
          const { criterion } = condition;
          if (criterion.kind === 'equals') {
            if (criterion.negated) matched.fill(1);
            for (const code of codesOfKey(columnsOfRule[r][k], criterion.key))
              matched[code] = criterion.negated ? 0 : 1;
            return matched;
          }
          for (let code = 0; code < matched.length; code++) {
            matched[code] = matchesCriterion(criterion, column.samples[code]) ? 1 : 0;
          }
          return matched;
        }),
  );
  const pairsOfColumns = new Map<string, number[]>();
  counted.forEach((rule, r) => {
    if (rule.pair === undefined) return;
    const key = columnsOfRule[r].join(',');
    const list = pairsOfColumns.get(key);
    if (list === undefined) pairsOfColumns.set(key, [r]);
    else list.push(r);
  });
  for (const pairs of pairsOfColumns.values()) {
    for (const r of pairs) {
      (counted[r].pair as readonly RuleCondition[]).forEach((condition, k) => {
        if (!isOtherCondition(condition)) return;
        const matched = matchedOf[r][k] as Uint8Array;
        matched.fill(1);
        for (const s of pairs) {
          if (s === r || isOtherCondition((counted[s].pair as readonly RuleCondition[])[k])) continue;
          const siblingMatched = matchedOf[s][k] as Uint8Array;
          for (let code = 0; code < matched.length; code++) if (siblingMatched[code]) matched[code] = 0;
        }
      });
    }
  }
  return matchedOf;
}

/** The looked-up rules of each column grouped by code (ascending rule order within a code), and each rule's group. */
function ruleLookups(
  ruleCount: number,
  columnsOfRule: readonly number[][],
  matchedCodes: readonly (readonly number[] | undefined)[],
  encoded: ReadonlyMap<number, EncodedColumn>,
): { lookups: RuleLookup[]; lookupOf: Int32Array } {
  const lookupOf = new Int32Array(ruleCount).fill(-1);
  const indexOfColumn = new Map<number, number>();
  const lookups: RuleLookup[] = [];
  for (let r = 0; r < ruleCount; r++) {
    if (matchedCodes[r] === undefined) continue;
    const j = columnsOfRule[r][0];
    let index = indexOfColumn.get(j);
    if (index === undefined) {
      index = lookups.length;
      indexOfColumn.set(j, index);
      const column = encoded.get(j) as EncodedColumn;
      lookups.push({
        codes: column.codes,
        offsets: new Int32Array(column.samples.length + 1),
        rules: new Int32Array(0),
      });
    }
    lookupOf[r] = index;
    for (const code of matchedCodes[r] as readonly number[]) lookups[index].offsets[code + 1]++;
  }
  for (const lookup of lookups) {
    const { offsets } = lookup;
    for (let c = 1; c < offsets.length; c++) offsets[c] += offsets[c - 1];
    lookup.rules = new Int32Array(offsets[offsets.length - 1]);
  }
  const filled = lookups.map((lookup) => lookup.offsets.slice(0, -1));
  for (let r = 0; r < ruleCount; r++) {
    if (lookupOf[r] < 0) continue;
    const lookup = lookups[lookupOf[r]];
    const next = filled[lookupOf[r]];
    for (const code of matchedCodes[r] as readonly number[]) lookup.rules[next[code]++] = r;
  }
  return { lookups, lookupOf };
}

/** 1 for each lead row whose every cell is blank: the columns not read are looked at only for the rows still so. */
function emptyRows(leads: LeadTable | LeadRows, { columns, blank }: ReadColumns): Uint8Array {
  const empty = blank.slice();
  leads.names.forEach((_, j) => {
    if (columns.has(j)) return;
    const cell = cellReader(leads, j);
    for (let i = 0; i < empty.length; i++) if (empty[i] && !isBlank(cell(i))) empty[i] = 0;
  });
  return empty;
}
