// A scoring model as one SQL query: every column of the leads table plus score, a score per dimension and probability.

import { InputError } from '../inputError';
import { type Model, type ModelRule, otherValue, type RuleCondition, ruleConditions } from '../modelTable';
import { dateSerial, textNumber, trimmedText } from './cellSql';
import { type CellColumns, criterionCondition, needsNumber, numberLiteral } from './criterionSql';
import type { Dialect } from './dialect';

/** The log-odds side of a model, as =LEADPROBABILITY reads it: one weight per rule (in model order) and a start. */
export interface ProbabilityWeights {
  weights: readonly number[];
  base: number;
}

const normalName = (name: string) => name.trim().toLowerCase();

/**
 * The output column of a dimension: lower case, every other character than a–z and 0–9 as `_`, then `_score`.
 * @example dimensionColumn('Fit') // 'fit_score'
 */
export function dimensionColumn(dimension: string): string {
  return `${normalName(dimension).replace(/[^a-z0-9]/g, '_')}_score`;
}

/** The model's dimensions by first appearance, one per name that differs in more than case and spaces. */
function dimensionsOf(rules: readonly ModelRule[]): string[] {
  const seen = new Map<string, string>();
  for (const rule of rules) {
    if (rule.dimension !== undefined && !seen.has(normalName(rule.dimension))) {
      seen.set(normalName(rule.dimension), rule.dimension);
    }
  }
  const columns = new Map<string, string>();
  for (const dimension of seen.values()) {
    const column = dimensionColumn(dimension);
    const clash = columns.get(column);
    if (clash !== undefined || column === 'score_score') {
      throw new InputError(
        `The dimensions "${clash ?? dimension}" and "${dimension}" both become the column ${column}: rename one of them.`,
      );
    }
    columns.set(column, dimension);
  }
  return [...seen.values()];
}

interface Plan {
  /** Each used lead column (by normalized attribute name): its quoted name and its helper columns. */
  columns: Map<string, { quoted: string; cell: CellColumns }>;
  /** The helper column of each condition that is not `(other)`: `conditions[r][k]`, undefined for `(other)`. */
  conditions: (string | undefined)[][];
}

const isOtherCondition = (condition: RuleCondition) => normalName(condition.criterionText) === otherValue;

function plan(dialect: Dialect, rules: readonly ModelRule[]): Plan {
  const columns = new Map<string, { quoted: string; cell: CellColumns }>();
  for (const condition of rules.flatMap((rule) => ruleConditions(rule))) {
    const key = normalName(condition.attribute);
    if (!columns.has(key)) {
      const n = columns.size + 1;
      columns.set(key, {
        quoted: dialect.identifier(condition.attribute.trim()),
        cell: { text: `leadlift_text_${n}` },
      });
    }
    const { cell } = columns.get(key) as { cell: CellColumns };
    if (needsNumber(condition.criterion)) cell.number = cell.text.replace('text', 'number');
    if (condition.criterion.kind === 'compare') cell.date = cell.text.replace('text', 'date');
  }
  const conditions = rules.map((rule, r) =>
    ruleConditions(rule).map((condition, k) =>
      isOtherCondition(condition) ? undefined : `leadlift_rule_${r + 1}${rule.pair ? `_${k + 1}` : ''}`,
    ),
  );
  return { columns, conditions };
}

/** The columns a rule reads, by normalized name: one, or a pair rule's two. */
const columnsOf = (rule: ModelRule) => ruleConditions(rule).map((c) => normalName(c.attribute));

/**
 * The condition k of rule r as SQL. `(other)` matches what no sibling matches, as `scoreLeads` reads it among the
 * rules counted: for a single rule, the other single rules of its column; for a side of a pair rule, that side of
 * the other pair rules of the same two columns.
 */
function conditionMatch(
  p: Plan,
  rules: readonly ModelRule[],
  picked: readonly number[],
  r: number,
  k: number,
): string {
  const own = p.conditions[r][k];
  if (own !== undefined) return own;
  const key = `${rules[r].pair ? 'pair' : 'one'}:${columnsOf(rules[r]).join(',')}`;
  const siblings = picked
    .filter((s) => s !== r && `${rules[s].pair ? 'pair' : 'one'}:${columnsOf(rules[s]).join(',')}` === key)
    .flatMap((s) => (p.conditions[s][k] === undefined ? [] : [p.conditions[s][k]]));
  return siblings.length === 0 ? 'TRUE' : `NOT (${siblings.join(' OR ')})`;
}

/**
 * The sum of the points of the rules that match, added in the order `scoreLeads` adds them (pair rules first, then
 * each column's single rules, column after column) so that the query's doubles equal the sheet's to the last bit.
 */
