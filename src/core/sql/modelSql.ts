// A scoring model as one SQL query: every column of the leads table plus score, a score per dimension and probability.

import { InputError } from '../inputError';
import { type Model, type ModelRule, otherValue } from '../modelTable';
import { dateSerial, textNumber, trimmedText } from './cellSql';
import { type CellColumns, criterionCondition, needsNumber, numberLiteral } from './criterionSql';
import type { Dialect } from './dialect';

/** The log-odds side of a model, as =LEADPROBABILITY reads it: one weight per rule (in model order) and a start. */
export interface ProbabilityWeights {
  weights: readonly number[];
  base: number;
}

const normalName = (name: string) => name.trim().toLowerCase();
const isOther = (rule: ModelRule) => normalName(rule.criterionText) === otherValue;

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
  /** The helper column of each rule that is not `(other)`, by rule index. */
  ruleColumns: Map<number, string>;
}

function plan(dialect: Dialect, rules: readonly ModelRule[]): Plan {
  const columns = new Map<string, { quoted: string; cell: CellColumns }>();
  rules.forEach((rule) => {
    const key = normalName(rule.attribute);
    if (!columns.has(key)) {
      const n = columns.size + 1;
      columns.set(key, {
        quoted: dialect.identifier(rule.attribute.trim()),
        cell: { text: `leadlift_text_${n}` },
      });
    }
    const { cell } = columns.get(key) as { cell: CellColumns };
    if (needsNumber(rule.criterion)) cell.number = cell.text.replace('text', 'number');
    if (rule.criterion.kind === 'compare') cell.date = cell.text.replace('text', 'date');
  });
  const ruleColumns = new Map<number, string>();
  rules.forEach((rule, r) => {
    if (!isOther(rule)) ruleColumns.set(r, `leadlift_rule_${r + 1}`);
  });
  return { columns, ruleColumns };
}

/**
 * The sum of the points of the rules that match, added in the order `scoreLeads` adds them (per column, then
 * column after column) so that the query's doubles equal the sheet's to the last bit.
 */
function pointsSum(
  p: Plan,
  rules: readonly ModelRule[],
  picked: readonly number[],
  points: (r: number) => number,
): string[] {
  const groups = new Map<string, number[]>();
  for (const r of picked) {
    const key = normalName(rules[r].attribute);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const term = (r: number, group: readonly number[]) => {
    const value = numberLiteral(points(r));
    if (!isOther(rules[r])) return `CASE WHEN ${p.ruleColumns.get(r)} THEN ${value} ELSE 0 END`;
    // `(other)` matches what no other rule of its attribute (among those counted) matches.
    const siblings = group.filter((s) => !isOther(rules[s])).map((s) => p.ruleColumns.get(s));
    return siblings.length === 0 ? value : `CASE WHEN ${siblings.join(' OR ')} THEN 0 ELSE ${value} END`;
  };
  const lines: string[] = [];
  [...groups.values()].forEach((group, g) => {
    const terms = group.map((r) => term(r, group));
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
    ...p.ruleColumns.values(),
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
      (r) =>
        rules[r].dimension !== undefined &&
        normalName(rules[r].dimension as string) === normalName(dimension),
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
      ...[...p.ruleColumns].map(([r, name]) => {
        const { cell } = p.columns.get(normalName(rules[r].attribute)) as { cell: CellColumns };
        return [`    ${criterionCondition(dialect, rules[r].criterion, cell)} AS ${name}`];
      }),
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
