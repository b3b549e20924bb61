// The largest sheet live formulas serve: the sidebar's default output applied to growing lead lists, every custom
// function cell it writes evaluated as Sheets would, each call timed against the sandbox's per-call budget.
import { columnLetter } from '../../src/core/columnLetters';
import { formulasModeMaxCells } from '../../src/core/outputModeAdvice';
import { toStoredValue } from '../../src/sandbox/cell-value';
import { FormulaEngine, type FormulaHost } from '../../src/playground/formulas/engine';
import { sheetReads } from '../../src/playground/formulas/sheetReads';
import { CUSTOM_FUNCTION_BUDGET_MS, timeoutNote } from '../../src/sandbox';
import { appliedLeads, HEADER } from './dailyRescore.bench';

/** Lead rows tried, smallest first; 580,000 × 17 columns is close to Sheets' 10-million-cell limit. */
const SIZES = [5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 400_000, 580_000];

/** The slowest call of each custom function at one size, in Node milliseconds. */
function applyAndEvaluate(rows: number): Map<string, number> {
  const { sandbox, leads, addOn } = appliedLeads(rows, new Date('2026-03-02T09:00:00Z'), 'formulas');
  const slowest = new Map<string, number>();
  const host: FormulaHost = {
    ...sheetReads(sandbox.spreadsheet),
    writeResult: (name, row, column, value) =>
      sandbox.spreadsheet.getSheetByName(name)!.values.set(row - 1, column - 1, toStoredValue(value)),
    hasFunction: (name) => /^[A-Z][A-Z0-9_]*$/.test(name) && typeof addOn.context[name] === 'function',
    callFunction: (name, args) => {
      const result = addOn.callAsCell(name, ...args);
      slowest.set(name, Math.max(slowest.get(name) ?? 0, result.ms));
      if ('error' in result) throw new Error(result.note);
      return result.value;
    },
    clock: () => ({ now: sandbox.clock.now(), timeZone: sandbox.spreadsheet.getSpreadsheetTimeZone() }),
  };
  const engine = new FormulaEngine(host);
  engine.loadAll(sandbox.spreadsheet.getSheets().map((s) => s.getName()));
  // Every output column must show numbers or labels, not an error, or the timing measured a failure.
  const header = leads.getRange(1, 12, 1, 6).getFormulas()[0];
  header.forEach((formula, k) => {
    const error = engine.errorAt('Leads', 1, 12 + k);
    if (formula && error && error.message !== timeoutNote)
      throw new Error(`${formula} shows ${error.code}: ${error.message}`);
  });
  return slowest;
}

export default function formulasMode(): void {
  const width = HEADER.length;
  console.log(
    `Live formulas on Leads!A1:${columnLetter(width)} (${width} lead columns), budget ${CUSTOM_FUNCTION_BUDGET_MS} ms a call; formulas mode is advised up to ${formulasModeMaxCells.toLocaleString('en-US')} cells`,
  );
  const firstOver = new Map<string, number>();
  for (const rows of SIZES) {
    const slowest = applyAndEvaluate(rows);
    const line = [...slowest].map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', ');
    console.log(
      `  ${rows.toLocaleString('en-US').padStart(8)} rows (${(rows * width).toLocaleString('en-US')} cells): ${line}`,
    );
    for (const [name, ms] of slowest)
      if (ms > CUSTOM_FUNCTION_BUDGET_MS && !firstOver.has(name)) firstOver.set(name, rows);
    if (firstOver.size > 0) break;
  }
  for (const [name, rows] of firstOver)
    console.log(`  ${name} passed the budget at ${rows.toLocaleString('en-US')} rows`);
  if (firstOver.size === 0) console.log("  no call passed the budget up to Sheets' cell limit");
}
