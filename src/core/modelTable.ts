// Reads a scoring model from a table: one rule per row, `Attribute | Value | Points`, with an optional `Dimension`.

import { type CellValue, cellLabel, isBlank, isDate, numberInText } from './cellValue';
import { type Criterion, parseCriterion } from './criteria';
import { InputError } from './inputError';
import { pairParts } from './pairRules';

/** One condition of a rule: the lead's `attribute` meets `criterion`. */
export interface RuleCondition {
  /** A column of the leads, as written (trimmed, `~&` read as `&`). */
  attribute: string;
  /** The criterion as written, trimmed. */
  criterionText: string;
  criterion: Criterion;
}

/**
 * One row of the model: leads whose `attribute` meets `criterion` get `points`. A pair rule (Attribute
 * `Contract & Tenure`, Value `Month-to-month & <6`) holds its two conditions in `pair`, and gives its points to
 * leads that meet both; its `attribute` and `criterionText` are the cells as written and its `criterion` is unused.
 */
export interface ModelRule {
  /** The attribute as written in the model, trimmed; it names a column of the leads (two, for a pair rule). */
  attribute: string;
  /** The criterion as written, trimmed (a number or date cell as it is shown). */
  criterionText: string;
  criterion: Criterion;
  /** A pair rule's two conditions, both of which a lead must meet. */
  pair?: readonly [RuleCondition, RuleCondition];
  points: number;
  /** E.g. `Fit` or `Engagement`, trimmed; absent when the model has no Dimension column or the cell is empty. */
  dimension?: string;
  /** The rule's row in the model range, the header being row 1. */
  row: number;
}

/** A model: its rules in table order, and the points of its `(base)` row, the starting score, when it has one. */
export interface Model {
  rules: ModelRule[];
  base?: number;
}

/**
 * The conditions a rule checks: its one attribute and criterion, or a pair rule's two.
 * @example ruleConditions(rule).map((c) => c.attribute) // ['Contract', 'Tenure']
 */
export function ruleConditions(rule: ModelRule): readonly RuleCondition[] {
  return rule.pair ?? [rule];
}

/** The attribute name of the row that holds a starting score rather than a rule. */
export const baseAttribute = '(base)';

/** The attribute of a row that holds a note for the reader (what a function left out), not a rule. */
export const noteAttribute = '(note)';

/** The largest points a rule may give, either way. */
export const maxPoints = 1e9;

/** The value of a rule that matches a lead whose value no other rule of the same attribute matches (rare values). */
export const otherValue = '(other)';

/** Header names, lower-cased, for each column the model is read from (English and Spanish). */
const headerNames = {
  attribute: ['attribute', 'atributo'],
  value: ['value', 'criterion', 'valor', 'criterio'],
  points: ['points', 'puntos'],
  dimension: ['dimension', 'dimensión'],
} as const;

type ModelColumn = keyof typeof headerNames;

function sheetsError(value: CellValue): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return /^#(N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!|SPILL!|CALC!)$/.test(code) ? code : undefined;
}

/** The apostrophe LeadLift's results put before text Sheets would run as a formula (`'=x` is the text `=x`). */
const textPrefix = /^'(?=[=+\-@])/;

function findColumns(header: readonly CellValue[]): Record<ModelColumn, number> {
  const found: Record<ModelColumn, number> = { attribute: -1, value: -1, points: -1, dimension: -1 };
  header.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const name = cell.trim().toLowerCase();
    for (const column of Object.keys(headerNames) as ModelColumn[]) {
      if (!(headerNames[column] as readonly string[]).includes(name)) continue;
      if (found[column] !== -1) {
        // Two Points columns (or Value and Criterion): which one is meant is a guess, so refuse.
        const shown =
          column === 'value' ? 'Value (or Criterion)' : `${column[0].toUpperCase()}${column.slice(1)}`;
        throw new InputError(
          `The model has two ${shown} columns, ${found[column] + 1} and ${index + 1}: keep one.`,
        );
      }
      found[column] = index;
    }
  });
  const missing = (['attribute', 'value', 'points'] as const).filter((c) => found[c] === -1);
  if (missing.length > 0) {
    const names = { attribute: 'Attribute', value: 'Value (or Criterion)', points: 'Points' };
    const seen = header.filter((cell) => !isBlank(cell)).map((cell) => cellLabel(cell));
    throw new InputError(
      `The model has no ${missing.map((c) => names[c]).join(', no ')} column: its first row must name the columns Attribute, Value and Points${
        seen.length > 0 ? ` (it reads ${seen.map((s) => JSON.stringify(s)).join(', ')})` : ' (it is empty)'
      }.`,
    );
  }
  return found;
}

function criterionOf(value: string | number | boolean | Date, row: number, attribute: string): Criterion {
  try {
    return parseCriterion(value);
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(`Model row ${row} (${attribute}): ${error.message}`);
    throw error;
  }
}

/**
 * A pair rule's two conditions when both the Attribute and the Value cell are two parts joined by `&`; undefined
 * otherwise, so a single attribute's criterion such as `Ads & Web` keeps its `&`.
 */
