// Every formula the add-on writes, in every output layout, and every formula the docs show, evaluated by the
// playground: none may show #NAME?, another error, or its own text. The formulas come from the built add-on's own
// Apply (the sidebar's live-formulas mode), so this test follows whatever the writer writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type PointsRule, type Settings } from '../../src/core/settings';
import { Workbook } from '../../src/playground/workbook';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');

const outputHeaders = ['Fit score', 'Engagement score', 'Score', 'Grade', 'Stage', 'Why'];

/** The demo leads' settings as the sidebar would save them for live formulas. */
function demoSettings(changes: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings('acquisition', 'Leads'),
    outcome: 'Converted',
    leadId: 'Lead ID',
    lastActivity: 'Last activity date',
    attributes: [
      { header: 'Lead source', type: 'category', dimension: 'Fit' },
      { header: 'Industry', type: 'category', dimension: 'Fit' },
      { header: 'Visits', type: 'number', dimension: 'Engagement' },
    ],
    outputMode: 'formulas',
    ...changes,
  };
}

const rules: PointsRule[] = [
  { attribute: 'Lead source', value: 'Referral', points: 25, dimension: 'Fit' },
  { attribute: 'Lead source', value: 'Webinar', points: 15, dimension: 'Fit' },
  { attribute: 'Industry', value: 'Software', points: 10, dimension: 'Fit' },
  { attribute: 'Visits', value: '>=5', points: 30, dimension: 'Engagement' },
  { attribute: 'Visits', value: '>=2', points: 10, dimension: 'Engagement' },
];

interface Layout {
  name: string;
  settings: Settings;
  /** Arranges the leads tab before Apply: rows above the header, output headers placed by hand. */
  arrange?: (book: Workbook) => void;
}

const leadsTab = (book: Workbook) => book.sandbox.spreadsheet.getSheetByName('Leads')!;

const layouts: Layout[] = [
  {
    name: 'outputs after the leads, engagement decayed to TODAY(), quintile grades',
    settings: demoSettings(),
  },
  { name: 'no last-activity column', settings: demoSettings({ lastActivity: undefined }) },
  {
    name: 'fixed grade cuts, quoted stage labels, a model tab with an apostrophe',
    settings: demoSettings({
      gradeCuts: { fit: [5, 10, 20, 30], engagement: [5, 10, 20, 30] },
      stageThresholds: [10, 40],
      stageLabels: ['Cold', 'Say "hi"', 'Hot'],
      modelTab: "Ana's model",
    }),
  },
  {
    name: 'output columns found out of order, with a gap, right of the leads',
    settings: demoSettings(),
    arrange: (book) => {
      const header = leadsTab(book).getRange(1, 13, 1, 7);
      header.setValues([['Why', 'Stage', '', 'Grade', 'Score', 'Engagement score', 'Fit score']]);
    },
  },
  {
    name: 'the header on row 3 under a title',
    settings: demoSettings({ headerRow: 3 }),
    arrange: (book) => {
      const sheet = leadsTab(book);
      sheet.insertRowsBefore(1, 2);
      sheet.getRange('A1').setValue('Leads exported 2026-01-15');
    },
  },
  {
    name: 'retention goal, its own labels',
    settings: demoSettings({ goal: 'retention', stageLabels: ['Healthy', 'At risk', 'Critical'] }),
  },
];

