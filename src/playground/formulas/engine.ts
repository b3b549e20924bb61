// Evaluates formulas that call LeadLift's custom functions as Sheets does: arguments, spills, errors, recalculation.

import { isDate, type SheetCell } from '../../core/cellValue';
import { type Area, cellName, contains, cropToGrid, type RangeRef, overlaps } from './a1';
import { applyOperator, arityError, builtins, operatorNames } from './builtins';
import { type Expr, functionsOf, namesOf, parseFormula, referencesOf } from './parse';
import { resultFormats } from './resultFormat';
import { sheetsFunctionNames } from './sheetsFunctions';
import {
  ArrayValue,
  type ErrorCode,
  type EvaluationContext,
  intersect,
  lift,
  type Scalar,
  SheetError,
  toNumber,
  type Value,
} from './values';

export type { ErrorCode } from './values';

/** A cell's value as Sheets hands it to a script: '' when empty. */
export type CellValue = SheetCell;

/** What the engine needs from the spreadsheet and the add-on; 1-based rows and columns throughout. */
export interface FormulaHost {
  /** The sheet's grid size, or undefined when there is no sheet of that name. */
  sheetSize(sheet: string): { rows: number; columns: number } | undefined;
  /** The values a range shows now (typed input and formula results), as a rows × columns array. */
  readRange(sheet: string, area: Area): CellValue[][];
  /** True when the cell holds something typed: a value or a formula (results the engine wrote count too). */
  hasContent(sheet: string, row: number, column: number): boolean;
  /**
   * Writes a formula's result into a cell without counting as an edit, with the number format that suits it
   * (undefined: automatic); the cell's own format, when someone set one, wins over it.
   */
  writeResult(sheet: string, row: number, column: number, value: CellValue, format?: string): void;
  /** Formulas typed in an area: every cell whose text starts with "=". */
  formulasIn(sheet: string, area: Area): Array<{ row: number; column: number; text: string }>;
  /** True when the add-on defines a top-level function of that name (upper case). */
  hasFunction(name: string): boolean;
  /** Calls the add-on's function; throws what it throws. */
  callFunction(name: string, args: unknown[]): unknown;
  /** The spreadsheet's clock and time zone, for TODAY() and NOW() and for reading dates as numbers. */
  clock(): { now: Date; timeZone: string };
}

/** How a formula cell stands after the last calculation. */
export type FormulaState =
  | { kind: 'value'; rows: number; columns: number }
  | { kind: 'error'; code: ErrorCode; message: string }
  /** Valid Sheets, but not something the playground evaluates: the cell shows the formula's text. */
  | { kind: 'text' };

interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
  text: string;
  expr: Expr | null;
  /** Every reference, each with its sheet made explicit. */
  refs: Array<{ sheet: string; area: Area }>;
  state: FormulaState;
  /** For a formula the engine does not evaluate: what it always shows (its text, or a parse or name error). */
  fixed: FormulaState | null;
  /** The shape of the last array result, kept while blocked so the dependency graph still sees its reach. */
  rows: number;
  columns: number;
}

/** Sheets' own wording for these errors. */
const circularMessage =
  'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

const key = (sheet: string, row: number, column: number) => `${sheet}\u0000${row}\u0000${column}`;

/** A value a custom function returned, as a cell stores it. */
function fromResult(value: unknown): Scalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : new SheetError('#NUM!', 'The result is not a finite number.');
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value)) return new Date(Date.prototype.getTime.call(value));
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any other value as text, as the sandbox stores it
  return String(value);
}

/** A custom function's return: a 2-D array as it is, a 1-D array as one column, a scalar as one cell. */
function fromReturn(value: unknown): Value {
  if (!Array.isArray(value)) return fromResult(value);
  const rows = value.map((row: unknown) => (Array.isArray(row) ? row.map(fromResult) : [fromResult(row)]));
  const width = Math.max(0, ...rows.map((row) => row.length));
  // Sheets pads short rows of a ragged result with empty cells.
  return new ArrayValue(rows.map((row) => [...row, ...new Array<Scalar>(width - row.length).fill('')]));
}