function pairOf(
  attribute: string,
  value: CellValue,
  row: number,
): [RuleCondition, RuleCondition] | undefined {
  const attributes = pairParts(attribute);
  if (!attributes || typeof value !== 'string') return undefined;
  const criteria = pairParts(value);
  if (!criteria) return undefined;
  const condition = (k: 0 | 1): RuleCondition => ({
    attribute: attributes[k],
    criterionText: criteria[k],
    criterion: criterionOf(criteria[k], row, attributes[k]),
  });
  return [condition(0), condition(1)];
}

function pointsOf(cell: CellValue, row: number, attribute: string): number {
  const where = `model row ${row} (${attribute})`;
  if (isBlank(cell))
    throw new InputError(`The points in ${where} are empty: write a number such as 10 or -5.`);
  const number =
    typeof cell === 'number' ? cell : typeof cell === 'string' ? numberInText(cell.trim()) : undefined;
  if (number === undefined || !Number.isFinite(number)) {
    const shown = isDate(cell) ? cellLabel(cell) : typeof cell === 'boolean' ? cellLabel(cell) : String(cell);
    throw new InputError(
      `The points in ${where} are ${JSON.stringify(shown.trim())}, not a number: write a number such as 10 or -5.`,
    );
  }
  // Bounded so that a lead's total, summed over every rule, is a number a cell can show.
  if (Math.abs(number) > maxPoints) {
    throw new InputError(
      `The points in ${where} are ${number}: write a number from -1,000,000,000 to 1,000,000,000.`,
    );
  }
  return number;
}

/**
 * Reads a model table. The first row names the columns in any case, with spaces ignored: `Attribute`
 * (`Atributo`), `Value` or `Criterion` (`Valor`, `Criterio`), `Points` (`Puntos`) and optionally `Dimension`
 * (`Dimensión`); other columns and empty rows are ignored, so =SUGGESTPOINTS' output is a model as it is.
 * A row whose attribute is `(base)` gives the starting score (`base`) instead of a rule. A row whose Attribute and
 * Value are both two parts joined by `&` (`Contract & Tenure` | `Month-to-month & <6`) is a pair rule; an `&` inside
 * a pair rule's name or criterion is written `~&`. Errors name the model row.
 * @example
 * parseModelTable([['Attribute', 'Value', 'Points'], ['Lead Source', 'Webinar', 15], ['Visits', '>=5', 10]])
 * // { rules: [{ attribute: 'Lead Source', criterionText: 'Webinar', points: 15, row: 2, ... }, ...] }
 */
export function parseModelTable(grid: readonly (readonly CellValue[])[]): Model {
  if (grid.length === 0)
    throw new InputError('The model is empty: give a range with the header row Attribute, Value, Points.');
  const columns = findColumns(grid[0]);
  const rules: ModelRule[] = [];
  let base: number | undefined;
  let baseRow = 0;
  for (let index = 1; index < grid.length; index++) {
    const cells = grid[index];
    const row = index + 1;
    const attributeCell = cells[columns.attribute];
    const valueCell = cells[columns.value];
    const pointsCell = cells[columns.points];
    const dimensionCell = columns.dimension === -1 ? '' : cells[columns.dimension];
    for (const cell of [attributeCell, valueCell, pointsCell, dimensionCell]) {
      const error = sheetsError(cell);
      if (error) throw new InputError(`Model row ${row} holds the error ${error}: fix that cell first.`);
    }
    if (isBlank(attributeCell) && isBlank(valueCell) && isBlank(pointsCell)) continue;
    if (isBlank(attributeCell)) {
      throw new InputError(
        `Model row ${row} has no attribute: write the name of a leads column, or clear the row.`,
      );
    }
    const attributeText = cellLabel(attributeCell).replace(textPrefix, '');
    if (attributeText.toLowerCase() === noteAttribute) continue;
    if (attributeText.toLowerCase() === baseAttribute) {
      if (base !== undefined) {
        throw new InputError(`The model has two (base) rows, ${baseRow} and ${row}: keep one.`);
      }
      base = pointsOf(pointsCell, row, attributeText);
      baseRow = row;
      continue;
    }
    // Text LeadLift's results wrote behind an apostrophe (`'=x`, so no paste runs it) is read without it.
    const value = typeof valueCell === 'string' ? valueCell.trim().replace(textPrefix, '') : valueCell;
    const pair = pairOf(attributeText, value, row);
    // A single attribute may name a column with an `&` in it, written `~&` when its value also holds an `&`.
    const attribute = pair ? attributeText : attributeText.replace(/~&/g, '&');
    if (isBlank(valueCell)) {
      throw new InputError(
        `Model row ${row} (${attribute}) has no value: write a criterion such as "Webinar", ">=5" or "(blank)" for empty cells.`,
      );
    }
    const criterionText = typeof value === 'string' ? value : cellLabel(value);
    const criterion: Criterion = pair
      ? { kind: 'any' }
      : criterionOf(value as string | number | boolean | Date, row, attribute);
    const points = pointsOf(pointsCell, row, attribute);
    const rule: ModelRule = { attribute, criterionText, criterion, points, row };
    if (pair) rule.pair = pair;
    if (!isBlank(dimensionCell)) rule.dimension = cellLabel(dimensionCell);
    rules.push(rule);
  }
  if (rules.length === 0) {
    throw new InputError('The model has no rules: add rows of Attribute, Value and Points below the header.');
  }
  const model: Model = { rules };
  if (base !== undefined) model.base = base;
  return model;
}
