// The playground's spreadsheet: the sandbox with dist/Code.js loaded, its data, its formulas, menus and sidebar calls.

import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createSandbox, type FakeSheet, loadAddOn, type LoadedAddOn, type Sandbox } from '../sandbox';
import { zonedParts, zonedTimeToUtc } from '../sandbox/time-zone';
import { readCsv, writeCsv } from './csv';
import { type FunctionHelp, readFunctionHelp } from './functionHelp';
import { readXlsx } from './xlsx';
import { demoLeads } from './demoData';
import { type Area, cellName, parseA1 } from './formulas/a1';
import { type CellValue, FormulaEngine, type FormulaHost } from './formulas/engine';
import { sheetReads } from './formulas/sheetReads';
import {
  findOutcome,
  modelTabName,
  sheetPrefix,
  starterName,
  starterSheet,
  suggestedModelFormula,
} from './starter';

/** One tab as the page draws it: displayed text, a kind per cell for alignment, formulas and error messages. */
export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  /** Displayed text of the used area, row by row. */
  display: string[][];
  /** One letter per cell of `display`: t text, n number or date, b boolean, e error, '.' empty. */
  kinds: string[];
  /** "row,column" (1-based) → formula text. */
  formulas: Record<string, string>;
  /** "row,column" → the message shown on hover for an error cell. */
  notes: Record<string, string>;
  /** "row,column" of cells filled by another cell's array result. */
  spilled: string[];
  /** "row,column" → a font colour set by the add-on (CSS hex), for cells not in the default black. */
  fontColors: Record<string, string>;
}

/** How a trigger's run ended, as the add-on recorded it. */
export interface TriggerOutcome {
  ok: boolean;
  status: string;
  message: string;
}

export interface MenuView {
  title: string;
  items: Array<{ caption: string; functionName: string } | 'separator'>;
}

/** What running a menu item or a sidebar call showed: sidebars opened, alerts, toasts. */
export interface UiEvents {
  sidebars: Array<{ id: number; title: string }>;
  alerts: string[];
  toasts: string[];
}

function isTopLevelFunction(context: Record<string, unknown>, name: string): boolean {
  return Object.hasOwn(context, name) && typeof context[name] === 'function';
}

export class Workbook {
  readonly sandbox: Sandbox;
  readonly addOn: LoadedAddOn;
  readonly engine: FormulaEngine;
  /** Names of the add-on's custom functions (upper-case top-level functions of Code.js). */
  readonly customFunctions: string[];
  /** Formula help for the custom functions, from Code.js's JSDoc as Sheets shows it. */
  readonly functionHelp: FunctionHelp[];
  /** The tab the leads were loaded into (the file's first table, or the demo leads). */
  readonly leadsSheet: string;
  /** Number formats the engine gave result cells ("sheet\u0000row\u0000column"), so a new result may replace them. */
  private readonly resultFormats = new Map<string, string>();
  /** Changes the sandbox reported, recalculated together once the operation that made them ends. */
  private pendingChanges: Array<{ sheet: string; a1: string }> = [];
  private shownSidebars = 0;
  private shownAlerts = 0;
  private shownToasts = 0;