/** A value as a custom function receives it: error cells inside a range arrive as their code. */
function toArgument(value: Value): unknown {
  if (value instanceof ArrayValue)
    return value.rows.map((row) => row.map((v) => (v instanceof SheetError ? v.code : v)));
  return value;
}

/** Elements of an array literal, stacked: side by side within a row (`,`), rows one under another (`;`). */
function stack(blocks: Value[][]): Value {
  const grids = blocks.map((row) => row.map((b) => (b instanceof ArrayValue ? b.rows : [[b]])));
  const rows: Scalar[][] = [];
  for (const line of grids) {
    const height = line[0].length;
    if (line.some((g) => g.length !== height))
      return new SheetError(
        '#VALUE!',
        'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.',
      );
    for (let r = 0; r < height; r++) rows.push(line.flatMap((g) => g[r]));
  }
  if (rows.some((row) => row.length !== rows[0].length))
    return new SheetError(
      '#VALUE!',
      'In ARRAY_LITERAL, an Array Literal was missing values for one or more columns.',
    );
  return new ArrayValue(rows);
}

export class FormulaEngine {
  private readonly formulas = new Map<string, FormulaCell>();
  /** Which formula wrote each result cell (its own cell and its spill). */
  private readonly owners = new Map<string, FormulaCell>();
  /** Result cells that show an error value, with its message: a formula's own error, or one element of a spill. */
  private readonly cellErrors = new Map<string, SheetError>();
  /** Calls made during the last recalculation, in order: for tests of recalculation order. */
  readonly calls: string[] = [];

  constructor(private readonly host: FormulaHost) {}

  /** The formula in a cell and how it stands, or undefined for a cell without a formula. */
  formulaAt(sheet: string, row: number, column: number): { text: string; state: FormulaState } | undefined {
    const cell = this.formulas.get(key(sheet, row, column));
    return cell && { text: cell.text, state: cell.state };
  }

  /** The error a result cell shows and its message (for the hover note), if any. */
  errorAt(sheet: string, row: number, column: number): { code: ErrorCode; message: string } | undefined {
    const error = this.cellErrors.get(key(sheet, row, column));
    return error && { code: error.code, message: error.message };
  }

  /** The formula whose result spilled into a cell, when the cell is not the formula's own. */
  spilledFrom(sheet: string, row: number, column: number): { row: number; column: number } | undefined {
    const owner = this.owners.get(key(sheet, row, column));
    if (!owner || (owner.row === row && owner.column === column)) return undefined;
    return { row: owner.row, column: owner.column };
  }

  /** Reads every formula of the named sheets and calculates them all (on startup). */
  loadAll(sheets: string[]): void {
    const all = { top: 1, left: 1, bottom: Number.POSITIVE_INFINITY, right: Number.POSITIVE_INFINITY };
    for (const sheet of sheets) this.edited(sheet, all);
  }

  /**
   * Call after anything wrote to an area (the user typing, a paste, the add-on): picks up formulas typed there,
   * forgets results it had written there (they were overwritten), and recalculates what depends on the area.
   */
  edited(sheet: string, area: Area): void {
    this.editedAll([{ sheet, area }]);
  }