function pointsSum(
  p: Plan,
  rules: readonly ModelRule[],
  picked: readonly number[],
  points: (r: number) => number,
): string[] {
  const term = (r: number) => {
    const match = ruleConditions(rules[r])
      .map((_, k) => conditionMatch(p, rules, picked, r, k))
      .filter((m) => m !== 'TRUE');
    const value = numberLiteral(points(r));
    return match.length === 0 ? value : `CASE WHEN ${match.join(' AND ')} THEN ${value} ELSE 0 END`;
  };
  const groups: string[][] = picked.filter((r) => rules[r].pair).map((r) => [term(r)]);
  const byColumn = new Map<string, number[]>();
  for (const r of picked)
    for (const key of columnsOf(rules[r])) if (!byColumn.has(key)) byColumn.set(key, []);
  for (const r of picked) if (!rules[r].pair) (byColumn.get(columnsOf(rules[r])[0]) as number[]).push(r);
  for (const group of byColumn.values()) if (group.length > 0) groups.push(group.map(term));
  const lines: string[] = [];
  groups.forEach((terms, g) => {
    const lead = g === 0 ? '' : '+ ';
    if (terms.length === 1) lines.push(`${lead}${terms[0]}`);
    else
      terms.forEach((t, i) =>
        lines.push(`${i === 0 ? `${lead}(` : '  + '}${t}${i === terms.length - 1 ? ')' : ''}`),
      );
  });
  return lines;
}

/** `expression AS name`, the expression's lines indented under the select list. */
function selectItem(lines: readonly string[], alias: string): string[] {
  return lines.map(
    (line, i) => `    ${i === 0 ? '' : '  '}${line}${i === lines.length - 1 ? ` AS ${alias}` : ''}`,
  );
}

const joinItems = (items: readonly string[][]): string[] =>
  items.flatMap((item, i) =>
    i === items.length - 1 ? item : [...item.slice(0, -1), `${item[item.length - 1]},`],
  );

/**
 * The query that scores every lead of `table` as =LEADSCORE does, one line per array element: every column of the
 * table, then `score`, one `<dimension>_score` per dimension, and `probability` (as =LEADPROBABILITY) when
 * weights are given. Column names and texts are quoted and escaped for the dialect; no lead's data is ever SQL.
 * @example modelSql(bigQuery, parseModelTable([['Attribute', 'Value', 'Points'], ['Source', 'Webinar', 15]]), 'crm.leads')
 * // ['-- Lead scores from a LeadLift model …', 'WITH lead_text AS (', …]
 */
export function modelSql(
  dialect: Dialect,
  model: Model,
  table: string,
  probability?: ProbabilityWeights,
): string[] {
  const rules = model.rules;
  if (probability && probability.weights.length !== rules.length) {
    throw new RangeError('one weight per rule is needed');
  }
  const dimensions = dimensionsOf(rules);
  const p = plan(dialect, rules);
  const cells = [...p.columns.values()];
  const helperNames = [
    ...cells.flatMap(({ cell }) => [
      cell.text,
      ...(cell.number ? [cell.number] : []),
      ...(cell.date ? [cell.date] : []),
    ]),
    ...p.conditions.flat().filter((name): name is string => name !== undefined),
  ];
  const all = rules.map((_, r) => r);
  const outputs: string[][] = [
    selectItem(
      pointsSum(p, rules, all, (r) => rules[r].points),
      'score',
    ),
  ];
  for (const dimension of dimensions) {
    const picked = all.filter(
      (r) => rules[r].dimension !== undefined && normalName(rules[r].dimension) === normalName(dimension),
    );
    outputs.push(
      selectItem(
        pointsSum(p, rules, picked, (r) => rules[r].points),
        dialect.identifier(dimensionColumn(dimension)),
      ),
    );
  }
  if (probability) {
    const sum = pointsSum(p, rules, all, (r) => probability.weights[r]);
    const logOdds = [numberLiteral(probability.base), '+ (', ...sum.map((line) => `  ${line}`), ')'];
    outputs.push(selectItem(logOdds, 'leadlift_log_odds'));
  }
  const valueItems = cells.flatMap(({ cell }) => [
    ...(cell.number ? [[`    ${textNumber(dialect, cell.text)} AS ${cell.number}`]] : []),
    ...(cell.date ? [[`    ${dateSerial(dialect, cell.text)} AS ${cell.date}`]] : []),
  ]);
  // The numbers and dates of the columns whose rules compare or match numbers; none for a model of values only.
  const valueLines =
    valueItems.length === 0
      ? []
      : ['lead_values AS (', '  SELECT', ...joinItems([['    *'], ...valueItems]), '  FROM lead_text', '),'];
  const lines = [
    '-- Lead scores from a LeadLift model: every column of the table, then score, a score per dimension and, for',
    '-- a model with a (base) row, the probability to convert. Generated by =MODELSQL: edit the model, not this query.',
    'WITH lead_text AS (',
    '  SELECT',
    ...joinItems([
      ['    *'],
      ...cells.map(({ quoted, cell }) => [`    ${trimmedText(dialect, quoted)} AS ${cell.text}`]),
    ]),
    `  FROM ${dialect.table(table)}`,
    '),',
    ...valueLines,
    'lead_rules AS (',
    '  SELECT',
    ...joinItems([
      ['    *'],
      ...rules.flatMap((rule, r) =>
        ruleConditions(rule).flatMap((condition, k) => {
          const name = p.conditions[r][k];
          if (name === undefined) return [];
          const { cell } = p.columns.get(normalName(condition.attribute)) as { cell: CellColumns };
          return [[`    ${criterionCondition(dialect, condition.criterion, cell)} AS ${name}`]];
        }),
      ),
    ]),
    `  FROM ${valueLines.length > 0 ? 'lead_values' : 'lead_text'}`,
    probability ? '),' : ')',
  ];
  const scores = [
    '  SELECT',
    ...joinItems([[`    ${dialect.allColumnsExcept(helperNames)}`], ...outputs]),
    '  FROM lead_rules',
  ];
  if (!probability) return [...lines, ...scores.map((line) => line.slice(2))];
  const z = 'leadlift_log_odds';
  return [
    ...lines,
    'lead_scores AS (',
    ...scores,
    ')',
    'SELECT',
    `  ${dialect.allColumnsExcept([z])},`,
    // The logistic function written as =LEADPROBABILITY computes it, so EXP never overflows.
    `  CASE WHEN ${z} >= 0 THEN 1 / (1 + EXP(-${z})) ELSE EXP(${z}) / (1 + EXP(${z})) END AS probability`,
    'FROM lead_scores',
  ];
}