  constructor(distDir: string, file?: string) {
    this.sandbox = createSandbox({
      timeZone: 'UTC',
      spreadsheetName: file ? basename(file) : 'LeadLift demo',
    });
    this.addOn = loadAddOn(distDir, this.sandbox);
    const context = this.addOn.context as Record<string, unknown>;
    this.customFunctions = Object.keys(context).filter(
      (name) => /^[A-Z][A-Z0-9_]*$/.test(name) && isTopLevelFunction(context, name),
    );
    this.functionHelp = readFunctionHelp(readFileSync(join(distDir, 'Code.js'), 'utf8')).filter((help) =>
      this.customFunctions.includes(help.name),
    );
    this.engine = new FormulaEngine(this.host());
    const spreadsheet = this.sandbox.spreadsheet;
    const leads = spreadsheet.getSheets()[0];
    if (file) {
      const [first, ...others] = readTables(file);
      this.fill(leads, first.name, first.rows, [], false);
      for (const table of others) {
        this.fill(spreadsheet.insertSheet(table.name), table.name, table.rows, [], false);
      }
    } else {
      const demo = demoLeads();
      this.fill(leads, demo.name, demo.rows, demo.formats, false);
    }
    this.leadsSheet = leads.getName();
    const [header = [], ...rows] = leads
      .getRange(1, 1, Math.max(leads.getLastRow(), 1), Math.max(leads.getLastColumn(), 1))
      .getValues();
    const starter = starterSheet(leads.getName(), header, rows, this.customFunctions);
    const start = spreadsheet.insertSheet(starter.name, 0);
    this.fill(start, starter.name, starter.rows, [], true);
    start.setFrozenRows(0);
    const outcome = findOutcome(header, rows).column;
    if (
      outcome !== undefined &&
      ['LEADSCORE', 'SUGGESTPOINTS'].every((name) => this.customFunctions.includes(name)) &&
      !spreadsheet.getSheetByName(modelTabName)
    ) {
      // A model to score with from the start: the suggested points, live, which the sidebar's Apply replaces.
      const model = spreadsheet.insertSheet(modelTabName);
      this.fill(model, modelTabName, [[suggestedModelFormula(leads.getName(), header, outcome)]], [], true);
    }
    spreadsheet.setActiveSheet(start);
    spreadsheet.onChange((sheet, a1) => this.pendingChanges.push({ sheet, a1 }));
    this.pendingChanges = [];
    this.engine.loadAll(spreadsheet.getSheets().map((s) => s.getName()));
    // Opening the file runs onOpen, which builds the add-on menu; it runs before the add-on is authorized.
    this.sandbox.authMode = 'NONE';
    this.addOn.call('onOpen', { authMode: 'NONE' });
    this.sandbox.authMode = 'FULL';
  }

