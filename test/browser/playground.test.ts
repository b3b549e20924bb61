import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startPlayground } from '../../src/playground/server';
import { playgroundSession } from './support/playgroundSession';
import { screenshotsDir as screenshots } from './support/screenshots';

const root = join(import.meta.dirname, '../..');
const functions = readFileSync(join(root, 'dist/Code.js'), 'utf8');
const defines = (name: string) => new RegExp(`^function ${name}\\(`, 'm').test(functions);

const session = playgroundSession();

async function openPage(width = 1280, height = 760): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width, height } });
  await page.goto(session.playground.url);
  await page.locator('td.cell').first().waitFor();
  return page;
}

/** The cell at a 1-based row and column of the tab on screen. */
const cell = (page: Page, row: number, column: number) =>
  page.locator(`td.cell[data-row="${row}"][data-column="${column}"]`);

/** Clicks a cell, types into it as a person would, and presses Enter. */
async function typeInto(page: Page, row: number, column: number, text: string): Promise<void> {
  await cell(page, row, column).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.cell-editor').count()).toBe(0);
}

/** google.script.run as the sidebar sees it: every property a function returning a runner. */
type Runner = { [name: string]: (...args: unknown[]) => Runner };
type SidebarWindow = { google: { script: { run: Runner } } };

/** GET / with a chosen Host header (fetch does not let a caller set one). */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}api/state`, { headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

describe('the playground page', () => {
  it('opens on the starter tab with a live =CONVERSIONRATE and the demo leads behind it', async () => {
    const page = await openPage();
    await expect
      .poll(() => page.locator('.tab').allTextContents())
      .toEqual(['Start here', 'Leads', 'Suggested points']);
    await expect.poll(() => cell(page, 6, 1).textContent()).toMatch(/^\d+\.\d%$/);
    await page.screenshot({ path: join(screenshots, 'start-here.png') });
    await page.getByRole('tab', { name: 'Leads' }).click();
    await expect.poll(() => cell(page, 1, 11).textContent()).toBe('Converted');
    await expect.poll(() => cell(page, 2, 8).textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: join(screenshots, 'leads.png') });
    await page.close();
  });

  it('opens the sidebar from Extensions → LeadLift, and its google.script.run reaches the server', async () => {
    // The size of the README's picture.
    const page = await openPage(1100, 620);
    await page.getByRole('tab', { name: 'Start here' }).click();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Open LeadLift' }).click();
    const sidebar = page.frameLocator('iframe.side-frame');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Goal and data');
    // Opened from the starter tab, it opens on the leads.
    await expect.poll(() => sidebar.locator('#sheet').inputValue()).toBe('Leads');
    await expect.poll(() => page.locator('.tab.active').textContent()).toBe('Leads');
    await page.screenshot({ path: join(screenshots, 'sidebar.png') });
    await page.getByRole('tab', { name: 'Leads' }).click();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Open LeadLift' }).click();
    await expect.poll(() => sidebar.locator('#sheet').inputValue()).toBe('Leads');
    await expect.poll(() => sidebar.locator('#outcome').inputValue()).not.toBe('');
    await page.screenshot({ path: join(screenshots, 'playground.png') });
    await page.close();
  });

  it('evaluates a =CONVERSIONRATE typed into a cell and recalculates when a referenced cell changes', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Start here' }).click();
    // Columns H and I: clear of the examples, which spill over A to F.
    await typeInto(page, 20, 8, 'Converted');
    await typeInto(page, 21, 8, 'yes');
    await typeInto(page, 22, 8, 'no');
    await typeInto(page, 20, 9, '=CONVERSIONRATE(H20:H22)');
    await expect.poll(() => cell(page, 20, 9).textContent()).toBe('50.0%');
    await typeInto(page, 22, 8, 'won');
    await expect.poll(() => cell(page, 20, 9).textContent()).toBe('100.0%');
    await typeInto(page, 22, 8, 'maybe');
    await expect.poll(() => cell(page, 20, 9).textContent()).toBe('#ERROR!');
    expect(await cell(page, 20, 9).getAttribute('title')).toBe(
      'Outcome in row 3 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.',
    );
    await cell(page, 20, 9).click();
    await expect
      .poll(() => page.getByRole('note').textContent())
      .toBe('ErrorOutcome in row 3 is "maybe": use TRUE/FALSE, 1/0, yes/no or won/lost.');
    await page.screenshot({ path: join(screenshots, 'formula-error.png') });
    // The note floats over the next cell, and a click there still selects it.
    await cell(page, 20, 10).click();
    await expect.poll(() => page.getByTestId('name-box').textContent()).toBe('J20');
    await page.close();
  });

  it.runIf(defines('CLOSERATE'))(
    'spills a =CLOSERATE table and shows #REF! when the spill is blocked',
    async () => {
      const page = await openPage();
      await page.getByRole('tab', { name: 'Start here' }).click();
      // Column J: clear of the examples, which spill over A to F.
      await typeInto(page, 40, 10, '=CLOSERATE(Leads!B2:B, Leads!K2:K)');
      await expect.poll(() => cell(page, 40, 10).textContent()).toBe('Value');
      await expect.poll(() => cell(page, 41, 13).textContent()).toMatch(/^\d+\.\d%$/);
      await page.screenshot({ path: join(screenshots, 'closerate-spill.png') });
      // Formula help, as Sheets shows it from the JSDoc in Code.js: the argument being typed is in bold.
      await cell(page, 60, 10).click();
      await page.keyboard.type('=CLOSERATE(Leads!B2:B, ');
      await expect
        .poll(() => page.getByRole('tooltip').locator('strong').first().textContent())
        .toBe('outcome');
      await page.screenshot({ path: join(screenshots, 'formula-help.png') });
      await page.keyboard.press('Escape');
      await typeInto(page, 42, 11, 'in the way');
      await expect.poll(() => cell(page, 40, 10).textContent()).toBe('#REF!');
      expect(await cell(page, 40, 10).getAttribute('title')).toBe(
        'Array result was not expanded because it would overwrite data in K42.',
      );
      await cell(page, 42, 11).click();
      await page.keyboard.press('Delete');
      await expect.poll(() => cell(page, 40, 10).textContent()).toBe('Value');
      await page.close();
    },
  );

  it.runIf(defines('LEADSCORE'))(
    'the starter tab’s =LEADSCORE example scores the leads without an error',
    async () => {
      const response = await fetch(
        `${session.playground.url}api/sheet?name=${encodeURIComponent('Start here')}`,
      );
      const view = (await response.json()) as {
        formulas: Record<string, string>;
        notes: Record<string, string>;
        display: string[][];
      };
      const at = Object.entries(view.formulas).find(([, formula]) => formula.startsWith('=LEADSCORE('))?.[0];
      expect(at).toBeDefined();
      const [row, column] = at!.split(',').map(Number) as [number, number];
      expect(view.notes[at!]).toBeUndefined();
      expect(view.display[row - 1][column - 1]).not.toBe('');
    },
  );

  it('the bridge chains handlers and passes the user object, as google.script.run does', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Open LeadLift' }).click();
    await page.frameLocator('iframe.side-frame').locator('h1').waitFor();
    const frame = page.frames().find((f) => f.url().includes('/sidebar/'))!;
    const reply = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as SidebarWindow).google.script.run;
          run
            .withUserObject('tag')
            .withFailureHandler((error: Error, user: string) => resolve({ error: error.message, user }))
            .withSuccessHandler((value: { sheets: string[] }, user: string) =>
              resolve({ sheets: value.sheets, user }),
            )
            .getSetup();
        }),
    );
    expect(reply).toEqual({ sheets: ['Start here', 'Leads', 'Suggested points'], user: 'tag' });
    const refused = await frame.evaluate(() => {
      try {
        (window as unknown as SidebarWindow).google.script.run.getSetup(new Date());
        return 'sent';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(refused).toBe('Failed due to illegal value in property: 0');
    await page.close();
  });

  it('offers installed clock triggers under Extensions and runs one on demand', async () => {
    // Standing in for the daily job's setup from the sidebar: any top-level function can be a handler.
    session.playground.workbook.sandbox.globals.ScriptApp.newTrigger('onOpen')
      .timeBased()
      .everyDays(1)
      .atHour(6)
      .create();
    const page = await openPage();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Run onOpen now (every day at 6:00)' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The trigger ran.');
    await page.close();
  });

  it('downloads a tab as CSV', async () => {
    const response = await fetch(`${session.playground.url}download?sheet=Leads`);
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe(
      'Lead ID,Lead source,Industry,Company size,Country,Job title,Last activity,Last activity date,Visits,Time on site (min),Converted',
    );
    expect(text.trim().split('\r\n')).toHaveLength(2001);
    expect((await fetch(`${session.playground.url}download?sheet=Nope`)).status).toBe(404);
  });

  it('refuses requests from another origin or host', async () => {
    const page = await openPage();
    const status = await page.evaluate(async (url) => {
      const response = await fetch(`${url}api/state`, { headers: {} });
      return response.status;
    }, session.playground.url);
    expect(status).toBe(200);
    const foreign = await fetch(`${session.playground.url}api/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'getSetup', args: [] }),
    });
    expect(foreign.status).toBe(403);
    // A DNS-rebinding page reaches the server under its own host name.
    expect(await statusWithHost(session.playground.url, 'evil.example')).toBe(403);
    await page.close();
  });
});