  /**
   * `edited` for every write of one operation at once. An add-on call that clears a formula's column and writes
   * values there has finished before anything recalculates, as in Sheets: recalculating after each write in turn
   * would run formulas the call has already removed, and their results would land on the values it wrote.
   */
  editedAll(changes: ReadonlyArray<{ sheet: string; area: Area }>): void {
    // A deleted tab takes its formulas and their results with it.
    for (const [cellKey, cell] of [...this.formulas]) {
      if (!this.host.sheetSize(cell.sheet)) this.formulas.delete(cellKey);
    }
    for (const [cellKey, owner] of [...this.owners]) {
      if (!this.host.sheetSize(owner.sheet)) {
        this.owners.delete(cellKey);
        this.cellErrors.delete(cellKey);
      }
    }
    const within = (s: string, r: number, c: number) =>
      changes.some((change) => change.sheet === s && contains(change.area, r, c));
    for (const [cellKey, owner] of [...this.owners]) {
      const [s, r, c] = cellKey.split('\u0000');
      if (within(s, Number(r), Number(c)) && !(owner.row === +r && owner.column === +c)) {
        this.owners.delete(cellKey);
        this.cellErrors.delete(cellKey);
      }
    }
    const seeds = new Set<FormulaCell>();
    const vacated: Array<{ sheet: string; area: Area }> = [];
    for (const cell of [...this.formulas.values()]) {
      if (within(cell.sheet, cell.row, cell.column)) {
        this.formulas.delete(key(cell.sheet, cell.row, cell.column));
        this.releaseOutputs(cell, false);
        vacated.push({ sheet: cell.sheet, area: this.reach(cell) });
      }
    }
    for (const { sheet, area } of changes) {
      const size = this.host.sheetSize(sheet);
      const found = size ? this.host.formulasIn(sheet, cropToGrid(area, size.rows, size.columns)) : [];
      for (const { row, column, text } of found) {
        const cellKey = key(sheet, row, column);
        if (this.formulas.has(cellKey)) continue;
        const cell = this.compile(sheet, row, column, text);
        this.formulas.set(cellKey, cell);
        seeds.add(cell);
      }
    }
    const touchedAreas = [...changes, ...vacated];
    for (const cell of this.formulas.values()) {
      const touched = touchedAreas.some((t) => this.reads(cell, t.sheet, t.area));
      const covered = changes.some((t) => cell.sheet === t.sheet && overlaps(this.reach(cell), t.area));
      if (touched || covered) seeds.add(cell);
    }
    this.recalculate(seeds);
  }

  private compile(sheet: string, row: number, column: number, text: string): FormulaCell {
    const parsed = parseFormula(text);
    const asText: FormulaState = { kind: 'text' };
    const cell: FormulaCell = {
      sheet,
      row,
      column,
      text,
      expr: null,
      refs: [],
      state: asText,
      fixed: asText,
      rows: 1,
      columns: 1,
    };
    if (!parsed.ok) {
      if (parsed.reason === 'syntax')
        cell.fixed = { kind: 'error', code: '#ERROR!', message: 'Formula parse error.' };
      return cell;
    }
    const unknown = functionsOf(parsed.expr).find(
      (name) => !this.host.hasFunction(name) && !sheetsFunctionNames.has(name) && !this.isBuiltin(name),
    );
    const name = namesOf(parsed.expr)[0];
    if (unknown) cell.fixed = { kind: 'error', code: '#NAME?', message: `Unknown function: '${unknown}'.` };
    else if (name) cell.fixed = { kind: 'error', code: '#NAME?', message: `Unknown range name: '${name}'.` };
    else if (this.evaluable(parsed.expr)) {
      cell.expr = parsed.expr;
      cell.fixed = null;
      cell.refs = referencesOf(parsed.expr).map((ref: RangeRef) => ({
        sheet: ref.sheet ?? sheet,
        area: ref.area,
      }));
    }
    return cell;
  }

  private isBuiltin(name: string): boolean {
    return name === 'ARRAYFORMULA' || Object.hasOwn(builtins, name);
  }

  /** True when every function called is the add-on's or one the playground implements; others stay text. */
  private evaluable(expr: Expr): boolean {
    return functionsOf(expr).every((name) => this.host.hasFunction(name) || this.isBuiltin(name));
  }

  /** The cells a formula's result covers: its own cell and, for an array, the spill it would take. */
  private reach(cell: FormulaCell): Area {
    return {
      top: cell.row,
      left: cell.column,
      bottom: cell.row + cell.rows - 1,
      right: cell.column + cell.columns - 1,
    };
  }

  private reads(cell: FormulaCell, sheet: string, area: Area): boolean {
    return cell.refs.some((ref) => ref.sheet === sheet && overlaps(ref.area, area));
  }