  /** Writes a table; `formulas` says whether text starting with "=" runs (the starter tab) or stays text (data). */
  private fill(
    sheet: FakeSheet,
    name: string,
    rows: CellValue[][],
    formats: string[],
    formulas: boolean,
  ): void {
    if (sheet.getName() !== name) sheet.setName(name);
    const height = rows.length;
    const width = Math.max(1, ...rows.map((row) => row.length));
    // Room below the data to type, as a fresh Sheets import leaves.
    const wantRows = Math.max(height + 100, 200);
    if (sheet.getMaxRows() < wantRows)
      sheet.insertRowsAfter(sheet.getMaxRows(), wantRows - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width + 2) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width + 2 - sheet.getMaxColumns());
    }
    if (height === 0) return;
    const square = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
    // Text the user's file holds is data, never a formula Sheets would run: write it with a leading apostrophe.
    const safe = square.map((row) =>
      row.map((value) => (typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value)),
    );
    sheet.getRange(1, 1, height, width).setValues(formulas ? square : safe);
    formats.forEach((format, i) => {
      if (format && height > 1) sheet.getRange(2, i + 1, height - 1, 1).setNumberFormat(format);
    });
    sheet.setFrozenRows(1);
  }

  private host(): FormulaHost {
    const spreadsheet = this.sandbox.spreadsheet;
    return {
      ...sheetReads(spreadsheet),
      writeResult: (name, row, column, value, format) => {
        this.sandbox.setCalculatedValues(`${sheetPrefix(name)}${cellName(row, column)}`, [[value]]);
        this.formatResult(name, row, column, value === '' ? undefined : format);
      },
      hasFunction: (name) => this.customFunctions.includes(name),
      callFunction: (name, args) => this.addOn.call(name, ...args),
      clock: () => ({ now: this.sandbox.clock.now(), timeZone: spreadsheet.getSpreadsheetTimeZone() }),
    };
  }

  /**
   * Gives a result cell the format its result suits, unless someone set the cell's format: a format the engine set
   * earlier (for another result) is replaced, so a count never shows in the percentage a rate left there.
   */
  private formatResult(name: string, row: number, column: number, format: string | undefined): void {
    const formats = this.sheet(name).formats;
    const at = `${name}\u0000${row}\u0000${column}`;
    const current = formats.get(row - 1, column - 1);
    const ours = this.resultFormats.get(at);
    if (current !== '' && current !== ours) return;
    formats.set(row - 1, column - 1, format ?? '');
    if (format) this.resultFormats.set(at, format);
    else this.resultFormats.delete(at);
  }

  /** Recalculates what the sandbox's writes since the last call touched. */
  private settle(): void {
    for (let guard = 0; guard < 100 && this.pendingChanges.length; guard++) {
      const changes = this.pendingChanges;
      this.pendingChanges = [];
      const areas: Array<{ sheet: string; area: Area }> = [];
      for (const { sheet, a1 } of changes) {
        const ref = parseA1(a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1);
        const area: Area = ref?.area ?? { top: 1, left: 1, bottom: Infinity, right: Infinity };
        if (this.sandbox.spreadsheet.getSheetByName(sheet)) areas.push({ sheet, area });
      }
      this.engine.editedAll(areas);
    }
  }

  sheetNames(): string[] {
    return this.sandbox.spreadsheet.getSheets().map((s) => s.getName());
  }

  activeSheet(): string {
    return this.sandbox.spreadsheet.getActiveSheet().getName();
  }

  activate(name: string): void {
    const sheet = this.sheet(name);
    this.sandbox.spreadsheet.setActiveSheet(sheet);
  }

  menus(): MenuView[] {
    return this.sandbox.ui.menus.map((menu) => ({
      title: menu.title,
      items: menu.items.flatMap((item): MenuView['items'] =>
        item === 'separator' ? ['separator'] : 'functionName' in item ? [item] : [],
      ),
    }));
  }

  /**
   * Types into a cell as a person would; the sandbox reads the text as Sheets does: "=..." is a formula, "42" a
   * number, "12%" a percentage, "2026-01-15" a date.
   */
  edit(name: string, row: number, column: number, text: string): void {
    const sheet = this.sheet(name);
    const at = `${name}\u0000${row}\u0000${column}`;
    // A formula shows its own result's format, and typed text starts from the format its text implies ("12%"):
    // neither keeps a format left by an earlier result.
    if (text.startsWith('=') || this.resultFormats.get(at) === sheet.formats.get(row - 1, column - 1)) {
      sheet.formats.set(row - 1, column - 1, '');
      this.resultFormats.delete(at);
    }
    sheet.getRange(row, column).setValue(text);
    this.settle();
  }

  view(name: string): SheetView {
    const sheet = this.sheet(name);
    const rows = Math.max(sheet.getLastRow(), 1);
    const columns = Math.max(sheet.getLastColumn(), 1);
    const display = sheet.getRange(1, 1, rows, columns).getDisplayValues();
    const kinds: string[] = [];
    const formulas: Record<string, string> = {};
    const notes: Record<string, string> = {};
    const spilled: string[] = [];
    const fontColors: Record<string, string> = {};
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < columns; c++) {
        const value = sheet.values.get(r, c);
        const formula = sheet.formulas.get(r, c);
        const at = `${r + 1},${c + 1}`;
        if (formula) formulas[at] = formula;
        const error = this.engine.errorAt(name, r + 1, c + 1);
        if (error) notes[at] = error.message;
        if (this.engine.spilledFrom(name, r + 1, c + 1)) spilled.push(at);
        const color = sheet.fontColors.get(r, c);
        // A CSS hex or a colour name only: the page puts it in a style attribute.
        if (/^(#[0-9a-f]{3,8}|[a-z]+)$/.test(color)) fontColors[at] = color;
        const note = sheet.notes.get(r, c);
        if (note && !error) notes[at] = note;
        line +=
          error || (typeof value === 'string' && /^#[A-Z/0-9]+[!?]?$/.test(value) && formula)
            ? 'e'
            : value === ''
              ? '.'
              : typeof value === 'string'
                ? 't'
                : typeof value === 'boolean'
                  ? 'b'
                  : 'n';
      }
      kinds.push(line);
    }
    return {
      name,
      rows: sheet.getMaxRows(),
      columns: sheet.getMaxColumns(),
      frozenRows: sheet.getFrozenRows(),
      display,
      kinds,
      formulas,
      notes,
      spilled,
      fontColors,
    };
  }

  /** The tab as Sheets' File → Download → CSV writes it: displayed values of the used area. */
  csv(name: string): string {
    const sheet = this.sheet(name);
    if (sheet.getLastRow() === 0) return '';
    return writeCsv(sheet.getDataRange().getDisplayValues());
  }

  /** Runs a menu item's function, as clicking it in Sheets would, and reports what it showed. */
  runMenuItem(functionName: string): UiEvents & { movedTo?: string } {
    const allowed = this.menus().some((menu) =>
      menu.items.some((item) => item !== 'separator' && item.functionName === functionName),
    );
    if (!allowed) throw new Error(`No menu item runs ${functionName}.`);
    // The starter tab holds examples, not leads: the add-on works on the active tab, so run it on the leads, and
    // say so, for the page to show that tab.
    const fromStarter = this.activeSheet() === starterName;
    if (fromStarter) this.activate(this.leadsSheet);
    this.addOn.call(functionName);
    this.settle();
    return { ...this.uiEvents(), ...(fromStarter ? { movedTo: this.leadsSheet } : {}) };
  }

  /** Time-driven triggers the add-on installed, which the page offers to run now (the daily job, once set up). */
  clockTriggers(): Array<{ id: string; handlerFunction: string; schedule: string }> {
    return this.sandbox.triggers
      .filter((trigger) => trigger.kind === 'clock')
      .map((trigger) => ({
        id: trigger.id,
        handlerFunction: trigger.handlerFunction,
        schedule:
          trigger.everyDays !== undefined
            ? `every ${trigger.everyDays === 1 ? 'day' : `${trigger.everyDays} days`}${trigger.atHour === undefined ? '' : ` at ${trigger.atHour}:00`}`
            : trigger.everyHours !== undefined
              ? `every ${trigger.everyHours === 1 ? 'hour' : `${trigger.everyHours} hours`}`
              : trigger.everyWeeks !== undefined
                ? 'every week'
                : 'once',
      }));
  }

  /**
   * Runs an installed clock trigger's handler now, with the event Apps Script would pass it, and says how the run
   * ended as the add-on recorded it: a trigger handler never throws, so "it returned" is not "it worked".
   */
  runClockTrigger(id: string): UiEvents & { outcome?: TriggerOutcome } {
    const trigger = this.sandbox.triggers.find((t) => t.id === id && t.kind === 'clock');
    if (!trigger) throw new Error('That trigger is not installed any more.');
    try {
      this.moveClockToNextDailyRun();
      this.addOn.call(trigger.handlerFunction, this.sandbox.clockEvent(trigger));
    } finally {
      this.settle();
    }
    return { ...this.uiEvents(), ...(this.triggerOutcome() ?? {}) };
  }

  /**
   * The daily re-score's trigger fires hourly and runs once the spreadsheet's clock reaches the chosen hour: "run
   * now" jumps the fake clock to the next such hour, so the page shows the run the user is waiting for.
   */
  private moveClockToNextDailyRun(): void {
    if (!this.serverFunctions().includes('getDailyRescoreStatus')) return;
    const status = this.addOn.call('getDailyRescoreStatus') as { hour?: number; timeZone: string };
    if (status.hour === undefined) return;
    const now = this.sandbox.clock.nowMs();
    const today = zonedParts(now, status.timeZone);
    for (let offset = 0; offset <= 2; offset++) {
      const at = zonedTimeToUtc(
        { year: today.year, month: today.month, day: today.day + offset, hour: status.hour },
        status.timeZone,
      );
      if (at > now) return this.sandbox.clock.set(new Date(at));
    }
  }

  /** The daily re-score's own account of its last run, when the add-on offers one. */
  private triggerOutcome(): { outcome: TriggerOutcome } | undefined {
    if (!this.serverFunctions().includes('getDailyRescoreStatus')) return undefined;
    const status = this.addOn.call('getDailyRescoreStatus') as {
      lastRun?: { status: string; message: string };
      lastError?: string;
    };
    const failed = status.lastRun?.status === 'Failed' || (!status.lastRun && status.lastError);
    if (!status.lastRun && !status.lastError) return undefined;
    return {
      outcome: {
        ok: !failed,
        status: status.lastRun?.status ?? 'Failed',
        message: status.lastRun?.message || status.lastError || '',
      },
    };
  }

  /** A google.script.run call from the sidebar: any top-level function whose name does not end with "_". */
  runServerFunction(name: string, args: unknown[]): { result: unknown; events: UiEvents } {
    if (!this.serverFunctions().includes(name)) {
      throw new Error(`Script function not found: ${name}`);
    }
    try {
      return { result: this.addOn.call(name, ...args), events: this.uiEvents() };
    } finally {
      this.settle();
    }
  }

  /** What google.script.run exposes: every top-level function of Code.js, except private ones ending in "_". */
  serverFunctions(): string[] {
    const context = this.addOn.context as Record<string, unknown>;
    return Object.keys(context).filter(
      (name) => isTopLevelFunction(context, name) && !name.endsWith('_') && /^[A-Za-z_$][\w$]*$/.test(name),
    );
  }

  sidebarHtml(id: number): string | undefined {
    return this.sandbox.ui.sidebars[id]?.html;
  }

  private uiEvents(): UiEvents {
    const ui = this.sandbox.ui;
    const events: UiEvents = {
      sidebars: ui.sidebars
        .slice(this.shownSidebars)
        .map((s, i) => ({ id: this.shownSidebars + i, title: s.title })),
      alerts: ui.alerts.slice(this.shownAlerts).map((a) => [a.title, a.prompt].filter(Boolean).join(': ')),
      toasts: ui.toasts.slice(this.shownToasts).map((t) => [t.title, t.message].filter(Boolean).join(': ')),
    };
    this.shownSidebars = ui.sidebars.length;
    this.shownAlerts = ui.alerts.length;
    this.shownToasts = ui.toasts.length;
    return events;
  }

  private sheet(name: string): FakeSheet {
    const sheet = this.sandbox.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}".`);
    return sheet;
  }
}

/** A tab name from the file name: Sheets' import names the tab after the file, within its 100-character limit. */
function sheetNameFor(file: string): string {
  return (
    basename(file, extname(file))
      .replace(/[[\]*?:/\\]/g, ' ')
      .trim()
      .slice(0, 100) || 'Leads'
  );
}

/** The tables of a .csv file (one) or an .xlsx workbook (one per sheet, at least one). */
function readTables(file: string): Array<{ name: string; rows: CellValue[][] }> {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return [{ name: sheetNameFor(file), rows: readCsv(readFileSync(file, 'utf8')) }];
  if (extension === '.xlsx') {
    const sheets = readXlsx(readFileSync(file));
    if (sheets.length === 0) throw new Error(`${basename(file)} has no sheets with cells.`);
    return sheets;
  }
  throw new Error(
    `${basename(file)}: the playground opens .csv and .xlsx files; save it as one of those first.`,
  );
}
