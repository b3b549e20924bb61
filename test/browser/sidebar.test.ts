import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLeadsAddOn } from '../support/sandbox';
import { launchChromium } from './support/chromium';
import { screenshotsDir as shots } from './support/screenshots';
import { openSidebar, stageCountTotal } from './support/sidebarPage';

describe('the sidebar in Chromium, over the add-on in the sandbox', () => {
  let browser: Browser;
  let page: Page;
  const { sandbox, sheet, addOn } = sampleLeadsAddOn();

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    await openSidebar(page, addOn);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function shoot(name: string) {
    // The README's images come from the default path on the demo leads (defaultPath.test.ts).
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  }
  const heading = () => page.locator('h1');
  const next = () => page.getByRole('button', { name: 'Next' }).click();

  it('goes through the four steps and applies values, then live formulas', async () => {
    await expect.poll(() => heading().textContent()).toBe('Goal and data');
    await expect.poll(() => page.locator('#outcome').inputValue()).toBe('Converted');
    expect(await page.locator('#lead-id').inputValue()).toBe('Lead ID');
    expect(await page.locator('#last-activity').inputValue()).toBe('Last activity');
    await page.getByText('Treat as empty “Select” (18)').click();
    await shoot('1-goal');

    await next();
    await expect.poll(() => heading().textContent()).toBe('Analyse');
    await expect
      .poll(() => page.locator('.overall').textContent())
      .toMatch(/Overall conversion rate \d+(\.\d)?% over 60 leads/);
    expect(await page.locator('.attribute h2').allTextContents()).toEqual([
      'Lead Source Fit',
      'Industry Fit',
      'Visits Engagement',
    ]);
    await shoot('2-analyse');

    await next();
    await expect.poll(() => heading().textContent()).toBe('Points');
    await expect.poll(() => page.locator('table.rules tr.rule').count()).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Add rule' }).click();
    const last = await page.locator('table.rules tr.rule').count();
    await page.getByLabel(`Attribute ${last}`, { exact: true }).fill('Industry');
    await page.getByLabel(`Value ${last}`, { exact: true }).fill('Retail');
    await page.getByLabel(`Points ${last}`, { exact: true }).fill('-5');
    await page.getByLabel(`Points ${last}`, { exact: true }).press('Tab');
    await expect.poll(() => stageCountTotal(page)).toBe(60);
    await shoot('3-points');
    // Learn points from history: five models measured on the newest leads, without changing the rules yet.
    await page.getByRole('button', { name: 'Compare on the newest leads' }).click();
    await expect.poll(() => page.locator('table.learnt tbody tr').count()).toBe(5);
    expect(await page.locator('table.learnt tbody tr').last().textContent()).toMatch(
      /^Boosted(0\.\d\d|1\.00)/,
    );
    expect(await page.locator('table.learnt tbody tr').first().textContent()).toMatch(
      /^Yours(0\.\d\d|1\.00)/,
    );

    await next();
    await expect.poll(() => heading().textContent()).toBe('Apply');
    await page.getByLabel(/^Values/).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.locator('.report').textContent()).toMatch(/Report card/);
    expect(await page.locator('.report').textContent()).toMatch(/AUC (0\.\d\d|1\.00)/);
    expect(sheet.getRange('G1:L1').getValues()[0]).toEqual([
      'Fit score',
      'Engagement score',
      'Score',
      'Grade',
      'Stage',
      'Why',
    ]);
    expect(typeof sheet.getRange('I2').getValue()).toBe('number');
    const model = sandbox.spreadsheet.getSheetByName('LeadLift Model')!;
    expect(model.getRange('A1:D1').getValues()[0]).toEqual(['Attribute', 'Value', 'Points', 'Dimension']);
    expect(
      model
        .getDataRange()
        .getValues()
        .some((row) => row[0] === 'Industry' && row[1] === 'Retail' && row[2] === -5),
    ).toBe(true);
    // The daily re-score, turned on from the Apply step and shown with its hour; then off again.
    await page.locator('#daily-hour').selectOption('7');
    await page.getByRole('button', { name: 'Re-score daily' }).click();
    await expect
      .poll(() => page.locator('.daily [role=status]').textContent())
      .toMatch(/On: every day at 7:00/);
    // One hourly trigger: add-ons run time-driven triggers at most hourly; it starts the day's run at 7:00.
    expect(sandbox.triggers.map((t) => [t.handlerFunction, t.everyHours])).toEqual([['runDailyRescore', 1]]);
    await shoot('4-apply');
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect.poll(() => page.locator('.daily [role=status]').textContent()).toMatch(/^Off/);
    expect(sandbox.triggers).toEqual([]);

    await page.getByLabel(/^Live formulas/).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => sheet.getRange('G1').getFormula())
      .toMatch(/^=LEADSCORE\(A1:F, 'LeadLift Model'!A1:D, "Fit"\)$/);
    expect(sheet.getRange('L1').getFormula()).toBe(`=LEADREASONS(A1:F, 'LeadLift Model'!A1:D)`);
    expect(sheet.getRange('I2').getValue()).toBe('');

    // Back keeps what was chosen.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => heading().textContent()).toBe('Points');
    expect(await page.getByLabel(`Value ${last}`, { exact: true }).inputValue()).toBe('Retail');
  });

  it('shows sheet text as text, never as HTML, and switches to Spanish', async () => {
    await page.getByRole('combobox').first().selectOption('es');
    await expect.poll(() => heading().textContent()).toBe('Puntos');
    await page.getByRole('button', { name: 'Atrás' }).click();
    await page.getByRole('button', { name: 'Atrás' }).click();
    await expect.poll(() => heading().textContent()).toBe('Objetivo y datos');
    sheet.getRange('B1').setValue('<img src=x onerror="document.title=1">Source');
    await page.locator('#sheet').selectOption('Leads');
    await page.locator('#sheet').dispatchEvent('change');
    await expect
      .poll(() => page.getByText('<img src=x onerror="document.title=1">Source').count())
      .toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).toBe('LeadLift');
  });
});