/** Applies live formulas as the sidebar's Apply button does, through the built add-on. */
function apply(book: Workbook, settings: Settings): { columns: string[] } {
  const { result } = book.runServerFunction('applyModel', [settings, rules, true]);
  const applied = (result as { applied?: { columns: string[] } }).applied;
  expect(applied, JSON.stringify(result)).toBeDefined();
  return applied!;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

describe('the playground evaluates every formula live mode writes', () => {
  for (const layout of layouts) {
    it(`shows numbers and labels in every output column: ${layout.name}`, () => {
      const book = new Workbook(dist);
      layout.arrange?.(book);
      const { columns } = apply(book, layout.settings);
      const view = book.view('Leads');
      const headerRow = layout.settings.headerRow;
      const formulas = Object.entries(view.formulas);
      expect(formulas.length).toBeGreaterThanOrEqual(outputHeaders.length);
      // Each formula the add-on wrote calculates: no #NAME?, no error, not its own text.
      for (const [at, text] of formulas) {
        const [row, column] = at.split(',').map(Number) as [number, number];
        const shown = view.display[row - 1][column - 1];
        expect(shown, `${text} shows ${shown}: ${view.notes[at] ?? ''}`).not.toMatch(/^#|^=/);
        expect(book.engine.formulaAt('Leads', row, column)?.state.kind, text).toBe('value');
      }
      const leads = 2000;
      columns.forEach((letters, k) => {
        const column = columnNumber(letters) - 1;
        const cells = view.display.slice(headerRow, headerRow + leads).map((line) => line[column] ?? '');
        // A header in words (SCOREDECAY names its column "Decayed score").
        expect(view.display[headerRow - 1][column], letters).toMatch(/^[A-Z][a-z ]+$/);
        expect(
          cells.filter((cell) => /^#|^=/.test(cell)),
          outputHeaders[k],
        ).toEqual([]);
        const odd = (ok: (cell: string) => boolean) =>
          [...new Set(cells.filter((cell) => !ok(cell)))].slice(0, 5);
        if (k <= 2)
          expect(
            odd((cell) => /^-?\d+(\.\d+)?$/.test(cell)),
            outputHeaders[k],
          ).toEqual([]);
        if (k === 3)
          expect(
            odd((cell) => /^[A-E][1-5]$/.test(cell)),
            outputHeaders[k],
          ).toEqual([]);
        if (k === 4)
          expect(
            odd((cell) => layout.settings.stageLabels.includes(cell)),
            outputHeaders[k],
          ).toEqual([]);
        if (k === 5)
          expect(
            odd((cell) => cell === '' || /[a-z]/i.test(cell)),
            outputHeaders[k],
          ).toEqual([]);
      });
    });
  }

  it('scores change when a model cell is edited', () => {
    const book = new Workbook(dist);
    const settings = demoSettings();
    const { columns } = apply(book, settings);
    const fit = columnNumber(columns[0]) - 1;
    const score = columnNumber(columns[2]) - 1;
    const before = book
      .view('Leads')
      .display.slice(1)
      .map((row) => row[score]);
    const model = book.view(settings.modelTab);
    const referral = model.display.findIndex((row) => row[1] === 'Referral');
    book.edit(settings.modelTab, referral + 1, 3, '90');
    const leadsView = book.view('Leads');
    const leadSource = leadsView.display[0].indexOf('Lead source');
    const after = leadsView.display.slice(1);
    const changed = after.filter((row, i) => row[score] !== before[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((row) => row[leadSource] === 'Referral')).toBe(true);
    expect(changed.every((row) => Number(row[fit]) >= 90)).toBe(true);
  });

  it('evaluates the starter tab and the suggested-points model without an error', () => {
    const book = new Workbook(dist);
    for (const tab of ['Start here', 'Suggested points']) {
      const view = book.view(tab);
      for (const [at, text] of Object.entries(view.formulas)) {
        const [row, column] = at.split(',').map(Number) as [number, number];
        expect(view.display[row - 1][column - 1], `${text}: ${view.notes[at] ?? ''}`).not.toMatch(/^#|^=/);
      }
    }
  });
});

/** Inline code in the README and docs/*.md that is a formula, except signatures (`=CLOSERATE(attribute, outcome)`). */
function documentedFormulas(): Array<{ file: string; formula: string }> {
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const found: Array<{ file: string; formula: string }> = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, formula] of text.matchAll(/`(=[A-Z][A-Z0-9.]*\([^`]*)`/g)) {
      // A signature names its arguments in lower case (`attributes`, `[min_leads]`); an elision (…, ...) stands
      // for text left out: neither is a formula to run.
      const argumentsText = /^=[A-Z.]+\((.*)\)$/.exec(formula)?.[1] ?? '';
      const signature = argumentsText.split(',').some((arg) => /^\s*\[?[a-z_]+\]?\s*$/.test(arg));
      if (!signature && !/…|\.\.\./.test(formula)) found.push({ file, formula: formula });
    }
  }
  return found;
}

describe('the playground evaluates the formulas the README and docs show', () => {
  it('shows none as #NAME? or as its own text', () => {
    const book = new Workbook(dist);
    const formulas = documentedFormulas();
    expect(formulas.length).toBeGreaterThan(10);
    const spreadsheet = book.sandbox.spreadsheet;
    const failures: string[] = [];
    formulas.forEach(({ file, formula }, i) => {
      // Each formula in a tab of its own, where its references read empty cells and its table can spill.
      const tab = `Doc ${i + 1}`;
      spreadsheet.insertSheet(tab);
      book.edit(tab, 1, 1, formula);
      const shown = book.view(tab).display[0][0];
      if (shown === '#NAME?' || shown === formula) failures.push(`${file}: ${formula} shows ${shown}`);
    });
    expect(failures).toEqual([]);
  });
});
