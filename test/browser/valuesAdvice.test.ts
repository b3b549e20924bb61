// The sidebar over a sheet too large for live formulas: Apply recommends values in words and starts on values.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { HEADER, leadRows } from '../bench/dailyRescore.bench';
import { writeSampleLeads } from '../support/sampleLeads';
import { launchChromium } from './support/chromium';
import { openSidebar } from './support/sidebarPage';

const dist = join(import.meta.dirname, '../../dist');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The sidebar's Apply step over a fresh document whose Leads tab `fill` wrote. */
async function applyStep(fill: (sheet: ReturnType<typeof createSandbox>['spreadsheet']) => void) {
  const sandbox = createSandbox();
  fill(sandbox.spreadsheet);
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await openSidebar(page, loadAddOn(dist, sandbox));
  const heading = () => page.locator('h1').textContent();
  await expect.poll(heading, { timeout: 30_000 }).toBe('Goal and data');
  for (let step = 0; step < 3; step++) {
    const before = await heading();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(heading, { timeout: 60_000 }).not.toBe(before);
  }
  await expect.poll(heading).toBe('Apply');
  return page;
}

describe('the output the Apply step recommends', () => {
  it('recommends values, in words, and starts on values for 25,000 leads × 11 columns', async () => {
    const page = await applyStep((book) => {
      const leads = book.getActiveSheet();
      leads.setName('Leads');
      const data = leadRows(25_000);
      leads.insertRowsAfter(leads.getMaxRows(), data.length - leads.getMaxRows());
      leads.getRange(1, 1, data.length, HEADER.length).setValues(data);
    });
    await expect
      .poll(() => page.locator('#values-advice').textContent())
      .toMatch(
        /^Values are recommended here: 25,000 leads \(275,000 cells\).*30 seconds.*about 200,000 cells\.$/,
      );
    expect(await page.getByRole('radio', { name: /^Values/ }).isChecked()).toBe(true);
    // Choosing live formulas anyway keeps the advice, now as a notice.
    await page.getByRole('radio', { name: /^Live formulas/ }).check();
    await expect.poll(() => page.locator('#values-advice').getAttribute('class')).toBe('notice');
    await page.close();
  }, 180_000);

  it('keeps live formulas, without advice, for a small sheet', async () => {
    const page = await applyStep((book) => {
      const leads = book.getActiveSheet();
      leads.setName('Leads');
      writeSampleLeads(leads);
    });
    expect(await page.getByRole('radio', { name: /^Live formulas/ }).isChecked()).toBe(true);
    expect(await page.locator('#values-advice').count()).toBe(0);
    await page.close();
  }, 120_000);
});
