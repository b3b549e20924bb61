// Custom functions in the sandbox run under a per-call budget: Sheets' 30 seconds over Apps Script's slowdown.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPS_SCRIPT_SLOWDOWN,
  createSandbox,
  CUSTOM_FUNCTION_BUDGET_MS,
  loadAddOn,
  SHEETS_CUSTOM_FUNCTION_LIMIT_MS,
  timeoutNote,
} from '../../src/sandbox';
import { HEADER, leadRows, rules, settings } from '../bench/dailyRescore.bench';

const dist = join(import.meta.dirname, '../../dist');

/** 3,000 leads with live formulas applied, in a sandbox whose custom functions get `budgetMs` a call. */
function liveLeads(budgetMs?: number) {
  const sandbox = createSandbox({ customFunctionBudgetMs: budgetMs });
  const leads = sandbox.spreadsheet.insertSheet('Leads');
  const data = leadRows(3_000);
  leads.insertRowsAfter(leads.getMaxRows(), data.length - leads.getMaxRows());
  leads.getRange(1, 1, data.length, HEADER.length).setValues(data);
  const addOn = loadAddOn(dist, sandbox);
  addOn.call('applyModel', { ...settings, outputMode: 'formulas' }, rules());
  return { sandbox, addOn };
}

const fitScores = (addOn: ReturnType<typeof loadAddOn>) =>
  addOn.evaluate('LEADSCORE', { range: 'Leads!A1:K3001' }, { range: "'LeadLift Model'!A1:D" }, 'Fit');

describe('the per-call budget of custom functions', () => {
  it("is Sheets' 30 seconds divided by the assumed slowdown of Apps Script's runtime", () => {
    expect(SHEETS_CUSTOM_FUNCTION_LIMIT_MS).toBe(30_000);
    expect(APPS_SCRIPT_SLOWDOWN).toBeGreaterThanOrEqual(5);
    expect(CUSTOM_FUNCTION_BUDGET_MS).toBe(SHEETS_CUSTOM_FUNCTION_LIMIT_MS / APPS_SCRIPT_SLOWDOWN);
    expect(createSandbox().context.customFunctionBudgetMs).toBe(CUSTOM_FUNCTION_BUDGET_MS);
  });

  it('lets a call within budget return its scores', () => {
    const { addOn } = liveLeads();
    const result = fitScores(addOn);
    expect('value' in result).toBe(true);
    const values = (result as { value: unknown[][] }).value;
    expect(values[0]).toEqual(['Fit score']);
    expect(values.slice(1).every(([v]) => typeof v === 'number')).toBe(true);
  });

  it("shows #ERROR! with Sheets' timeout note for a call over budget", () => {
    const { addOn } = liveLeads(1);
    expect(fitScores(addOn)).toEqual({ error: '#ERROR!', note: timeoutNote });
    const timed = addOn.callAsCell('LEADGRADE', [[10]], [[20]]);
    expect(timed.ms).toBeGreaterThanOrEqual(0);
  });
});
