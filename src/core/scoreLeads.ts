// Scores leads with a model: each lead's total of the points of every rule it matches (pair rules: both conditions),
// fast on large tables.

import { type CellValue, isBlank, isDate } from './cellValue';
import { matchesCriterion, valueKey } from './criteria';
import { InputError } from './inputError';
import { type ModelRule, otherValue, type RuleCondition, ruleConditions } from './modelTable';
import { quantity } from './plural';

/** Leads as columns: `names[j]` is the header of `columns[j]`; every column holds one cell per lead. */
export interface LeadTable {
  names: readonly string[];
  columns: readonly (readonly CellValue[])[];
}

/**
 * Leads as the rows of a range, read in place: leads are `rows[first]` to `rows[first + count - 1]`, `names[j]`
 * heads cell j of each. A range of a million rows is then scored without copying it into columns.
 */
export interface LeadRows {
  names: readonly string[];
  rows: readonly (readonly CellValue[])[];
  first: number;
  count: number;
}

/**
 * Leads whose columns `encoded` holds were dictionary-encoded in one pass over the rows, e.g. while they were read
 * for error cells; any other column is read from `source` when needed.
 */
export interface EncodedLeads {
  source: LeadTable | LeadRows;
  encoded: ReadonlyMap<number, EncodedColumn>;
  /** 1 for each lead whose cells in the encoded columns are all blank, else 0. */
  blank: Uint8Array;
}

