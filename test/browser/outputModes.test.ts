// The playground in Chromium: applying live formulas and values in turn keeps LeadLift's columns whole, so Re-score
// now and the daily trigger keep working; a failed run shows as failed in the toast, the log tab and the sidebar.
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playgroundSession } from './support/playgroundSession';
import { screenshotsDir as screenshots } from './support/screenshots';

const outputHeaders = ['Fit score', 'Engagement score', 'Score', 'Grade', 'Stage', 'Why'];

const session = playgroundSession();

/** The output mode the last apply saved. */
const savedOutputMode = () =>
  (session.playground.workbook.addOn.call('getSetup') as { settings?: { outputMode: string } }).settings
    ?.outputMode;

const cell = (page: Page, row: number, column: number) =>
  page.locator(`td.cell[data-row="${row}"][data-column="${column}"]`);

/** The Leads tab's header texts right of the 11 lead columns, as the page shows them. */
async function outputHeaderTexts(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Leads', exact: true }).click();
  return Promise.all(
    outputHeaders.map((_, k) =>
      cell(page, 1, 12 + k)
        .textContent()
        .then((t) => t ?? ''),
    ),
  );
}

async function openSidebar(page: Page): Promise<FrameLocator> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Open LeadLift' }).click();
  return page.frameLocator('iframe.side-frame');
}

async function applyAs(sidebar: FrameLocator, mode: RegExp): Promise<void> {
  await sidebar.getByRole('radio', { name: mode }).check();
  await sidebar.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect.poll(() => sidebar.locator('.report p').first().textContent()).toMatch(/leads scored/);
}

describe('switching output modes in the playground', () => {
  it('live → values → live → values leaves clean headers; Re-score now and the daily trigger succeed', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.playground.url);
    await page.locator('td.cell').first().waitFor();
    await page.getByRole('tab', { name: 'Leads', exact: true }).click();
    const sidebar = await openSidebar(page);
    await expect.poll(() => sidebar.locator('#outcome').inputValue()).toBe('Converted');
    for (let step = 0; step < 3; step++) {
      const heading = await sidebar.locator('h1').textContent();
      await sidebar.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => sidebar.locator('h1').textContent()).not.toBe(heading);
    }
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Apply');
    const book = session.playground.workbook.sandbox.spreadsheet;
    const leads = () => book.getSheetByName('Leads')!;
    for (const mode of ['formulas', 'values', 'formulas', 'values'] as const) {
      await applyAs(sidebar, mode === 'formulas' ? /^Live formulas/ : /^Values/);
      await expect.poll(() => savedOutputMode()).toBe(mode);
      if (mode === 'formulas') {
        // Each output column is one formula in its header cell, spilling down.
        const formulas = leads().getRange(1, 12, 1, 6).getFormulas()[0];
        expect(formulas.every((f) => f.startsWith('='))).toBe(true);
        expect(leads().getRange(2, 12, 1, 6).getFormulas()[0]).toEqual(['', '', '', '', '', '']);
      } else {
        await expect.poll(() => outputHeaderTexts(page)).toEqual(outputHeaders);
        expect(leads().getRange(1, 12, 1, 6).getFormulas()[0]).toEqual(['', '', '', '', '', '']);
      }
      expect(await outputHeaderTexts(page)).not.toContain('#REF!');
    }
    await page.screenshot({ path: join(screenshots, 'output-modes-values.png') });

    // Re-score now, from the menu.
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Re-score now' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^LeadLift: Finished: 2000 leads scored/);

    // The daily re-score, turned on in the sidebar and run from the page's trigger menu.
    await sidebar.getByRole('button', { name: 'Re-score daily' }).click();
    await expect.poll(() => sidebar.locator('.daily [role=status]').textContent()).toMatch(/^On: every day/);
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: /^Run runDailyRescore now/ }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The trigger ran: Finished.');
    expect(await outputHeaderTexts(page)).toEqual(outputHeaders);

    const log = book.getSheetByName('LeadLift Log')!.getDataRange().getValues();
    expect(log.slice(1).map((row) => [row[1], row[2], row[6]])).toEqual([
      ['Manual', 2000, 'Finished'],
      ['Daily', 2000, 'Finished'],
    ]);
    await page.close();
  });

  it('a failed daily run says so in the toast, in red in the log tab, and atop the sidebar when it next opens', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.playground.url);
    await page.locator('td.cell').first().waitFor();
    // A collaborator renames a column the model scores.
    session.playground.workbook.edit('Leads', 1, 3, 'Sector');
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: /^Run runDailyRescore now/ }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^The trigger ran and the re-score failed: .*"Industry"/);
    await page.getByRole('tab', { name: 'LeadLift Log' }).click();
    const failedRow = page.locator('td.cell[data-row="4"]').filter({ hasText: 'Failed' });
    await expect.poll(() => failedRow.evaluate((td) => getComputedStyle(td).color)).toBe('rgb(204, 0, 0)');
    const finishedRow = page.locator('td.cell[data-row="3"]').filter({ hasText: 'Finished' });
    expect(await finishedRow.evaluate((td) => getComputedStyle(td).color)).not.toBe('rgb(204, 0, 0)');
    await page.screenshot({ path: join(screenshots, 'log-failed-run.png') });
    const sidebar = await openSidebar(page);
    await expect
      .poll(() => sidebar.locator('.failed-run').textContent())
      .toMatch(/^The last daily re-score \(.+\) failed, so the scores are not up to date: .*"Industry"/);
    await page.screenshot({ path: join(screenshots, 'sidebar-failed-run.png') });
    await page.close();
  });
});