  /** Formulas whose results `cell` reads. */
  private inputsOf(cell: FormulaCell): FormulaCell[] {
    return [...this.formulas.values()].filter((other) => this.reads(cell, other.sheet, this.reach(other)));
  }

  /**
   * Recalculates `seeds` and everything downstream, upstream first. A formula that reads its own result, directly
   * or through others, is a circular dependency (#REF!). A result whose size changed can reach new readers, so
   * those are calculated in a further round.
   */
  private recalculate(seeds: Set<FormulaCell>): void {
    this.calls.length = 0;
    let pending = seeds;
    for (let round = 0; round < 10 && pending.size > 0; round++) {
      const readers = new Map<FormulaCell, FormulaCell[]>();
      const inputs = new Map<FormulaCell, FormulaCell[]>();
      for (const cell of this.formulas.values()) {
        inputs.set(cell, this.inputsOf(cell));
        readers.set(cell, []);
      }
      for (const [cell, list] of inputs) for (const input of list) readers.get(input)!.push(cell);
      const dirty = new Set<FormulaCell>();
      const stack = [...pending].filter(
        (cell) => this.formulas.get(key(cell.sheet, cell.row, cell.column)) === cell,
      );
      while (stack.length) {
        const cell = stack.pop()!;
        if (dirty.has(cell)) continue;
        dirty.add(cell);
        stack.push(...readers.get(cell)!);
      }
      const circular = this.circularCells(inputs);
      const next = new Set<FormulaCell>();
      const done = new Set<FormulaCell>();
      const visit = (cell: FormulaCell) => {
        if (done.has(cell)) return;
        done.add(cell);
        if (!circular.has(cell)) for (const input of inputs.get(cell)!) if (dirty.has(input)) visit(input);
        const before = this.reach(cell);
        this.evaluate(cell, circular.has(cell));
        const after = this.reach(cell);
        if (before.bottom !== after.bottom || before.right !== after.right) {
          const grown = {
            ...before,
            bottom: Math.max(before.bottom, after.bottom),
            right: Math.max(before.right, after.right),
          };
          for (const other of this.formulas.values())
            if (this.reads(other, cell.sheet, grown)) next.add(other);
        }
      };
      for (const cell of dirty) visit(cell);
      pending = next;
    }
  }