/** Column j of either form, as a function of the lead (only for the cold paths). */
function cellReader(leads: LeadTable | LeadRows, j: number): (lead: number) => CellValue {
  if ('columns' in leads) {
    const column = leads.columns[j];
    return (lead) => column[lead];
  }
  const { rows, first } = leads;
  return (lead) => rows[first + lead][j];
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

/**
 * A column dictionary-encoded by content: one code per lead, and per code the first cell seen with it (`samples`,
 * the column's distinct cells).
 */
export interface EncodedColumn {
  codes: Int32Array;
  samples: readonly CellValue[];
}

/**
 * Encodes a column by exact content (the same text with other spaces or case is another code, which is harmless:
 * each code is matched against the criteria once). Dates are keyed by their time, empty cells share one code.
 */
class ColumnEncoder implements EncodedColumn {
  readonly codes: Int32Array;
  readonly samples: CellValue[] = [];
  /** Code by the cell itself (a text, number or boolean is its own key), so a repeated cell costs one look-up. */
  private readonly codeOf = new Map<unknown, number>();
  /** 1 for each code whose cell is blank. */
  private blankOf = new Uint8Array(16);

  constructor(count: number) {
    this.codes = new Int32Array(count);
  }

  /** Encodes lead i's cell; 1 when it is blank, else 0. */
  add(i: number, cell: CellValue): number {
    let code = this.codeOf.get(cell);
    if (code === undefined) code = this.newCell(cell);
    this.codes[i] = code;
    return this.blankOf[code];
  }

  /** The code of a cell not looked up before: a new one, or a Date's of the same time, or the empty cells' one. */
  private newCell(cell: CellValue): number {
    const primitive = typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean';
    const key = primitive ? cell : isDate(cell) ? `\u0000${cell.getTime()}` : '';
    let code = this.codeOf.get(key);
    if (code === undefined) {
      code = this.samples.length;
      this.codeOf.set(key, code);
      this.samples.push(cell);
      if (code === this.blankOf.length) {
        const grown = new Uint8Array(code * 2);
        grown.set(this.blankOf);
        this.blankOf = grown;
      }
      this.blankOf[code] = isBlank(cell) ? 1 : 0;
    }
    // Every Date is an object of its own, so it is keyed by its time only, never by itself.
    if (!primitive && !isDate(cell)) this.codeOf.set(cell, code);
    return code;
  }
}

/** How many leads the table holds; columns of unequal length throw an InputError. */
function leadCount(leads: LeadTable | LeadRows): number {
  if (!('columns' in leads)) return leads.count;
  const count = leads.columns[0]?.length ?? 0;
  leads.columns.forEach((column, j) => {
    if (column.length !== count) {
      throw new InputError(
        `Column "${leads.names[j]}" has ${quantity(column.length, 'lead')} but the first has ${count}.`,
      );
    }
  });
  return count;
}

/**
 * Encodes the given columns. Rows are read in one pass, each row once (not once per column), and never copied.
 * @example encodeLeads({ names, rows, first: 1, count: 3 }, [0, 2]).encoded.get(2)?.samples // ['Google', 'Ads']
 */
export function encodeLeads(leads: LeadTable | LeadRows, columns: readonly number[]): EncodedLeads {
  const count = leadCount(leads);
  const used = [...new Set(columns)];
  const encoders = used.map(() => new ColumnEncoder(count));
  const blank = new Uint8Array(count).fill(1);
  if ('columns' in leads) {
    used.forEach((j, k) => {
      const column = leads.columns[j];
      for (let i = 0; i < count; i++) blank[i] &= encoders[k].add(i, column[i]);
    });
  } else {
    const { rows, first } = leads;
    const width = used.length;
    for (let i = 0; i < count; i++) {
      const row = rows[first + i];
      let all = 1;
      for (let k = 0; k < width; k++) all &= encoders[k].add(i, row[used[k]]);
      blank[i] = all;
    }
  }
  return { source: leads, encoded: new Map(used.map((j, k) => [j, encoders[k]])), blank };
}

/** The leads with the used columns encoded: as given when they already are, else encoded in one more pass. */
function withColumns(leads: LeadTable | LeadRows | EncodedLeads, used: readonly number[]): EncodedLeads {
  if (!('encoded' in leads)) return encodeLeads(leads, used);
  const missing = used.filter((j) => !leads.encoded.has(j));
  if (missing.length === 0) return leads;
  const more = encodeLeads(leads.source, missing);
  return {
    source: leads.source,
    encoded: new Map([...leads.encoded, ...more.encoded]),
    blank: more.blank.map((b, i) => b & leads.blank[i]),
  };
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
  given: LeadTable | LeadRows | EncodedLeads,
  rules: readonly ModelRule[],
  options: ScoreOptions = {},
): ScoredLeads {
  const leads = 'encoded' in given ? given.source : given;
  const counted = options.dimension === undefined ? [...rules] : rulesOfDimension(rules, options.dimension);
  const columnsOfRule = conditionColumns(leads.names, counted);
  const rowCount = leadCount(leads);
  const used = [...new Set(columnsOfRule.flat())];
  const encodedLeads = withColumns(given, used);
  const { encoded } = encodedLeads;

  // An equality rule (`Google`, one of thousands of IDs) is looked up: each used column's codes by value key, built
  // once, so the cost grows with leads + rules rather than leads × rules. Other conditions are matched per code.
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
  const isLookedUp = (rule: ModelRule) =>
    rule.pair === undefined &&
    rule.criterion.kind === 'equals' &&
    !rule.criterion.negated &&
    !isOtherCondition(ruleConditions(rule)[0]);
  // matchedOf[r][k][code]: whether condition k of rule r holds for that code of its column (undefined when looked
  // up); matchedCodes[r]: a looked-up rule's codes.
  const matchedCodes: (readonly number[] | undefined)[] = counted.map((rule, r) => {
    if (!isLookedUp(rule)) return undefined;
    return codesOfKey(columnsOfRule[r][0], (rule.criterion as { key: string }).key);
  });
  const matchedOf = counted.map((rule, r) =>
    matchedCodes[r] !== undefined
      ? [undefined]
      : ruleConditions(rule).map((condition, k) => {
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
  // `(other)` matches the values no sibling matches: for a single rule, the other single rules of its column (the
  // rare values a predictive model folded); for a pair rule's condition, that side of the rules of the same pair.
  const siblingKeys = counted.map((rule, r) => `${rule.pair ? 'pair' : 'one'}:${columnsOfRule[r].join(',')}`);
  const rulesOfSiblingKey = new Map<string, number[]>();
  siblingKeys.forEach((key, r) => {
    const list = rulesOfSiblingKey.get(key);
    if (list === undefined) rulesOfSiblingKey.set(key, [r]);
    else list.push(r);
  });
  counted.forEach((rule, r) => {
    ruleConditions(rule).forEach((condition, k) => {
      if (!isOtherCondition(condition)) return;
      const matched = matchedOf[r][k] as Uint8Array;
      matched.fill(1);
      for (const s of rulesOfSiblingKey.get(siblingKeys[r]) as number[]) {
        if (s === r) continue;
        if (isOtherCondition(ruleConditions(counted[s])[k])) continue;
        const siblingCodes = matchedCodes[s];
        if (siblingCodes !== undefined) {
          for (const code of siblingCodes) matched[code] = 0;
          continue;
        }
        const siblingMatched = matchedOf[s][k] as Uint8Array;
        for (let code = 0; code < matched.length; code++) if (siblingMatched[code]) matched[code] = 0;
      }
    });
  });
  // Per used column: the points its matching single rules give each code.
  const pointsByCode = new Map<number, Float64Array>();
  for (const j of used)
    pointsByCode.set(j, new Float64Array((encoded.get(j) as EncodedColumn).samples.length));
  const codes: Int32Array[] = [];
  const matches: (Uint8Array | undefined)[] = [];
  const pairCodes: (Int32Array | undefined)[] = [];
  const pairMatches: (Uint8Array | undefined)[] = [];
  const scanned: number[] = [];
  const totals = new Float64Array(rowCount);
  counted.forEach((rule, r) => {
    const [first, second] = columnsOfRule[r];
    const [matched, secondMatched] = matchedOf[r];
    const firstCodes = (encoded.get(first) as EncodedColumn).codes;
    codes.push(firstCodes);
    matches.push(matched);
    if (matched !== undefined) scanned.push(r);
    if (second === undefined) {
      const points = pointsByCode.get(first) as Float64Array;
      const looked = matchedCodes[r];
      if (looked !== undefined) for (const code of looked) points[code] += rule.points;
      else {
        const dense = matched as Uint8Array;
        for (let code = 0; code < dense.length; code++) if (dense[code]) points[code] += rule.points;
      }
      pairCodes.push(undefined);
      pairMatches.push(undefined);
      return;
    }
    const firstMatched = matched as Uint8Array;
    const secondCodes = (encoded.get(second) as EncodedColumn).codes;
    pairCodes.push(secondCodes);
    pairMatches.push(secondMatched);
    for (let i = 0; i < rowCount; i++) {
      if (firstMatched[firstCodes[i]] && (secondMatched as Uint8Array)[secondCodes[i]])
        totals[i] += rule.points;
    }
  });
  const { lookups, lookupOf } = ruleLookups(counted.length, columnsOfRule, matchedCodes, encoded);

  const empty = emptyRows(encodedLeads);
  addColumnPoints(totals, used, encoded, pointsByCode);
  for (let i = 0; i < rowCount; i++) if (empty[i]) totals[i] = 0;
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

/** 1 for each lead row whose every cell is blank: the columns not encoded are looked at only for the rows still so. */
function emptyRows({ source, encoded, blank }: EncodedLeads): Uint8Array {
  const empty = blank.slice();
  source.names.forEach((_, j) => {
    if (encoded.has(j)) return;
    const cell = cellReader(source, j);
    for (let i = 0; i < empty.length; i++) if (empty[i] && !isBlank(cell(i))) empty[i] = 0;
  });
  return empty;
}

/** Adds each used column's points per code to the leads' totals, in one pass over the leads (column by column within a lead, in `used` order). */
function addColumnPoints(
  totals: Float64Array,
  used: readonly number[],
  encoded: ReadonlyMap<number, EncodedColumn>,
  pointsByCode: ReadonlyMap<number, Float64Array>,
): void {
  const codes = used.map((j) => (encoded.get(j) as EncodedColumn).codes);
  const points = used.map((j) => pointsByCode.get(j) as Float64Array);
  const width = used.length;
  for (let i = 0; i < totals.length; i++) {
    let total = totals[i];
    for (let k = 0; k < width; k++) total += points[k][codes[k][i]];
    totals[i] = total;
  }
}
