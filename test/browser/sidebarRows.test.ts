// The Points table's rows follow their rules: removing one leaves the others' rows (and what is typed in them) in
// place, and editing a hand rule keeps the focus where the keyboard moved it.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { writeSampleLeads } from '../support/sampleLeads';
import { launchChromium } from './support/chromium';
import { openSidebar } from './support/sidebarPage';

const root = join(import.meta.dirname, '../..');

describe('the Points table’s rows in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const sandbox = createSandbox();
    const sheet = sandbox.spreadsheet.getActiveSheet();
    sheet.setName('Leads');
    writeSampleLeads(sheet);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    await openSidebar(page, loadAddOn(join(root, 'dist'), sandbox));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const rows = () => page.locator('table.rules tr.rule');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

  it('a suggested rule’s removal leaves the next rule in its own row', async () => {
    await expect.poll(() => page.locator('#outcome').inputValue()).toBe('Converted');
    for (const heading of ['Analyse', 'Points']) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    }
    await expect.poll(() => page.locator('table.rules tr.rule').count()).toBeGreaterThan(2);
    const count = await rows().count();
    const second = await page.getByLabel('Points 2', { exact: true }).elementHandle();
    const points = await second.inputValue();
    await page.getByLabel('Remove 1', { exact: true }).click();
    await expect.poll(() => rows().count()).toBe(count - 1);
    expect(await second.evaluate((input) => input.isConnected)).toBe(true);
    expect(await second.inputValue()).toBe(points);
    expect(await page.getByLabel('Points 1', { exact: true }).inputValue()).toBe(points);
  });

  it('a hand rule keeps its row while its attribute is typed, and after the rule above it goes', async () => {
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('button', { name: 'Add rule' }).click();
    const last = await rows().count();
    await page.getByLabel(`Attribute ${last - 1}`, { exact: true }).fill('Industry');
    await page.getByLabel(`Attribute ${last - 1}`, { exact: true }).press('Tab');
    // The change re-renders the table: the value field Tab moved to is still the focused one.
    await expect
      .poll(() => page.getByLabel(`Attribute ${last - 1}`, { exact: true }).inputValue())
      .toBe('Industry');
    expect(await focused()).toBe(`Value ${last - 1}`);

    await page.getByLabel(`Value ${last}`, { exact: true }).fill('Retail');
    await page.getByLabel(`Value ${last}`, { exact: true }).press('Tab');
    const typed = await page.getByLabel(`Value ${last}`, { exact: true }).elementHandle();
    await page.getByLabel(`Remove ${last - 1}`, { exact: true }).click();
    await expect.poll(() => rows().count()).toBe(last - 1);
    expect(await typed.evaluate((input) => input.isConnected)).toBe(true);
    expect(await page.getByLabel(`Value ${last - 1}`, { exact: true }).inputValue()).toBe('Retail');
  });
});