describe('live formulas applied from the sidebar', () => {
  it('shows every output column as numbers and labels, and rescores when a model cell is edited', async () => {
    const own = await startPlayground({ port: 0 });
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 760 } });
    try {
      await page.goto(own.url);
      await page.locator('td.cell').first().waitFor();
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.getByRole('menuitem', { name: 'Open LeadLift' }).click();
      const sidebar = page.frameLocator('iframe.side-frame');
      const heading = () => sidebar.locator('h1').textContent();
      await expect.poll(heading).toBe('Goal and data');
      await expect.poll(() => sidebar.locator('#outcome').inputValue()).toBe('Converted');
      for (const step of ['Analyse', 'Points', 'Apply']) {
        await sidebar.getByRole('button', { name: 'Next' }).click();
        await expect.poll(heading, { timeout: 60_000 }).toBe(step);
      }
      await sidebar.getByLabel(/^Live formulas/).check();
      await sidebar.getByRole('button', { name: 'Apply', exact: true }).click();
      await expect
        .poll(() => sidebar.locator('.report').textContent(), { timeout: 60_000 })
        .toMatch(/Report card/);
      await page.getByRole('tab', { name: 'Leads' }).click();
      // The leads fill A to K; LeadLift's six columns follow, each a live formula in its header cell.
      await expect.poll(() => cell(page, 1, 14).textContent()).toBe('Score');
      const columnTexts = async (column: number) =>
        Promise.all(Array.from({ length: 20 }, (_, i) => cell(page, i + 2, column).textContent()));
      const [fit, engagement, score, grade, stage, why] = await Promise.all(
        [12, 13, 14, 15, 16, 17].map(columnTexts),
      );
      for (const numbers of [fit, engagement, score]) {
        expect(numbers.filter((text) => !/^-?\d+(\.\d+)?$/.test(text ?? ''))).toEqual([]);
      }
      expect(grade.filter((text) => !/^[A-E][1-5]$/.test(text ?? ''))).toEqual([]);
      expect(stage.filter((text) => !['Discard', 'Nurture', 'Sales-ready'].includes(text ?? ''))).toEqual([]);
      expect(why.filter((text) => /^[#=]/.test(text ?? ''))).toEqual([]);
      expect(Number(score[0])).toBeCloseTo(Number(fit[0]) + Number(engagement[0]), 1);
      await cell(page, 1, 17).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshots, 'live-formulas.png') });

      // Edit the points of the model's first rule: the live scores follow.
      const before = own.workbook.view('Leads').display.map((row) => row[13]);
      await page.getByRole('tab', { name: 'LeadLift Model' }).click();
      await expect.poll(() => cell(page, 1, 3).textContent()).toBe('Points');
      const points = Number(await cell(page, 2, 3).textContent());
      await typeInto(page, 2, 3, String(points + 50));
      await page.getByRole('tab', { name: 'Leads' }).click();
      await expect
        .poll(() => own.workbook.view('Leads').display.filter((row, i) => row[13] !== before[i]).length)
        .toBeGreaterThan(0);
      const after = own.workbook.view('Leads').display;
      const changed = after.findIndex((row, i) => i > 0 && row[13] !== before[i]);
      // 50 more points, or fewer when an engagement rule's points decay with the days since the last activity.
      const rise = Number(after[changed][13]) - Number(before[changed]);
      expect(rise).toBeGreaterThan(0);
      expect(rise).toBeLessThanOrEqual(50.05);
    } finally {
      await page.close();
      await own.close();
    }
  });
});

describe('the playground with a CSV file', () => {
  it('opens the file on its own tab with typed values', async () => {
    const dir = join(tmpdir(), `leadlift-csv-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'my leads.csv');
    writeFileSync(
      file,
      'Source,Signed up,Converted\r\nGoogle,2026-01-02,TRUE\r\n"Referral, partner",2026-01-03,FALSE\r\n',
    );
    const own = await startPlayground({ port: 0, file });
    const page = await session.browser.newPage({ viewport: { width: 1000, height: 500 } });
    try {
      await page.goto(own.url);
      await expect
        .poll(() => page.locator('.tab').allTextContents())
        .toEqual(['Start here', 'my leads', 'Suggested points']);
      await expect.poll(() => cell(page, 6, 1).textContent()).toBe('50.0%');
      await page.getByRole('tab', { name: 'my leads' }).click();
      await expect.poll(() => cell(page, 3, 1).textContent()).toBe('Referral, partner');
      await expect.poll(() => cell(page, 2, 3).textContent()).toBe('TRUE');
    } finally {
      await page.close();
      await own.close();
    }
  });
});