  /** Formulas on a cycle of the "reads the result of" graph (Tarjan's strongly connected components). */
  private circularCells(inputs: Map<FormulaCell, FormulaCell[]>): Set<FormulaCell> {
    const circular = new Set<FormulaCell>();
    const index = new Map<FormulaCell, number>();
    const low = new Map<FormulaCell, number>();
    const onStack = new Set<FormulaCell>();
    const stack: FormulaCell[] = [];
    let counter = 0;
    const connect = (cell: FormulaCell) => {
      index.set(cell, counter);
      low.set(cell, counter++);
      stack.push(cell);
      onStack.add(cell);
      for (const input of inputs.get(cell)!) {
        if (!index.has(input)) {
          connect(input);
          low.set(cell, Math.min(low.get(cell)!, low.get(input)!));
        } else if (onStack.has(input)) {
          low.set(cell, Math.min(low.get(cell)!, index.get(input)!));
        }
      }
      if (low.get(cell) === index.get(cell)) {
        const component: FormulaCell[] = [];
        let member: FormulaCell;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== cell);
        if (component.length > 1 || inputs.get(cell)!.includes(cell))
          for (const c of component) circular.add(c);
      }
    };
    for (const cell of inputs.keys()) if (!index.has(cell)) connect(cell);
    return circular;
  }

  /** Calculates one formula and writes its result, spill included, into the sheet. */
  private evaluate(cell: FormulaCell, circular: boolean): void {
    this.releaseOutputs(cell, true);
    if (circular) {
      this.show(cell, { kind: 'error', code: '#REF!', message: circularMessage });
      return;
    }
    if (!cell.expr) {
      // Text formulas and parse or name errors read nothing: what they show was settled when they were typed.
      this.show(cell, cell.fixed ?? { kind: 'text' });
      return;
    }
    const { now, timeZone } = this.host.clock();
    const context: EvaluationContext = {
      row: cell.row,
      column: cell.column,
      arrayMode: false,
      timeZone,
      now,
    };
    const result = intersect(this.evaluateExpr(cell.expr, cell.sheet, context), context);
    if (result instanceof SheetError) {
      this.show(cell, { kind: 'error', code: result.code, message: result.message });
      return;
    }
    const values = result instanceof ArrayValue ? result.rows : [[result]];
    const rows = values.length;
    const columns = values[0]?.length ?? 0;
    if (rows === 0 || columns === 0) {
      this.show(cell, { kind: 'error', code: '#N/A', message: 'The function returned an empty array.' });
      return;
    }
    cell.rows = rows;
    cell.columns = columns;
    const size = this.host.sheetSize(cell.sheet)!;
    const missingRows = cell.row + rows - 1 - size.rows;
    const missingColumns = cell.column + columns - 1 - size.columns;
    if (missingRows > 0 || missingColumns > 0) {
      const what = missingRows > 0 ? `rows (${missingRows})` : `columns (${missingColumns})`;
      this.show(cell, {
        kind: 'error',
        code: '#REF!',
        message: `Result was not automatically expanded, please insert more ${what}.`,
      });
      return;
    }
    const blocker = this.firstBlocker(cell, rows, columns);
    if (blocker) {
      this.show(cell, {
        kind: 'error',
        code: '#REF!',
        message: `Array result was not expanded because it would overwrite data in ${cellName(blocker.row, blocker.column)}.`,
      });
      return;
    }
    const formats = resultFormats(cell.expr, values);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const at = key(cell.sheet, cell.row + r, cell.column + c);
        const value = values[r][c];
        if (value instanceof SheetError) {
          this.host.writeResult(cell.sheet, cell.row + r, cell.column + c, value.code);
          this.cellErrors.set(at, value);
        } else {
          this.host.writeResult(cell.sheet, cell.row + r, cell.column + c, value, formats(r, c));
        }
        this.owners.set(at, cell);
      }
    }
    cell.state = { kind: 'value', rows, columns };
  }

  /** The first cell of the spill area holding typed data or another formula's result. */
  private firstBlocker(
    cell: FormulaCell,
    rows: number,
    columns: number,
  ): { row: number; column: number } | undefined {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        if (r === 0 && c === 0) continue;
        const row = cell.row + r;
        const column = cell.column + c;
        const owner = this.owners.get(key(cell.sheet, row, column));
        if (owner ? owner !== cell : this.host.hasContent(cell.sheet, row, column)) return { row, column };
      }
    }
    return undefined;
  }

  /** Shows a single-cell state: an error code or the formula's text in the formula's own cell. */
  private show(cell: FormulaCell, state: FormulaState): void {
    cell.state = state;
    const shown = state.kind === 'error' ? state.code : cell.text;
    this.host.writeResult(cell.sheet, cell.row, cell.column, shown);
    const at = key(cell.sheet, cell.row, cell.column);
    this.owners.set(at, cell);
    if (state.kind === 'error') this.cellErrors.set(at, new SheetError(state.code, state.message));
  }

  /** Clears the cells a formula's last result spilled into (those still showing it). */
  private releaseOutputs(cell: FormulaCell, keepOwnCell: boolean): void {
    for (const [cellKey, owner] of [...this.owners]) {
      if (owner !== cell) continue;
      const [, r, c] = cellKey.split('\u0000');
      const own = Number(r) === cell.row && Number(c) === cell.column;
      this.cellErrors.delete(cellKey);
      if (own && keepOwnCell) continue;
      this.owners.delete(cellKey);
      if (!own) this.host.writeResult(cell.sheet, Number(r), Number(c), '');
    }
  }

  /** A formula's value: scalars, arrays and error values, as Sheets computes them. */
  private evaluateExpr(expr: Expr, sheet: string, context: EvaluationContext): Value {
    const scalar = (inner: Expr) => intersect(this.evaluateExpr(inner, sheet, context), context);
    switch (expr.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return expr.value;
      case 'name':
        return new SheetError('#NAME?', `Unknown range name: '${expr.name}'.`);
      case 'reference':
        return this.readReference(expr.ref, sheet);
      case 'negate':
        return lift('UMINUS', [scalar(expr.operand)], ([x]) => {
          const n = toNumber(x, 'UMINUS', 1, context.timeZone);
          return n instanceof SheetError ? n : -n;
        });
      case 'percent':
        return lift('UNARY_PERCENT', [scalar(expr.operand)], ([x]) => {
          const n = toNumber(x, 'UNARY_PERCENT', 1, context.timeZone);
          return n instanceof SheetError ? n : n / 100;
        });
      case 'binary': {
        const operator = expr.operator;
        return lift(operatorNames[operator], [scalar(expr.left), scalar(expr.right)], ([a, b]) =>
          applyOperator(operator, a, b, context),
        );
      }
      case 'array':
        return stack(
          expr.rows.map((row) => row.map((element) => this.evaluateExpr(element, sheet, context))),
        );
      case 'call':
        return this.call(expr.name, expr.args, sheet, context);
    }
  }

  private call(name: string, args: Expr[], sheet: string, context: EvaluationContext): Value {
    if (name === 'ARRAYFORMULA') {
      if (args.length !== 1)
        return new SheetError(
          '#N/A',
          `Wrong number of arguments to ARRAYFORMULA. Expected 1 arguments, but got ${args.length} arguments.`,
        );
      const whole = this.evaluateExpr(args[0], sheet, { ...context, arrayMode: true });
      return whole instanceof ArrayValue ? new ArrayValue(whole.rows) : whole;
    }
    if (this.host.hasFunction(name)) return this.callAddOn(name, args, sheet, context);
    const builtin = builtins[name];
    const wrongCount = arityError(name, builtin, args.length);
    if (wrongCount) return wrongCount;
    const values = args.map((arg) => this.evaluateExpr(arg, sheet, context));
    if (builtin.kind === 'aggregate') return builtin.apply(values, context);
    return lift(
      name,
      values.map((value) => intersect(value, context)),
      (scalars) => builtin.apply(scalars, context),
    );
  }

  /** Runs one of LeadLift's custom functions with its arguments as Sheets passes them. */
  private callAddOn(name: string, args: Expr[], sheet: string, context: EvaluationContext): Value {
    const values: unknown[] = [];
    for (const arg of args) {
      const value = this.evaluateExpr(arg, sheet, context);
      // An error in an argument is the call's result: the function does not run.
      if (value instanceof SheetError) return value;
      values.push(toArgument(value));
    }
    this.calls.push(name);
    try {
      return fromReturn(this.host.callFunction(name, values));
    } catch (error) {
      const message =
        error instanceof Error || (typeof error === 'object' && error && 'message' in error)
          ? String(error.message)
          : String(error);
      return new SheetError('#ERROR!', message);
    }
  }

  /**
   * A single cell as a scalar, a range as an array cut at the sheet's edge, as Sheets passes them; cells that show
   * an error hold that error value.
   */
  private readReference(ref: RangeRef, formulaSheet: string): Value {
    const sheet = ref.sheet ?? formulaSheet;
    const size = this.host.sheetSize(sheet);
    if (!size) return new SheetError('#REF!', `Unresolved sheet name '${sheet}'.`);
    const area = cropToGrid(ref.area, size.rows, size.columns);
    if (area.top > area.bottom || area.left > area.right) {
      return new SheetError('#REF!', 'The reference is outside the sheet.');
    }
    const rows = this.host.readRange(sheet, area) as Scalar[][];
    for (const [cellKey, error] of this.cellErrors) {
      const [s, r, c] = cellKey.split('\u0000');
      if (s === sheet && contains(area, Number(r), Number(c)))
        rows[Number(r) - area.top][Number(c) - area.left] = error;
    }
    if (ref.singleCell) return rows[0][0];
    return new ArrayValue(rows, { top: area.top, left: area.left });
  }
}
